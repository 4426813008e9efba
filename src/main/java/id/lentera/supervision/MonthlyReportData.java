package id.lentera.supervision;

import java.time.YearMonth;
import java.util.List;

import id.lentera.casework.GroupFigures;

/**
 * The monthly office report: the office's letterhead, the month, the dashboard's figures for the
 * month over every team the user may read, and the same per team and per kecamatan (where the
 * clients live), each group with its casework figures of the month.
 */
public record MonthlyReportData(OfficeDetails office, YearMonth month, List<Named> byTeam, List<Named> byKecamatan,
        DashboardFigures figures) {

    /**
     * A group's figures with the group's name: the month's casework figures, the dashboard's for
     * the group (null for cases of clients without a known kecamatan), and the visits done by the
     * team's cases in the month (null for a kecamatan: visits belong to teams, not places).
     */
    public record Named(String name, GroupFigures figures, DashboardFigures dashboard, Long visitsDone) {
    }

    public long total(java.util.function.ToLongFunction<GroupFigures> figure) {
        return byTeam.stream().mapToLong(n -> figure.applyAsLong(n.figures())).sum();
    }
}
