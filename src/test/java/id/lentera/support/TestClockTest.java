package id.lentera.support;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests' clock is the application's, starts where CI asks it to, and the database sessions
 * count in the office's zone whatever the JVM's.
 */
@IntegrationTest
class TestClockTest {

    @Autowired
    Clock clock;

    @Autowired
    ZoneId officeZone;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theApplicationReadsTheSameClockAsTheFixtures() {
        assertThat(clock).isSameAs(TestClock.get());
        assertThat(officeZone).isEqualTo(TestClock.OFFICE_ZONE);
    }

    @Test
    void theClockStartsAtTheOfficeTimeCiAsksFor() {
        String start = System.getProperty(TestClock.START_PROPERTY, "");
        if (start.isBlank()) {
            assertThat(Duration.between(Clock.systemUTC().instant(), clock.instant()).abs())
                    .isLessThan(Duration.ofSeconds(5));
        } else {
            // the whole run takes minutes; an hour is room enough, across midnight too
            long minutesSinceStart = Duration.between(LocalTime.parse(start), LocalTime.now(clock)).toMinutes();
            assertThat(Math.floorMod(minutesSinceStart, 24 * 60)).isLessThan(60);
        }
    }

    @Test
    void theDatabaseSessionCountsDaysInTheOfficesZone() {
        assertThat(jdbc.queryForObject("show timezone", String.class)).isEqualTo(officeZone.getId());
    }

    @Test
    void movingTheClockMovesTheApplicationsToday() {
        try {
            LocalDate target = TestClock.today().plusDays(3);
            TestClock.get().startAt(target.atTime(0, 30));
            assertThat(LocalDate.now(clock)).isEqualTo(target);
            assertThat(LocalTime.now(clock)).isBetween(LocalTime.of(0, 30), LocalTime.of(0, 31));
        } finally {
            TestClock.get().reset();
        }
    }
}
