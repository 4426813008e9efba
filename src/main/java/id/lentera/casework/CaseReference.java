package id.lentera.casework;

/**
 * A case as other modules need it to attach work to it (home visits): whose it is, and whether the
 * user may record work on it. Only handed out to those who may see the case.
 */
public record CaseReference(long caseId, String number, long clientId, Long householdId, long workerId, Long teamId,
        Stage stage, boolean open, boolean mayWork) {
}
