package id.lentera.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import id.lentera.casework.MonthCount;
import id.lentera.client.CategoryCount;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;

/** The monthly office report as a workbook: a summary sheet with the letterhead, then one sheet per table. */
class MonthlyWorkbook {

    private final MessageSource messages;
    private final Locale locale;

    MonthlyWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void write(MonthlyReportData report, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Lentera", "1.0");
            Worksheet summary = workbook.newWorksheet(text("sup.report.sheet.summary"));
            int r = 0;
            summary.value(r++, 0, report.office().officeName());
            for (String line : report.office().letterhead()) {
                summary.value(r++, 0, line);
            }
            summary.value(r++, 0, report.office().address());
            r++;
            summary.value(r, 0, text("sup.report.title", report.month().toString()));
            summary.style(r++, 0).bold().set();
            r++;
            r = table(summary, r, "sup.dash.openByStage", prefixed("case.stage.", report.figures().openByStage()));
            r = table(summary, r, "sup.dash.barriers", prefixed("case.category.", report.figures().barriers()));
            r = table(summary, r, "sup.dash.terminations",
                    prefixed("case.terminationReason.", report.figures().terminations()));
            r = table(summary, r, "sup.dash.registryMix", prefixed("sup.registry.", report.figures().registryMix()));
            var ppks = new java.util.LinkedHashMap<String, Long>();
            for (CategoryCount c : report.figures().clientsByPpks()) {
                ppks.put("en".equals(locale.getLanguage()) ? c.nameEn() : c.name(), c.clients());
            }
            r = table(summary, r, "sup.dash.ppks", ppks);
            r = table(summary, r, "sup.dash.pkhVerdicts", prefixed("sup.pkh.", report.figures().pkhVerdicts()));
            var weeks = new java.util.LinkedHashMap<String, Long>();
            report.figures().visitsPerWeek().forEach((week, visits) -> weeks.put(week.toString(), visits));
            r = table(summary, r, "sup.report.visitsPerWeek", weeks);
            long opened = report.figures().openedAndClosed().stream().mapToLong(MonthCount::opened).sum();
            long closed = report.figures().openedAndClosed().stream().mapToLong(MonthCount::closed).sum();
            long registered = report.figures().registeredPerMonth().values().stream().mapToLong(Long::longValue).sum();
            var month = new java.util.LinkedHashMap<String, Long>();
            month.put(text("sup.dash.opened"), opened);
            month.put(text("sup.dash.closed"), closed);
            month.put(text("sup.dash.registered"), registered);
            table(summary, r, "sup.report.month", month);
            summary.width(0, 45);
            groups(workbook.newWorksheet(text("sup.report.sheet.teams")), "sup.report.team", report.byTeam());
            groups(workbook.newWorksheet(text("sup.report.sheet.kecamatan")), "sup.report.kecamatan",
                    report.byKecamatan());
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void groups(Worksheet sheet, String nameHeader, java.util.List<MonthlyReportData.Named> rows) {
        String[] headers = {nameHeader, "sup.report.openAtEnd", "sup.dash.opened", "sup.dash.closed"};
        for (int c = 0; c < headers.length; c++) {
            sheet.value(0, c, text(headers[c]));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (MonthlyReportData.Named row : rows) {
            sheet.value(r, 0, row.name());
            sheet.value(r, 1, row.figures().openAtMonthEnd());
            sheet.value(r, 2, row.figures().opened());
            sheet.value(r, 3, row.figures().closed());
            r++;
        }
        sheet.width(0, 35);
    }

    private int table(Worksheet sheet, int row, String title, Map<String, Long> values) {
        sheet.value(row, 0, text(title));
        sheet.style(row++, 0).bold().set();
        for (var entry : values.entrySet()) {
            sheet.value(row, 0, entry.getKey());
            sheet.value(row++, 1, entry.getValue());
        }
        return row + 1;
    }

    private <E> Map<String, Long> prefixed(String prefix, Map<E, Long> values) {
        var named = new java.util.LinkedHashMap<String, Long>();
        values.forEach((key, value) -> named.put(text(prefix + key), value));
        return named;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
