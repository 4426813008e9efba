package id.lentera.visit;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the worker records about a visit done.
 *
 * @param position null when the phone gave none; then {@code noPositionReason} says why
 * @param nextVisitOn when given, a planned visit is made for that day
 */
public record VisitReport(LocalDate visitedOn, LocalTime startedAt, VisitPlace place, String placeNote,
        String metWith, VisitPurpose purpose, String observations, String situation, String agreements,
        LocalDate nextVisitOn, GeoPosition position, String noPositionReason) {
}
