package id.lentera.casework;

/**
 * What the caseload shows: by stage, risk, status (open by default), only those awaiting approval,
 * only those with no activity for {@code quietDays} days, only those of one responsible worker.
 *
 * @param workerId the responsible worker, or null for every case the user may see
 * @param teamId the case's team, or null for every case the user may see
 * @param quietDays what "no activity" means, in days (the supervision pages may be set otherwise than
 *                  {@link Casework#QUIET_DAYS})
 */
public record CaseFilter(Stage stage, RiskLevel risk, CaseStatus status, boolean awaitingApproval, boolean quiet,
        Long workerId, Long teamId, int quietDays) {

    public CaseFilter {
        if (quietDays < 1) {
            quietDays = Casework.QUIET_DAYS;
        }
    }

    public CaseFilter(Stage stage, RiskLevel risk, CaseStatus status, boolean awaitingApproval, boolean quiet) {
        this(stage, risk, status, awaitingApproval, quiet, null, null, Casework.QUIET_DAYS);
    }

    /**
     * The filter from the caseload's query parameters, as the supervision module's links and exports
     * send them too: {@code status} OPEN (default), CLOSED or ALL; {@code worker} narrows to one
     * responsible worker and {@code team} to one team (within what the user may see anyway); {@code quietDays} out of range is the default.
     */
    public static CaseFilter fromParameters(Stage stage, RiskLevel risk, String status, boolean awaiting,
            boolean quiet, Long worker, Long team, int quietDays) {
        CaseStatus caseStatus = "ALL".equals(status) ? null
                : "CLOSED".equals(status) ? CaseStatus.CLOSED : CaseStatus.OPEN;
        return new CaseFilter(stage, risk, caseStatus, awaiting, quiet, worker, team,
                quietDays >= 1 && quietDays <= 3650 ? quietDays : Casework.QUIET_DAYS);
    }

    public static CaseFilter openCases() {
        return new CaseFilter(null, null, CaseStatus.OPEN, false, false);
    }
}
