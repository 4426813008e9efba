package id.lentera.casework;

import java.time.Instant;

/** One line of the caseload; names are added from the client and account modules. */
public record CaseRow(long id, String number, long clientId, long workerId, Stage stage, Instant stageSince,
        CaseStatus status, RiskLevel riskLevel, Instant lastActivityAt, boolean awaitingApproval) {
}
