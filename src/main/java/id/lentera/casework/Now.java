package id.lentera.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The moment something is recorded, and the office's date at that moment (offices in WIB, WITA
 * and WIT see different dates at the same instant).
 */
public record Now(Instant instant, LocalDate today) {

    public static Now of(Clock clock) {
        return new Now(clock.instant(), LocalDate.now(clock));
    }
}
