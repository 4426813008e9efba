package id.lentera.supervision;

import java.util.List;

import id.lentera.account.TeamChoice;
import id.lentera.casework.WorkerFigures;

/**
 * The team page: the teams the user may pick, the chosen one, a row per active worker and one per
 * deactivated (or departed) worker who still holds open cases of the team, and the team's total;
 * the visit figures of the team's visits (those of its cases) for each and for all.
 */
public record TeamReview(List<TeamChoice> teams, TeamChoice team, List<Row> rows, WorkerFigures total,
        int quietDays, Visits totalVisits, java.time.LocalDate monthStart, java.time.LocalDate today) {

    /** A worker's (or the team's) planned visits overdue today and visits done this month. */
    public record Visits(long overdue, long doneThisMonth) {
    }

    /**
     * @param needsReassignment the worker has left (deactivated or moved to another team) but still
     *                          holds open cases of this team
     */
    public record Row(long workerId, String fullName, boolean active, WorkerFigures figures,
            boolean needsReassignment, Visits visits) {
    }
}
