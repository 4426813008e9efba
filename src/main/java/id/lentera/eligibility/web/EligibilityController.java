package id.lentera.eligibility.web;

import id.lentera.account.CurrentUser;
import id.lentera.eligibility.EligibilityPanels;
import id.lentera.eligibility.InputRefusedException;
import id.lentera.eligibility.ParticipationLog;
import id.lentera.eligibility.ParticipationStatus;
import id.lentera.shared.NotAudited;
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

/**
 * A household's eligibility: the panel as an htmx fragment (lazy-loaded into the household, client
 * and case pages), the same as a page of its own for phones without JavaScript, and the form for a
 * PKH participation entry.
 */
@Controller
@RequestMapping("/eligibility/households/{id}")
class EligibilityController {

    private final EligibilityPanels panels;
    private final ParticipationLog participation;

    EligibilityController(EligibilityPanels panels, ParticipationLog participation) {
        this.panels = panels;
        this.participation = participation;
    }

    @PersonalData(value = "ELIGIBILITY_VIEWED", record = "household", id = "id")
    @GetMapping
    String showDetail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("panel", panels.panel(id, user));
        return "eligibility/household";
    }

    @NotAudited("the verdict panel inside the client, household and case pages, each recorded")
    @GetMapping("/panel")
    String showPanel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("panel", panels.panel(id, user));
        return "eligibility/panel :: panel";
    }

    @PersonalData(value = "ELIGIBILITY_FORM_OPENED", record = "household", id = "id")
    @GetMapping("/participation")
    String showParticipationForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        participation.requireEditable(id, user);
        model.addAttribute("form", new ParticipationForm());
        return prepare(id, model);
    }

    @PostMapping("/participation")
    String recordParticipation(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") ParticipationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        participation.requireEditable(id, user);
        if (!result.hasErrors()) {
            try {
                participation.record(id, form.getStatus(), form.getSince(), form.getFirstStage(), form.getNote(), user);
                redirect.addFlashAttribute("success", "pkh.participation.saved");
                return "redirect:/eligibility/households/" + id;
            } catch (InputRefusedException e) {
                e.problems().forEach(p -> result.rejectValue(p[0], p[1]));
            }
        }
        return prepare(id, model);
    }

    private String prepare(long id, Model model) {
        model.addAttribute("householdId", id);
        model.addAttribute("statuses", ParticipationStatus.values());
        return "eligibility/participation-form";
    }
}
