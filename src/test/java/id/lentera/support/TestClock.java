package id.lentera.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The office's clock in tests: the application's {@code Clock} bean in every test context, and the
 * clock every fixture builds its dates from, so that test and code always agree on "today".
 *
 * <p>It ticks like the real clock, shifted by an offset. By default the offset is zero. With
 * {@code -Dlentera.test.office-time=23:30} it starts at 23:30 office time on today's office date,
 * which is how CI runs the date-sensitive tests close to midnight (see {@code .ci/run}). A test
 * may move it with {@link #startAt} and must {@link #reset} it afterwards.
 */
public final class TestClock extends Clock {

    /** The office zone of the tests: the default of {@code lentera.time-zone}. */
    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Jakarta");

    /** System property: the office time of day the clock starts at, {@code HH:mm}. */
    public static final String START_PROPERTY = "lentera.test.office-time";

    private static final TestClock INSTANCE = new TestClock();

    private final Duration initialOffset;
    private volatile Duration offset;

    private TestClock() {
        String start = System.getProperty(START_PROPERTY, "").trim();
        this.initialOffset = start.isEmpty() ? Duration.ZERO : offsetTo(LocalDate.now(Clock.system(OFFICE_ZONE))
                .atTime(LocalTime.parse(start)));
        this.offset = initialOffset;
    }

    public static TestClock get() {
        return INSTANCE;
    }

    /** The office's date now. */
    public static LocalDate today() {
        return LocalDate.now(INSTANCE);
    }

    /** The office's month now. */
    public static YearMonth thisMonth() {
        return YearMonth.now(INSTANCE);
    }

    /** Moves the clock so that it reads {@code officeTime} now (and ticks on from there). */
    public void startAt(LocalDateTime officeTime) {
        offset = offsetTo(officeTime);
    }

    /** Back to where the run started it. */
    public void reset() {
        offset = initialOffset;
    }

    private static Duration offsetTo(LocalDateTime officeTime) {
        return Duration.between(Instant.now(), officeTime.atZone(OFFICE_ZONE).toInstant());
    }

    @Override
    public ZoneId getZone() {
        return OFFICE_ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(OFFICE_ZONE) ? this : Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public String toString() {
        return "TestClock[" + OFFICE_ZONE + ", offset " + offset + "]";
    }
}
