package id.lentera.supervision.web;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;

import id.lentera.account.CurrentUser;
import id.lentera.casework.CaseFilter;
import id.lentera.casework.RiskLevel;
import id.lentera.casework.Stage;
import id.lentera.shared.PersonalData;
import id.lentera.supervision.Exports;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Downloads. Each answers with the file, written straight onto the response; access is the
 * service's (a case the user may not open is not found, a role without the report is refused).
 */
@Controller
@RequestMapping("/exports")
class ExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    private final Exports exports;
    private final Clock clock;

    ExportController(Exports exports, Clock clock) {
        this.exports = exports;
        this.clock = clock;
    }

    /** The caseload list as filtered on {@code /cases}, same parameters. */
    @PersonalData(value = "EXPORT_CASELOAD_XLSX", recordedByService = true)
    @GetMapping("/caseload.xlsx")
    void caseload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) RiskLevel risk, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") boolean awaiting, @RequestParam(defaultValue = "false") boolean quiet,
            @RequestParam(required = false) Long worker, @RequestParam(required = false) Long team,
            @RequestParam(defaultValue = "0") int quietDays,
            Locale locale, HttpServletResponse response) throws IOException {
        CaseFilter filter = CaseFilter.fromParameters(stage, risk, status, awaiting, quiet, worker, team, quietDays);
        attachment(response, XLSX, "kasus-" + java.time.LocalDate.now(clock) + ".xlsx");
        exports.caseloadXlsx(filter, user, locale, response.getOutputStream());
    }

    /** The monthly office report as {@code pdf} or {@code xlsx}; a month not yet begun goes back to the dashboard. */
    @PersonalData(value = "EXPORT_MONTHLY", recordedByService = true)
    @GetMapping("/monthly.{format:pdf|xlsx}")
    String monthly(@AuthenticationPrincipal CurrentUser user, @PathVariable String format,
            @RequestParam(required = false) String month, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        YearMonth chosen = month(month);
        if (chosen == null) {
            redirect.addFlashAttribute("failure", "sup.report.monthInvalid");
            return "redirect:/dashboard";
        }
        boolean pdf = format.equals("pdf");
        attachment(response, pdf ? PDF : XLSX, "laporan-bulanan-" + chosen + "." + format);
        if (pdf) {
            exports.monthlyPdf(user, chosen, locale, response.getOutputStream());
        } else {
            exports.monthlyXlsx(user, chosen, locale, response.getOutputStream());
        }
        return null;
    }

    @PersonalData(value = "EXPORT_CASE_SUMMARY_PDF", record = "case", id = "id", recordedByService = true)
    @GetMapping("/cases/{id}/summary.pdf")
    void caseSummary(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale,
            HttpServletResponse response) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        // rendered before the headers go out, so a case the user may not open still answers 404
        exports.caseSummaryPdf(id, user, locale, out);
        attachment(response, PDF, "ringkasan-kasus-" + id + ".pdf");
        out.writeTo(response.getOutputStream());
    }

    /** A month up to this one; null for anything else. */
    private YearMonth month(String text) {
        YearMonth month = Periods.month(text);
        return month == null || month.isAfter(YearMonth.now(clock)) ? null : month;
    }

    static void attachment(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                .toString());
    }
}
