package id.lentera.region.web;

import id.lentera.region.RegionDirectory;
import id.lentera.region.RegionLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import lombok.Getter;
import lombok.Setter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A test-only address form using the picker exactly as the other modules do
 * ({@code picker('kelurahanCode', label)} in a posted th:object form), with the validation they
 * are expected to add. Only on the test classpath.
 */
@Controller
@RequestMapping("/test/region-picker")
class PickerTestController {

    private final RegionDirectory directory;

    PickerTestController(RegionDirectory directory) {
        this.directory = directory;
    }

    @Getter
    @Setter
    static class AddressForm {
        @NotBlank
        private String kelurahanCode;
    }

    @GetMapping
    String showForm(Model model) {
        model.addAttribute("form", new AddressForm());
        return "test/region-picker";
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") AddressForm form, BindingResult result, Model model) {
        if (!result.hasFieldErrors("kelurahanCode") && !directory.exists(form.getKelurahanCode(), RegionLevel.VILLAGE)) {
            result.rejectValue("kelurahanCode", "region.picker.unknown");
        }
        model.addAttribute("saved", !result.hasErrors());
        return "test/region-picker";
    }
}
