package id.lentera.eligibility.web;

import java.util.List;

import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import id.lentera.eligibility.BenefitTables;
import id.lentera.eligibility.InputRefusedException;
import id.lentera.shared.StaleEditException;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's PKH benefit table: every version by effective date, and the form for a new one. */
@Controller
@RequestMapping("/admin/pkh")
class BenefitTableController {

    private final BenefitTables tables;
    private final TeamDirectory teams;
    private final java.time.Clock clock;

    BenefitTableController(BenefitTables tables, TeamDirectory teams, java.time.Clock clock) {
        this.tables = tables;
        this.teams = teams;
        this.clock = clock;
    }

    @GetMapping
    String showList(Model model) {
        List<BenefitTables.Version> versions = tables.versions();
        model.addAttribute("versions", versions);
        model.addAttribute("inEffect", tables.inEffectOn(java.time.LocalDate.now(clock)));
        model.addAttribute("recorders", teams.fullNames(versions.stream().map(BenefitTables.Version::recordedBy)
                .filter(java.util.Objects::nonNull).distinct().toList()));
        return "eligibility/admin-table";
    }

    @GetMapping("/edit")
    String showEditForm(Model model) {
        BenefitTables.Version newest = newest();
        model.addAttribute("form", BenefitTableForm.of(newest.rules(), null));
        return "eligibility/admin-table-form";
    }

    @PostMapping("/edit")
    String update(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("form") BenefitTableForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                tables.save(form.getBasedOn(), form.toFigures(), admin);
                redirect.addFlashAttribute("success", "pkh.table.saved");
                return "redirect:/admin/pkh";
            } catch (StaleEditException e) {
                // keep what the admin typed; saving again builds on the version stored now
                form.setBasedOn(newest().id());
                model.addAttribute("conflict", true);
            } catch (InputRefusedException e) {
                e.problems().forEach(p -> result.rejectValue(p[0], p[1]));
            }
        }
        return "eligibility/admin-table-form";
    }

    private BenefitTables.Version newest() {
        return tables.versions().stream().max(java.util.Comparator.comparingLong(BenefitTables.Version::id))
                .orElseThrow();
    }
}
