package id.lentera.casework;

import java.time.Instant;

/** A request waiting in a supervisor's queue. */
public record ApprovalRow(long caseId, String number, long clientId, long workerId, Stage stage, ApprovalKind kind,
        long requestedBy, Instant requestedAt, long caseVersion) {
}
