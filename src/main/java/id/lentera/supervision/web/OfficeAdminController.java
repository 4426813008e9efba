package id.lentera.supervision.web;

import id.lentera.account.CurrentUser;
import id.lentera.shared.StaleEditException;
import id.lentera.supervision.Office;
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

/** The admin's page for the office's letterhead and signatory. */
@Controller
@RequestMapping("/admin/office")
class OfficeAdminController {

    private final Office office;

    OfficeAdminController(Office office) {
        this.office = office;
    }

    @GetMapping
    String showEditForm(Model model) {
        Office.Versioned current = office.edit();
        model.addAttribute("officeForm", OfficeForm.of(current.details(), current.version()));
        return "admin/office/form";
    }

    @PostMapping
    String update(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("officeForm") OfficeForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (form.nipDigits() != null && form.nipDigits().length() != 18 && !result.hasFieldErrors("headNip")) {
            result.rejectValue("headNip", "office.nip.invalid");
        }
        Office.Versioned current = office.edit();
        if (!result.hasErrors()) {
            try {
                office.update(form.getVersion(), form.toDetails(), admin);
                redirect.addFlashAttribute("success", "office.saved");
                return "redirect:/admin/office";
            } catch (StaleEditException e) {
                // keep what the admin typed; from now on they edit the version that is stored
                form.setVersion(current.version());
                model.addAttribute("conflict", true);
            }
        }
        return "admin/office/form";
    }
}
