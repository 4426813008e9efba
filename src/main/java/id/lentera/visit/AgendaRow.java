package id.lentera.visit;

import java.time.LocalDate;
import java.time.LocalTime;

/** A planned visit as the agenda lists it. */
public record AgendaRow(long visitId, long caseId, long clientId, Long householdId, long workerId,
        LocalDate scheduledOn, LocalTime scheduledTime, VisitPurpose purpose, String planNote) {

    public boolean overdue(LocalDate today) {
        return scheduledOn.isBefore(today);
    }
}
