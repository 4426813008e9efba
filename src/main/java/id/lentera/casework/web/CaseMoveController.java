package id.lentera.casework.web;

import java.util.List;

import id.lentera.account.CurrentUser;
import id.lentera.casework.ApprovalKind;
import id.lentera.casework.CaseDetails;
import id.lentera.casework.CaseRuleException;
import id.lentera.casework.Casework;
import id.lentera.casework.Stage;
import id.lentera.shared.PersonalData;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moving a case: forward (a refusal lists what is missing), back from evaluation with a reason,
 * asking for approval, and the supervisor's reassigning and reopening.
 */
@Controller
@RequestMapping("/cases/{id}")
class CaseMoveController {

    private final Casework casework;

    CaseMoveController(Casework casework) {
        this.casework = casework;
    }

    @PostMapping("/advance")
    String advance(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Stage target, RedirectAttributes redirect) {
        try {
            if (target == null) {
                throw new CaseRuleException("case.move.notAllowed");
            }
            casework.advance(id, target, null, user);
            redirect.addFlashAttribute("success", "case.moved");
        } catch (CaseRuleException e) {
            refused(redirect, e);
        }
        return "redirect:/cases/" + id;
    }

    @PostMapping("/approval-requests")
    String requestApproval(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) ApprovalKind kind, RedirectAttributes redirect) {
        try {
            if (kind == null) {
                throw new CaseRuleException("case.approval.nonePending");
            }
            casework.requestApproval(id, kind, user);
            redirect.addFlashAttribute("success", "case.approval.requested");
        } catch (CaseRuleException e) {
            refused(redirect, e);
        }
        return "redirect:/cases/" + id;
    }

    @PersonalData(value = "CASE_FORM_OPENED", record = "case", id = "id")
    @GetMapping("/back")
    String showBackForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        CaseDetails details = casework.find(id, user);
        if (!details.mayWork()) {
            throw new AccessDeniedException("read-only");
        }
        return backPage(model, details, new ReasonForm());
    }

    @PostMapping("/back")
    String goBack(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") ReasonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.getTarget() == null) {
            result.rejectValue("target", "NotNull");
        }
        if (!result.hasErrors()) {
            try {
                casework.goBack(id, form.getTarget(), Text.trim(form.getReason()), user);
                redirect.addFlashAttribute("success", "case.moved");
                return "redirect:/cases/" + id;
            } catch (CaseRuleException e) {
                Rules.reject(result, e, null, null);
            }
        }
        CaseDetails details = casework.find(id, user);
        if (!details.mayWork()) {
            throw new AccessDeniedException("read-only");
        }
        return backPage(model, details, form);
    }

    private static String backPage(Model model, CaseDetails details, ReasonForm form) {
        model.addAttribute("details", details);
        model.addAttribute("form", form);
        model.addAttribute("targets", List.of(Stage.PLANNING, Stage.INTERVENTION));
        return "cases/back";
    }

    // --- the supervisor's

    @PersonalData(value = "CASE_FORM_OPENED", record = "case", id = "id")
    @GetMapping("/reassign")
    String showReassignForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return supervisorPage(user, id, new ReasonForm(), model, "cases/reassign");
    }

    @PostMapping("/reassign")
    String reassign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") ReasonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.getWorkerId() == null) {
            result.rejectValue("workerId", "NotNull");
        }
        if (!result.hasErrors()) {
            try {
                casework.reassign(id, form.getWorkerId(), Text.trim(form.getReason()), user);
                redirect.addFlashAttribute("success", "case.reassigned");
                // the supervisor still sees the case; the previous worker no longer does
                return "redirect:/cases/" + id;
            } catch (CaseRuleException e) {
                Rules.reject(result, e, null, "workerId");
            }
        }
        return supervisorPage(user, id, form, model, "cases/reassign");
    }

    @PersonalData(value = "CASE_FORM_OPENED", record = "case", id = "id")
    @GetMapping("/reopen")
    String showReopenForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return supervisorPage(user, id, new ReasonForm(), model, "cases/reopen");
    }

    @PostMapping("/reopen")
    String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") ReasonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                casework.reopen(id, Text.trim(form.getReason()), user);
                redirect.addFlashAttribute("success", "case.reopened");
                return "redirect:/cases/" + id;
            } catch (CaseRuleException e) {
                Rules.reject(result, e, null, null);
            }
        }
        return supervisorPage(user, id, form, model, "cases/reopen");
    }

    private String supervisorPage(CurrentUser user, long id, ReasonForm form, Model model, String view) {
        CaseDetails details = casework.find(id, user);
        if (!details.maySupervise()) {
            throw new AccessDeniedException("only the team's supervisor");
        }
        model.addAttribute("details", details);
        model.addAttribute("form", form);
        model.addAttribute("workers", casework.reassignmentChoices(id, user));
        return view;
    }

    private static void refused(RedirectAttributes redirect, CaseRuleException e) {
        redirect.addFlashAttribute("failure", e.code());
        redirect.addFlashAttribute("missing", e.missing().stream().map(item -> "case." + item).toList());
    }
}
