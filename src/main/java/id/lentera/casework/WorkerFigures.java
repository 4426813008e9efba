package id.lentera.casework;

import java.util.Map;

/**
 * One row of a team's caseload review: a worker's open cases (or the team's, {@code workerId}
 * null), per stage, waiting for approval, with no activity for the chosen number of days, and the
 * median days the open cases have been in their current stage (null without open cases).
 */
public record WorkerFigures(Long workerId, Map<Stage, Long> openByStage, long open, long awaitingApproval,
        long quiet, Double medianDaysInStage) {

    public boolean total() {
        return workerId == null;
    }
}
