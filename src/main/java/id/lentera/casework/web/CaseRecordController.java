package id.lentera.casework.web;

import java.time.Clock;
import java.time.LocalDate;

import id.lentera.account.CurrentUser;
import id.lentera.casework.ActivityType;
import id.lentera.casework.BarrierCategory;
import id.lentera.casework.CaseActivity;
import id.lentera.casework.CaseDetails;
import id.lentera.casework.CaseFile;
import id.lentera.casework.CaseRuleException;
import id.lentera.casework.Casework;
import id.lentera.casework.EvaluationDecision;
import id.lentera.casework.Goal;
import id.lentera.casework.GoalResult;
import id.lentera.casework.Referral;
import id.lentera.casework.ReferralDestination;
import id.lentera.casework.ReferralSource;
import id.lentera.casework.RelationQuality;
import id.lentera.casework.RelationScope;
import id.lentera.casework.RiskLevel;
import id.lentera.casework.TerminationReason;
import id.lentera.shared.NotFoundException;
import id.lentera.shared.PersonalData;
import id.lentera.shared.StaleEditException;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The stage records of a case, each its own small form page (light on a phone, and a refused save
 * shows the errors beside the fields with the input kept). Corrections of earlier stages use the
 * same pages; the case keeps what they said before.
 */
@Controller
@RequestMapping("/cases/{id}")
class CaseRecordController {

    private final Casework casework;
    private final Clock clock;

    CaseRecordController(Casework casework, Clock clock) {
        this.casework = casework;
        this.clock = clock;
    }

    /** What a save does; it may throw the case's rule and stale-edit exceptions. */
    @FunctionalInterface
    interface Save {
        void run();
    }

    // --- engagement

    @PersonalData(value = "CASE_FORM_OPENED", record = "case", id = "id")
    @GetMapping("/engagement")
    String showEngagementForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        CaseDetails details = editable(id, user);
        return page(model, details, EngagementForm.of(details.file(), today()), "cases/engagement");
    }

    @PostMapping("/engagement")
    String recordEngagement(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") EngagementForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return save(user, id, form, result, model, redirect, "cases/engagement", "firstContactOn",
                () -> casework.recordEngagement(id, form.getVersion(), form.toEngagement(), user));
    }

    // --- assessment

    @PersonalData(value = "CASE_FORM_OPENED", record = "case", id = "id")
    @GetMapping("/assessment")
    String showAssessmentForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        CaseDetails details = editable(id, user);
        return page(model, details, AssessmentForm.of(details.file()), "cases/assessment");
    }

    @PostMapping("/assessment")
    String recordAssessment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") AssessmentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        String view = save(user, id, form, result, model, redirect, "cases/assessment", null,
                () -> casework.recordAssessment(id, form.getVersion(), form.problemEntries(), Text.trim(form.getStrengths()),
                        Text.trim(form.getNeeds()), form.relationEntries(), form.getRiskLevel(), user));
        if (!view.startsWith("redirect:") && !result.hasFieldErrors()) {
            form.withSpareRows();
        }
        return view;
    }

    // --- plan

    @PersonalData(value = "CASE_FORM_OPENED", record = "case", id = "id")
    @GetMapping("/goals/new")
    String showGoalForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        CaseDetails details = editable(id, user);
        GoalForm form = new GoalForm();
        form.setVersion(details.file().getVersion());
        return page(model, details, form, "cases/goal");
    }

    @PostMapping("/goals/new")
    String addGoal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") GoalForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return save(user, id, form, result, model, redirect, "cases/goal", "targetDate",
                () -> casework.addGoal(id, form.toPlan(), user));
    }

    @PersonalData(value = "CASE_FORM_OPENED", record = "case", id = "id")
    @GetMapping("/goals/{goalId}")
    String showGoalEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long goalId, Model model) {
        CaseDetails details = editable(id, user);
        model.addAttribute("goalId", goalId);
        return page(model, details, GoalForm.of(goal(details.file(), goalId), details.file().getVersion()),
                "cases/goal");
    }

    @PostMapping("/goals/{goalId}")
    String reviseGoal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long goalId,
            @Valid @ModelAttribute("form") GoalForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("goalId", goalId);
        goal(editable(id, user).file(), goalId);
        return save(user, id, form, result, model, redirect, "cases/goal", "targetDate",
                () -> casework.reviseGoal(id, form.getVersion(), goalId, form.toPlan(), user));
    }

    // --- intervention

    @PersonalData(value = "CASE_FORM_OPENED", record = "case", id = "id")
    @GetMapping("/activities/new")
    String showActivityForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        ActivityForm form = new ActivityForm();
        form.setDoneOn(today());
        return page(model, editable(id, user), form, "cases/activity");
    }

    @PostMapping("/activities/new")
    String recordActivity(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") ActivityForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return save(user, id, form, result, model, redirect, "cases/activity", "doneOn",
                () -> casework.recordActivity(id, form.getDoneOn(), form.getType(), Text.trim(form.getDescription()),
                        Text.trim(form.getOutcome()), form.getGoalId(), user));
    }

    @PersonalData(value = "CASE_FORM_OPENED", record = "case", id = "id")
    @GetMapping("/activities/{activityId}")
    String showActivityEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long activityId, Model model, RedirectAttributes redirect) {
        CaseDetails details = editable(id, user);
        CaseActivity activity = activity(details.file(), activityId);
        return correction(model, redirect, details, "activityId", activityId,
                ActivityForm.of(activity, details.file().getVersion()), "cases/activity");
    }

    @PostMapping("/activities/{activityId}")
    String correctActivity(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long activityId, @Valid @ModelAttribute("form") ActivityForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("activityId", activityId);
        activity(editable(id, user).file(), activityId);
        return save(user, id, form, result, model, redirect, "cases/activity", "doneOn",
                () -> casework.correctActivity(id, form.getVersion(), activityId, form.getDoneOn(), form.getType(),
                        Text.trim(form.getDescription()), Text.trim(form.getOutcome()), form.getGoalId(), user));
    }

    @PersonalData(value = "CASE_FORM_OPENED", record = "case", id = "id")
    @GetMapping("/referrals/new")
    String showReferralForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        ReferralForm form = new ReferralForm();
        form.setSentOn(today());
        return page(model, editable(id, user), form, "cases/referral");
    }

    @PostMapping("/referrals/new")
    String refer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") ReferralForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return save(user, id, form, result, model, redirect, "cases/referral", "sentOn",
                () -> casework.refer(id, form.getDestinationType(), Text.trim(form.getDestinationName()),
                        Text.trim(form.getReason()), form.getSentOn(), user));
    }

    @PersonalData(value = "CASE_FORM_OPENED", record = "case", id = "id")
    @GetMapping("/referrals/{referralId}")
    String showReferralEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long referralId, Model model, RedirectAttributes redirect) {
        CaseDetails details = editable(id, user);
        Referral referral = referral(details.file(), referralId);
        return correction(model, redirect, details, "referralId", referralId,
                ReferralForm.of(referral, details.file().getVersion()), "cases/referral");
    }

    @PostMapping("/referrals/{referralId}")
    String correctReferral(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long referralId, @Valid @ModelAttribute("form") ReferralForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("referralId", referralId);
        referral(editable(id, user).file(), referralId);
        return save(user, id, form, result, model, redirect, "cases/referral", "sentOn",
                () -> casework.correctReferral(id, form.getVersion(), referralId, form.getDestinationType(),
                        Text.trim(form.getDestinationName()), Text.trim(form.getReason()), form.getSentOn(), user));
    }

    @PersonalData(value = "CASE_FORM_OPENED", record = "case", id = "id")
    @GetMapping("/referrals/{referralId}/outcome")
    String showOutcomeForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long referralId, Model model) {
        CaseDetails details = editable(id, user);
        Referral referral = referral(details.file(), referralId);
        OutcomeForm form = new OutcomeForm();
        form.setOutcome(referral.getOutcome());
        form.setOutcomeOn(referral.getOutcomeOn() == null ? today() : referral.getOutcomeOn());
        form.setVersion(details.file().getVersion());
        model.addAttribute("referral", referral);
        return page(model, details, form, "cases/referral-outcome");
    }

    @PostMapping("/referrals/{referralId}/outcome")
    String recordOutcome(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long referralId, @Valid @ModelAttribute("form") OutcomeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("referral", referral(editable(id, user).file(), referralId));
        return save(user, id, form, result, model, redirect, "cases/referral-outcome", "outcomeOn",
                () -> casework.recordReferralOutcome(id, form.getVersion(), referralId, Text.trim(form.getOutcome()),
                        form.getOutcomeOn(), user));
    }

    // --- evaluation and termination

    @PersonalData(value = "CASE_FORM_OPENED", record = "case", id = "id")
    @GetMapping("/evaluation")
    String showEvaluationForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        CaseDetails details = editable(id, user);
        return page(model, details, EvaluationForm.of(details.file(), today()), "cases/evaluation");
    }

    @PostMapping("/evaluation")
    String evaluate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") EvaluationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.getDecision() != null && form.getEvaluatedOn() == null) {
            result.rejectValue("evaluatedOn", "case.date.required");
        }
        return save(user, id, form, result, model, redirect, "cases/evaluation", "evaluatedOn",
                () -> casework.evaluate(id, form.getVersion(), form.results(), form.evidence(), form.getDecision(),
                        form.getEvaluatedOn(), user));
    }

    @PersonalData(value = "CASE_FORM_OPENED", record = "case", id = "id")
    @GetMapping("/termination")
    String showTerminationForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        CaseDetails details = editable(id, user);
        return page(model, details, TerminationForm.of(details.file(), today()), "cases/termination");
    }

    @PostMapping("/termination")
    String recordTermination(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") TerminationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return save(user, id, form, result, model, redirect, "cases/termination", "terminatedOn",
                () -> casework.recordTermination(id, form.getVersion(), form.toTermination(), user));
    }

    // --- notes

    @PersonalData(value = "CASE_FORM_OPENED", record = "case", id = "id")
    @GetMapping("/notes/new")
    String showNoteForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        NoteForm form = new NoteForm();
        form.setNotedOn(today());
        return page(model, editable(id, user), form, "cases/note");
    }

    @PostMapping("/notes/new")
    String addNote(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") NoteForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return save(user, id, form, result, model, redirect, "cases/note", "notedOn",
                () -> casework.addNote(id, form.getNotedOn(), Text.trim(form.getText()), user));
    }

    // --- internals

    private String save(CurrentUser user, long id, Object form, BindingResult result, Model model,
            RedirectAttributes redirect, String view, String dateField, Save action) {
        if (!result.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("success", "case.saved");
                return "redirect:/cases/" + id;
            } catch (StaleEditException e) {
                // keep what they typed; saving again now overwrites the other person's change knowingly
                ((Versioned) form).setVersion(casework.find(id, user).file().getVersion());
                model.addAttribute("conflict", true);
            } catch (CaseRuleException e) {
                Rules.reject(result, e, dateField, null);
            }
        }
        return page(model, editable(id, user), form, view);
    }

    private String page(Model model, CaseDetails details, Object form, String view) {
        model.addAttribute("details", details);
        model.addAttribute("form", form);
        model.addAttribute("referralSources", ReferralSource.values());
        model.addAttribute("categories", BarrierCategory.values());
        model.addAttribute("scopes", RelationScope.values());
        model.addAttribute("qualities", RelationQuality.values());
        model.addAttribute("risks", RiskLevel.values());
        model.addAttribute("activityTypes", ActivityType.values());
        model.addAttribute("destinations", ReferralDestination.values());
        model.addAttribute("results", GoalResult.values());
        model.addAttribute("decisions", EvaluationDecision.values());
        model.addAttribute("terminationReasons", TerminationReason.values());
        return view;
    }

    /** The case, when the user may record work on it: else 404 (cannot see) or 403 (may only read). */
    private CaseDetails editable(long id, CurrentUser user) {
        CaseDetails details = casework.find(id, user);
        if (!details.mayWork()) {
            throw new org.springframework.security.access.AccessDeniedException("read-only");
        }
        return details;
    }

    private static Goal goal(CaseFile file, long goalId) {
        return file.getGoals().stream().filter(g -> g.getId() == goalId).findFirst()
                .orElseThrow(() -> new NotFoundException("goal"));
    }

    /** The correction form of one record of the case; a closed case takes none: back to its page, saying so. */
    private String correction(Model model, RedirectAttributes redirect, CaseDetails details, String recordAttribute,
            long recordId, Object form, String view) {
        if (!details.file().isOpen()) {
            redirect.addFlashAttribute("failure", "case.closed.noCorrections");
            return "redirect:/cases/" + details.file().getId();
        }
        model.addAttribute(recordAttribute, recordId);
        return page(model, details, form, view);
    }

    private static CaseActivity activity(CaseFile file, long activityId) {
        return file.getActivities().stream().filter(a -> a.getId() == activityId).findFirst()
                .orElseThrow(() -> new NotFoundException("activity"));
    }

    private static Referral referral(CaseFile file, long referralId) {
        return file.getReferrals().stream().filter(r -> r.getId() == referralId).findFirst()
                .orElseThrow(() -> new NotFoundException("referral"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
