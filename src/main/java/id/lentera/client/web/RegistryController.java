package id.lentera.client.web;

import id.lentera.account.CurrentUser;
import id.lentera.client.HouseholdRoster;
import id.lentera.client.Registry;
import id.lentera.client.RegistrySource;
import id.lentera.client.RegistryState;
import id.lentera.client.RegistryStatusLog;
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

/** Recording a check of the household in the registry (DTKS/DTSEN). */
@Controller
@RequestMapping("/households/{id}/registry")
class RegistryController {

    private final HouseholdRoster roster;
    private final RegistryStatusLog log;

    RegistryController(HouseholdRoster roster, RegistryStatusLog log) {
        this.roster = roster;
        this.log = log;
    }

    @PersonalData(value = "HOUSEHOLD_FORM_OPENED", record = "household", id = "id")
    @GetMapping("/new")
    String showCreateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        prepare(model, user, id);
        model.addAttribute("form", new RegistryCheckForm());
        return "households/registry-form";
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") RegistryCheckForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        prepare(model, user, id);
        return FormSubmission.of(result, model, "households/registry-form")
                .save(() -> log.record(id, form.toCheck(), user), redirect, "registry.recorded", "/households/" + id);
    }

    private void prepare(Model model, CurrentUser user, long id) {
        model.addAttribute("household", roster.forEditing(id, user));
        model.addAttribute("registries", Registry.values());
        model.addAttribute("states", RegistryState.values());
        model.addAttribute("sources", RegistrySource.values());
    }
}
