package id.lentera.visit;

import java.time.LocalDate;

/** A visit as the filtered visit list shows it. */
public record VisitListRow(long visitId, long caseId, long clientId, long workerId, VisitStatus status,
        LocalDate scheduledOn, LocalDate visitedOn, VisitPurpose purpose) {
}
