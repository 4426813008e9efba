package id.lentera.client.web;

import java.util.Arrays;
import java.util.List;

import id.lentera.account.CurrentUser;
import id.lentera.client.DocumentStatus;
import id.lentera.client.HouseholdRoster;
import id.lentera.client.HouseholdView;
import id.lentera.client.MaternalStatus;
import id.lentera.client.Relationship;
import id.lentera.client.Schooling;
import id.lentera.client.Sex;
import id.lentera.client.TriState;
import id.lentera.shared.NotFoundException;
import id.lentera.shared.PersonalData;
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

/** Who lives in a household: adding and editing members, leaving, deaths and a new head. */
@Controller
@RequestMapping("/households/{id}")
class MemberController {

    private static final List<Relationship> NOT_HEAD = Arrays.stream(Relationship.values())
            .filter(r -> r != Relationship.HEAD).toList();

    private final HouseholdRoster roster;

    MemberController(HouseholdRoster roster) {
        this.roster = roster;
    }

    @PersonalData(value = "MEMBER_FORM_OPENED", record = "household", id = "id")
    @GetMapping("/members/new")
    String showAddForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        prepare(model, roster.forEditing(id, user), null);
        MemberForm form = new MemberForm();
        form.setRelationship(Relationship.CHILD);
        model.addAttribute("form", form);
        return "households/member-form";
    }

    @PostMapping("/members/new")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") MemberForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        prepare(model, roster.forEditing(id, user), null);
        return FormSubmission.of(result, model, "households/member-form")
                .save(() -> roster.addMember(id, form.toDetails(), user), redirect, "member.added", "/households/" + id);
    }

    @PersonalData(value = "MEMBER_FORM_OPENED", record = "household", id = "id")
    @GetMapping("/members/{memberId}/edit")
    String showEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long memberId, Model model) {
        var member = prepare(model, roster.forEditing(id, user), memberId);
        model.addAttribute("form", MemberForm.of(member));
        return "households/member-form";
    }

    @PostMapping("/members/{memberId}/edit")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long memberId,
            @Valid @ModelAttribute("form") MemberForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var member = prepare(model, roster.forEditing(id, user), memberId);
        return FormSubmission.of(result, model, "households/member-form")
                .whenStale(() -> form.setVersion(member.personVersion()))
                .save(() -> roster.updateMember(id, memberId, form.getVersion(), form.toDetails(), user), redirect,
                        "member.updated", "/households/" + id);
    }

    @PersonalData(value = "MEMBER_FORM_OPENED", record = "household", id = "id")
    @GetMapping("/members/{memberId}/leave")
    String showLeaveForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long memberId, Model model) {
        var member = prepare(model, roster.forEditing(id, user), memberId);
        LeaveForm form = new LeaveForm();
        form.setVersion(member.memberVersion());
        model.addAttribute("form", form);
        return "households/leave";
    }

    @PostMapping("/members/{memberId}/leave")
    String leave(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long memberId,
            @Valid @ModelAttribute("form") LeaveForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var member = prepare(model, roster.forEditing(id, user), memberId);
        return FormSubmission.of(result, model, "households/leave")
                .whenStale(() -> form.setVersion(member.memberVersion()))
                .save(() -> roster.leave(id, memberId, form.getVersion(), form.getLeftOn(), form.getReason(), user),
                        redirect, "member.left", "/households/" + id);
    }

    @PersonalData(value = "MEMBER_FORM_OPENED", record = "household", id = "id")
    @GetMapping("/members/{memberId}/death")
    String showDeathForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long memberId, Model model) {
        var member = prepare(model, roster.forEditing(id, user), memberId);
        DeathForm form = new DeathForm();
        form.setVersion(member.personVersion());
        model.addAttribute("form", form);
        return "households/death";
    }

    @PostMapping("/members/{memberId}/death")
    String recordDeath(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long memberId,
            @Valid @ModelAttribute("form") DeathForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var member = prepare(model, roster.forEditing(id, user), memberId);
        return FormSubmission.of(result, model, "households/death")
                .rulesNextTo("diedOn")
                .whenStale(() -> form.setVersion(member.personVersion()))
                .save(() -> roster.recordDeath(id, memberId, form.getVersion(), form.getDiedOn(), user), redirect,
                        "member.deathRecorded", "/households/" + id);
    }

    @PersonalData(value = "MEMBER_FORM_OPENED", record = "household", id = "id")
    @GetMapping("/head")
    String showChangeHeadForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        HouseholdView household = roster.forEditing(id, user);
        prepare(model, household, null);
        ChangeHeadForm form = new ChangeHeadForm();
        form.setVersion(household.version());
        model.addAttribute("form", form);
        return "households/head";
    }

    @PostMapping("/head")
    String changeHead(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") ChangeHeadForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        HouseholdView household = roster.forEditing(id, user);
        prepare(model, household, null);
        if (form.getNewHeadMemberId() != null && household.member(form.getNewHeadMemberId()) == null) {
            // not (or no longer) a current member of this household: a choice to make again
            result.rejectValue("newHeadMemberId", "household.head.choose");
        }
        return FormSubmission.of(result, model, "households/head")
                .rulesNextTo("newHeadMemberId")
                .whenStale(() -> form.setVersion(household.version()))
                .save(() -> roster.changeHead(id, form.getVersion(), form.getNewHeadMemberId(),
                        form.getFormerHeadRelationship(), user), redirect, "household.headChanged", "/households/" + id);
    }

    /** The household and choices every form shows; the member, when the form is about one. */
    private HouseholdView.Member prepare(Model model, HouseholdView household, Long memberId) {
        model.addAttribute("household", household);
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("notHead", NOT_HEAD);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("maternalStatuses", MaternalStatus.values());
        model.addAttribute("schoolings", Schooling.values());
        model.addAttribute("triStates", TriState.values());
        model.addAttribute("documentStatuses", DocumentStatus.values());
        if (memberId == null) {
            return null;
        }
        HouseholdView.Member member = household.member(memberId);
        if (member == null) {
            throw new NotFoundException("member");
        }
        model.addAttribute("member", member);
        model.addAttribute("memberId", memberId);
        return member;
    }
}
