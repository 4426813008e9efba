package id.lentera.casework;

/**
 * What the caseload shows: by stage, risk, status (open by default), only those awaiting approval,
 * only those with no activity for {@link Casework#QUIET_DAYS} days.
 */
public record CaseFilter(Stage stage, RiskLevel risk, CaseStatus status, boolean awaitingApproval, boolean quiet) {

    public static CaseFilter openCases() {
        return new CaseFilter(null, null, CaseStatus.OPEN, false, false);
    }
}
