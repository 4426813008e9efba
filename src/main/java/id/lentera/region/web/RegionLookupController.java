package id.lentera.region.web;

import java.util.List;

import id.lentera.region.Region;
import id.lentera.region.RegionCode;
import id.lentera.region.RegionDirectory;
import id.lentera.region.RegionLevel;
import id.lentera.region.RegionProperties;
import lombok.Getter;
import lombok.Setter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Regions for every signed-in user: the picker's type-ahead and drill-down partials, and a page to
 * look a region up by name or code, which also works without JavaScript.
 */
@Controller
@RequestMapping("/regions")
class RegionLookupController {

    /** A type-ahead shows a screenful; typing more narrows it. */
    static final int MATCHES_SHOWN = 20;

    private final RegionDirectory directory;
    private final RegionProperties properties;

    RegionLookupController(RegionDirectory directory, RegionProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    /** The lookup page's form: a region picked by the picker, or a name typed without JavaScript. */
    @Getter
    @Setter
    static class LookupForm {
        private String code;
        private String q;
        /** the provinces rather than the office's city */
        private boolean all;
    }

    @GetMapping
    String showLookup(@ModelAttribute("lookup") LookupForm lookup, Model model) {
        String code = lookup.getCode() == null ? "" : lookup.getCode().strip();
        lookup.setCode(code);
        if (!code.isEmpty()) {
            List<Region> path = directory.path(code);
            if (path.isEmpty() || !path.get(path.size() - 1).code().equals(code)) {
                model.addAttribute("unknownCode", true);
            } else {
                model.addAttribute("path", path);
                model.addAttribute("children", directory.children(code));
            }
        } else if (!lookup.isAll() && (lookup.getQ() == null || lookup.getQ().isBlank())) {
            directory.find(properties.officeCity()).ifPresent(city -> {
                model.addAttribute("path", directory.path(city.code()));
                model.addAttribute("children", directory.children(city.code()));
            });
        }
        if (lookup.getQ() != null && !lookup.getQ().isBlank()) {
            model.addAttribute("matches", directory.search(lookup.getQ(), null, properties.officeCity(), MATCHES_SHOWN));
            model.addAttribute("tooShort", lookup.getQ().strip().length() < RegionDirectory.SEARCH_MIN_LENGTH);
        }
        model.addAttribute("provinces", directory.children(null));
        return "regions/lookup";
    }

    /**
     * The picker's list: regions matching {@code q}, or, with no text, the regions below
     * {@code parent} (the office's city at first) to go down through.
     */
    @GetMapping("/search")
    String showMatches(@RequestParam(required = false) String q, @RequestParam(required = false) String parent,
            @RequestParam(required = false) String level, @RequestParam(required = false) String field, Model model) {
        RegionLevel wanted = parseLevel(level);
        model.addAttribute("level", wanted);
        model.addAttribute("field", field == null ? "" : field.replaceAll("[^A-Za-z0-9_.\\[\\]-]", ""));
        if (q != null && !q.isBlank()) {
            model.addAttribute("query", q.strip());
            model.addAttribute("tooShort", q.strip().length() < RegionDirectory.SEARCH_MIN_LENGTH);
            model.addAttribute("matches", directory.search(q, wanted, properties.officeCity(), MATCHES_SHOWN));
            return "regions/picker :: results";
        }
        String from = parent == null ? properties.officeCity() : parent.strip();
        if (!from.isEmpty() && !RegionCode.isValid(from)) {
            from = properties.officeCity();
        }
        List<Region> path = from.isEmpty() ? List.of() : directory.path(from);
        model.addAttribute("path", path);
        model.addAttribute("matches", directory.childMatches(path.isEmpty() ? null : from));
        return "regions/picker :: results";
    }

    /** An unknown level asks for any level rather than failing: it only filters the list. */
    private static RegionLevel parseLevel(String level) {
        try {
            return RegionPicker.level(level);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
