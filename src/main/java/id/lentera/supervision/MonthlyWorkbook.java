package id.lentera.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

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
            List<Column> columns = columns(report.figures());
            groups(workbook.newWorksheet(text("sup.report.sheet.teams")), "sup.report.team", report.byTeam(), columns);
            groups(workbook.newWorksheet(text("sup.report.sheet.kecamatan")), "sup.report.kecamatan",
                    report.byKecamatan(), columns);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One column of a group sheet: the figure it belongs to (first header row), its own header, its value. */
    private record Column(String figure, String header, Function<MonthlyReportData.Named, Long> value) {
    }

    /**
     * The group sheets' columns: the month's casework figures, then every dashboard figure's
     * categories, in the office figures' order (every category is present there).
     */
    private List<Column> columns(DashboardFigures office) {
        List<Column> columns = new ArrayList<>();
        String month = text("sup.report.month");
        columns.add(new Column(month, text("sup.report.openAtEnd"), n -> n.figures().openAtMonthEnd()));
        columns.add(new Column(month, text("sup.dash.opened"), n -> n.figures().opened()));
        columns.add(new Column(month, text("sup.dash.closed"), n -> n.figures().closed()));
        columns.add(new Column(month, text("sup.dash.visits"), MonthlyReportData.Named::visitsDone));
        columns.add(new Column(month, text("sup.report.registeredInMonth"),
                n -> n.dashboard() == null ? null : n.dashboard().registeredPerMonth().values().stream()
                        .mapToLong(Long::longValue).sum()));
        block(columns, "sup.dash.openByStage", "case.stage.", office.openByStage().keySet(), DashboardFigures::openByStage);
        block(columns, "sup.dash.registryMix", "sup.registry.", office.registryMix().keySet(),
                DashboardFigures::registryMix);
        block(columns, "sup.dash.pkhVerdicts", "sup.pkh.", office.pkhVerdicts().keySet(), DashboardFigures::pkhVerdicts);
        block(columns, "sup.dash.terminations", "case.terminationReason.", office.terminations().keySet(),
                DashboardFigures::terminations);
        block(columns, "sup.dash.barriers", "case.category.", office.barriers().keySet(), DashboardFigures::barriers);
        for (CategoryCount category : office.clientsByPpks()) {
            columns.add(new Column(text("sup.dash.ppks"),
                    "en".equals(locale.getLanguage()) ? category.nameEn() : category.name(),
                    n -> n.dashboard() == null ? null : n.dashboard().clientsByPpks().stream()
                            .filter(c -> c.code().equals(category.code())).mapToLong(CategoryCount::clients).sum()));
        }
        return columns;
    }

    private <K> void block(List<Column> columns, String figure, String prefix, java.util.Set<K> keys,
            Function<DashboardFigures, Map<K, Long>> values) {
        for (K key : keys) {
            columns.add(new Column(text(figure), text(prefix + key),
                    n -> n.dashboard() == null ? null : values.apply(n.dashboard()).getOrDefault(key, 0L)));
        }
    }

    private void groups(Worksheet sheet, String nameHeader, List<MonthlyReportData.Named> rows, List<Column> columns) {
        sheet.value(1, 0, text(nameHeader));
        sheet.style(1, 0).bold().set();
        String figure = null;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (!column.figure().equals(figure)) {
                figure = column.figure();
                sheet.value(0, c + 1, figure);
                sheet.style(0, c + 1).bold().set();
            }
            sheet.value(1, c + 1, column.header());
            sheet.style(1, c + 1).bold().wrapText(true).set();
        }
        int r = 2;
        for (MonthlyReportData.Named row : rows) {
            sheet.value(r, 0, row.name());
            for (int c = 0; c < columns.size(); c++) {
                Long value = columns.get(c).value().apply(row);
                if (value != null) {
                    sheet.value(r, c + 1, value);
                }
            }
            r++;
        }
        sheet.width(0, 35);
        sheet.freezePane(1, 2);
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
