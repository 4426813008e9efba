package id.lentera.casework;

import java.time.Instant;

/** What happens to cases, for the audit log, dashboards, client visibility and eligibility. */
public final class CaseEvents {

    private CaseEvents() {
    }

    public record CaseOpened(long caseId, long clientId, long workerId, Long teamId, Instant at) {
    }

    public record CaseStageChanged(long caseId, long clientId, Stage from, Stage to, long by, Instant at) {
    }

    public record CaseClosed(long caseId, long clientId, TerminationReason reason, Instant at) {
    }

    public record CaseReopened(long caseId, long clientId, long by, Instant at) {
    }

    public record CaseReassigned(long caseId, long clientId, long fromWorker, long toWorker, long by, Instant at) {
    }
}
