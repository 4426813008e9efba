package id.lentera.client.web;

import java.util.Map;

import id.lentera.account.CurrentUser;
import id.lentera.client.ClientInputException;
import id.lentera.client.ClientRecords;
import id.lentera.client.ClientRegistration;
import id.lentera.client.DocumentStatus;
import id.lentera.client.DocumentType;
import id.lentera.client.HouseholdPlan;
import id.lentera.client.MaritalStatus;
import id.lentera.client.NikMissingReason;
import id.lentera.client.RegistrationOutcome;
import id.lentera.client.Relationship;
import id.lentera.client.Sex;
import id.lentera.client.Situation;
import id.lentera.region.RegionDirectory;
import id.lentera.shared.NotAudited;
import id.lentera.shared.PersonalData;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * Registering a client and editing one. Likely duplicates come first: when the service holds a
 * registration back, the same form returns with the candidates on top and a reason field, and
 * everything typed is kept.
 */
@Controller
@RequestMapping("/clients")
class ClientFormController {

    private final ClientRegistration registration;
    private final ClientRecords records;
    private final RegionDirectory regions;

    ClientFormController(ClientRegistration registration, ClientRecords records, RegionDirectory regions) {
        this.registration = registration;
        this.records = records;
        this.regions = regions;
    }

    @NotAudited("the empty registration form")
    @GetMapping("/new")
    String showCreateForm(Model model) {
        model.addAttribute("form", new ClientForm());
        addChoices(model);
        return "clients/form";
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ClientForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        // first, so that a refused role is refused whatever it sent
        addChoices(model);
        if (result.hasErrors()) {
            return "clients/form";
        }
        try {
            var outcome = registration.register(form.toRecord(), form.toHouseholdPlan(), user);
            if (outcome instanceof RegistrationOutcome.Saved saved) {
                redirect.addFlashAttribute("success", saved.joinRequested() ? "client.registered.joinRequested"
                        : "client.registered");
                return "redirect:/clients/" + saved.clientId();
            }
            addWarnings(model, (RegistrationOutcome.NeedsConfirmation) outcome);
        } catch (ClientInputException e) {
            reject(result, e.fieldErrors());
        } catch (DataIntegrityViolationException e) {
            // someone registered the same NIK or KK a moment ago; the unique indexes caught it
            result.reject("client.taken.meanwhile");
        }
        return "clients/form";
    }

    @PersonalData(value = "CLIENT_VIEWED", record = "client", id = "id", recordedByService = true)
    @GetMapping("/{id}/edit")
    String showEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", ClientForm.of(records.openForEdit(id, user)));
        model.addAttribute("clientId", id);
        addChoices(model);
        return "clients/form";
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") ClientForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var current = records.openForEdit(id, user);
        model.addAttribute("clientId", id);
        addChoices(model);
        if (result.hasErrors()) {
            return "clients/form";
        }
        try {
            var outcome = registration.update(id, form.getVersion(), form.toRecord(), user);
            if (outcome instanceof RegistrationOutcome.Saved) {
                redirect.addFlashAttribute("success", "client.updated");
                return "redirect:/clients/" + id;
            }
            addWarnings(model, (RegistrationOutcome.NeedsConfirmation) outcome);
        } catch (OptimisticLockingFailureException e) {
            // a StaleEditException, or a save that lost the race at the very end: either way keep
            // what the worker typed; from now on they edit the version that is stored
            form.setVersion(current.version());
            model.addAttribute("conflict", true);
        } catch (ClientInputException e) {
            reject(result, e.fieldErrors());
        } catch (DataIntegrityViolationException e) {
            result.reject("client.taken.meanwhile");
        }
        return "clients/form";
    }

    private void addWarnings(Model model, RegistrationOutcome.NeedsConfirmation warnings) {
        model.addAttribute("warnings", warnings);
        model.addAttribute("candidateRegions", regions.names(warnings.duplicates().stream()
                .map(c -> c.kelurahanCode()).filter(java.util.Objects::nonNull).toList()));
    }

    private static void reject(BindingResult result, Map<String, String> errors) {
        errors.forEach((field, code) -> result.rejectValue(field, code));
    }

    private void addChoices(Model model) {
        model.addAttribute("ppksChoices", registration.ppksChoices());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("nikMissingReasons", NikMissingReason.values());
        model.addAttribute("situations", Situation.values());
        model.addAttribute("maritalStatuses", MaritalStatus.values());
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("documentStatuses", DocumentStatus.values());
        model.addAttribute("householdChoices", HouseholdPlan.Choice.values());
        model.addAttribute("relationships", java.util.Arrays.stream(Relationship.values())
                .filter(r -> r != Relationship.HEAD).toList());
    }
}
