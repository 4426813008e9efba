package id.lentera.supervision;

import java.util.List;

import id.lentera.account.TeamChoice;
import id.lentera.casework.WorkerFigures;

/**
 * The team page: the teams the user may pick, the chosen one, a row per active worker and one per
 * deactivated (or departed) worker who still holds open cases of the team, and the team's total.
 */
public record TeamReview(List<TeamChoice> teams, TeamChoice team, List<Row> rows, WorkerFigures total,
        int quietDays) {

    /**
     * @param needsReassignment the worker has left (deactivated or moved to another team) but still
     *                          holds open cases of this team
     */
    public record Row(long workerId, String fullName, boolean active, WorkerFigures figures,
            boolean needsReassignment) {
    }
}
