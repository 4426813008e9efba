package id.lentera.client.web;

import id.lentera.account.CurrentUser;
import id.lentera.client.ClientRuleException;
import id.lentera.client.HouseholdRoster;
import id.lentera.client.HouseholdView;
import id.lentera.client.Relationship;
import id.lentera.client.Sex;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The household page, a new household for a client who has none, and the address form. */
@Controller
@RequestMapping("/households")
class HouseholdController {

    private final HouseholdRoster roster;
    private final id.lentera.client.HousingSurveys housing;

    HouseholdController(HouseholdRoster roster, id.lentera.client.HousingSurveys housing) {
        this.roster = roster;
        this.housing = housing;
    }

    @PersonalData(value = "HOUSEHOLD_VIEWED", record = "household", id = "id")
    @GetMapping("/{id}")
    String showDetail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("household", roster.view(id, user));
        model.addAttribute("housing", housing.latest(id, user).orElse(null));
        return "households/detail";
    }

    @PersonalData(value = "HOUSEHOLD_FORM_OPENED", record = "client", id = "client")
    @GetMapping("/new")
    String showCreateForm(@AuthenticationPrincipal CurrentUser user, @RequestParam("client") long clientId,
            Model model) {
        HouseholdForm form = new HouseholdForm();
        if (prepareCreate(user, clientId, model)) {
            model.addAttribute("form", form);
        }
        return "households/form";
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam("client") long clientId,
            @Valid @ModelAttribute("form") HouseholdForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!prepareCreate(user, clientId, model)) {
            return "households/form";
        }
        if (form.getClientRelationship() != Relationship.HEAD) {
            if (form.getHeadFullName() == null || form.getHeadFullName().isBlank()) {
                result.rejectValue("headFullName", "household.head.required");
            }
            if (form.getHeadSex() == null) {
                result.rejectValue("headSex", "NotNull");
            }
        }
        return FormSubmission.of(result, model, "households/form")
                .save(() -> "/households/" + roster.create(clientId, form.toNewHousehold(), user), redirect,
                        "household.created");
    }

    @PersonalData(value = "HOUSEHOLD_FORM_OPENED", record = "household", id = "id")
    @GetMapping("/{id}/edit")
    String showEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        HouseholdView household = roster.forEditing(id, user);
        model.addAttribute("form", HouseholdForm.of(household));
        model.addAttribute("household", household);
        return "households/form";
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") HouseholdForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        HouseholdView household = roster.forEditing(id, user);
        model.addAttribute("household", household);
        return FormSubmission.of(result, model, "households/form")
                .whenStale(() -> form.setVersion(household.version()))
                .save(() -> roster.readdress(id, form.getVersion(), form.toAddress(), user), redirect,
                        "household.updated", "/households/" + id);
    }

    /** @return false when the client already has a household (the page then says so, without a form) */
    private boolean prepareCreate(CurrentUser user, long clientId, Model model) {
        model.addAttribute("clientId", clientId);
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("sexes", Sex.values());
        try {
            model.addAttribute("clientName", roster.clientWithoutHousehold(clientId, user));
            return true;
        } catch (ClientRuleException e) {
            model.addAttribute("failure", e.code());
            return false;
        }
    }
}
