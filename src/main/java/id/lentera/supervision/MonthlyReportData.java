package id.lentera.supervision;

import java.time.YearMonth;
import java.util.List;

import id.lentera.casework.GroupFigures;

/**
 * The monthly office report: the office's letterhead, the month, the casework figures per team and
 * per kecamatan, and the dashboard's figures for the month over every team the user may read.
 */
public record MonthlyReportData(OfficeDetails office, YearMonth month, List<Named> byTeam, List<Named> byKecamatan,
        DashboardFigures figures) {

    /** A group's figures with the group's name. */
    public record Named(String name, GroupFigures figures) {
    }

    public long total(java.util.function.ToLongFunction<GroupFigures> figure) {
        return byTeam.stream().mapToLong(n -> figure.applyAsLong(n.figures())).sum();
    }
}
