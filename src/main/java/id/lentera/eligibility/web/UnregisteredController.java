package id.lentera.eligibility.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.lentera.account.CurrentUser;
import id.lentera.eligibility.UnregisteredMap;
import id.lentera.region.RegionDirectory;
import id.lentera.shared.InputText;
import id.lentera.shared.PersonalData;
import id.lentera.shared.web.Formats;
import jakarta.servlet.http.HttpServletResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Households eligible once registered, by kelurahan, with missing documents and the barriers of
 * their cases; filterable, paged, and exported as XLSX (written row by row while it is read).
 */
@Controller
@RequestMapping("/eligibility/unregistered")
class UnregisteredController {

    static final int PAGE_SIZE = 20;

    private final UnregisteredMap map;
    private final RegionDirectory regions;
    private final MessageSource messages;
    private final Formats formats;

    UnregisteredController(UnregisteredMap map, RegionDirectory regions, MessageSource messages, Formats formats) {
        this.map = map;
        this.regions = regions;
        this.messages = messages;
        this.formats = formats;
    }

    @PersonalData(value = "UNREGISTERED_LISTED", filters = {"kelurahan", "missing", "page"})
    @GetMapping
    String showList(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String kelurahan,
            @RequestParam(required = false) String missing, @RequestParam(defaultValue = "0") int page, Model model) {
        UnregisteredMap.Filter filter = filter(kelurahan, missing);
        UnregisteredMap.MapPage found = map.find(filter, user, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        Page<UnregisteredMap.Row> rows = found.rows();
        Map<String, Long> counts = found.countsByKelurahan();
        Set<String> codes = new HashSet<>(counts.keySet());
        rows.forEach(r -> codes.add(r.kelurahanCode()));
        codes.remove(null);
        model.addAttribute("rows", rows);
        model.addAttribute("counts", counts);
        model.addAttribute("regionNames", regions.names(codes));
        model.addAttribute("filter", filter);
        model.addAttribute("missingChoices", UnregisteredMap.MissingDocument.values());
        return "eligibility/unregistered";
    }

    @PersonalData(value = "UNREGISTERED_EXPORTED", filters = {"kelurahan", "missing"})
    @GetMapping("/export")
    void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String kelurahan,
            @RequestParam(required = false) String missing, HttpServletResponse response) throws IOException {
        UnregisteredMap.Filter filter = filter(kelurahan, missing);
        // refused (403) before anything is written
        map.requireReader(user);
        Locale locale = LocaleContextHolder.getLocale();
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"belum-terdaftar.xlsx\"");
        try (OutputStream out = response.getOutputStream()) {
            Workbook workbook = new Workbook(out, "Lentera", "1.0");
            Worksheet sheet = workbook.newWorksheet(text("pkh.unregistered.sheet", locale));
            String[] headers = {"pkh.unregistered.kelurahan", "pkh.unregistered.code", "pkh.unregistered.head",
                    "pkh.unregistered.components", "pkh.unregistered.amount", "pkh.unregistered.ktpEl",
                    "pkh.unregistered.kk", "pkh.unregistered.barriers", "pkh.unregistered.since"};
            for (int c = 0; c < headers.length; c++) {
                sheet.value(0, c, text(headers[c], locale));
                sheet.style(0, c).bold().set();
            }
            int[] row = {1};
            map.forEachChunk(filter, user, chunk -> {
                Map<String, String> names = regions.names(chunk.stream().map(UnregisteredMap.Row::kelurahanCode)
                        .filter(java.util.Objects::nonNull).distinct().toList());
                for (UnregisteredMap.Row r : chunk) {
                    int i = row[0]++;
                    sheet.value(i, 0, r.kelurahanCode() == null ? "" : InputText.printable(names.getOrDefault(r.kelurahanCode(), "")));
                    sheet.value(i, 1, r.kelurahanCode() == null ? "" : r.kelurahanCode());
                    // names stored before the input rule may hold control or bidi characters
                    sheet.value(i, 2, r.headName() == null ? "" : InputText.printable(r.headName()));
                    sheet.value(i, 3, String.join(", ", r.components().stream()
                            .map(c -> text("pkh.component." + c, locale)).toList()));
                    sheet.value(i, 4, r.amountPerYear());
                    sheet.value(i, 5, text("pkh.outcome." + r.ktpEl(), locale));
                    sheet.value(i, 6, text("pkh.outcome." + r.kk(), locale));
                    sheet.value(i, 7, String.join(", ", r.barriers().stream()
                            .map(b -> text("pkh.barrier." + b, locale)).toList()));
                    sheet.value(i, 8, formats.date(r.since()));
                }
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            workbook.finish();
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Unknown filter values are ignored rather than refused: a stale link still shows the list. */
    private static UnregisteredMap.Filter filter(String kelurahan, String missing) {
        UnregisteredMap.MissingDocument document = null;
        if (missing != null) {
            for (UnregisteredMap.MissingDocument d : UnregisteredMap.MissingDocument.values()) {
                if (d.name().equals(missing)) {
                    document = d;
                }
            }
        }
        String code = kelurahan == null || kelurahan.isBlank() || kelurahan.length() > 13 ? null : kelurahan.strip();
        return new UnregisteredMap.Filter(code, document);
    }
}
