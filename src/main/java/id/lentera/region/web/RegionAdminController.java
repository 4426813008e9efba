package id.lentera.region.web;

import java.io.IOException;
import java.security.Principal;

import id.lentera.region.RegionImportView;
import id.lentera.region.RegionImports;
import id.lentera.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's import of the official region list, with its progress and outcome. */
@Controller
@RequestMapping("/admin/regions")
class RegionAdminController {

    private final RegionImports imports;

    RegionAdminController(RegionImports imports) {
        this.imports = imports;
    }

    @GetMapping
    String showImportForm(Model model) {
        model.addAttribute("form", new RegionImportForm());
        imports.latest().ifPresent(latest -> model.addAttribute("latest", latest));
        return "admin/regions/import";
    }

    @PostMapping
    String startImport(Principal admin, @ModelAttribute("form") RegionImportForm form, BindingResult result,
            Model model, RedirectAttributes redirect) throws IOException {
        if (form.getFile() == null || form.getFile().isEmpty()) {
            result.rejectValue("file", "region.import.file.missing");
        } else if (!form.looksLikeCsv()) {
            result.rejectValue("file", "region.import.file.notCsv");
        }
        if (!result.hasErrors()) {
            try {
                long id = imports.start(form.getFile().getOriginalFilename(), form.getFile().getBytes(), admin.getName());
                redirect.addFlashAttribute("success", "region.import.started");
                return "redirect:/admin/regions/imports/" + id;
            } catch (RegionImports.AlreadyRunningException e) {
                result.reject("region.import.alreadyRunning");
            }
        }
        imports.latest().ifPresent(latest -> model.addAttribute("latest", latest));
        return "admin/regions/import";
    }

    @GetMapping("/imports/{id}")
    String showImport(@PathVariable long id, Model model) {
        model.addAttribute("run", find(id));
        return "admin/regions/run";
    }

    /** What the progress bar polls (htmx); the same markup as on the page. */
    @GetMapping("/imports/{id}/progress")
    String showProgress(@PathVariable long id, Model model) {
        model.addAttribute("run", find(id));
        return "admin/regions/run :: status";
    }

    private RegionImportView find(long id) {
        return imports.find(id).orElseThrow(() -> new NotFoundException("Region import"));
    }
}
