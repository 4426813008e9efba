package id.lentera.visit;

import java.time.Instant;
import java.time.LocalDate;

/** A home visit was saved as done (dashboards, audit, supervision listen). */
public record VisitRecorded(long visitId, long caseId, long clientId, Long householdId, long workerId,
        LocalDate visitedOn, boolean housingSurveyed, Instant at) {
}
