package id.lentera.client;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgeTest {

    @Test
    void turnsOlderOnTheBirthdayNotTheDayBefore() {
        LocalDate born = LocalDate.of(2019, 11, 22);
        assertThat(Age.asOf(born, null, LocalDate.of(2026, 11, 21))).isEqualTo(new Age(6, false));
        assertThat(Age.asOf(born, null, LocalDate.of(2026, 11, 22))).isEqualTo(new Age(7, false));
    }

    @Test
    void leapDayBirthdaysComeOnTheFirstOfMarchInOtherYears() {
        LocalDate born = LocalDate.of(2020, 2, 29);
        assertThat(Age.asOf(born, null, LocalDate.of(2025, 2, 28)).years()).isEqualTo(4);
        assertThat(Age.asOf(born, null, LocalDate.of(2025, 3, 1)).years()).isEqualTo(5);
        assertThat(Age.asOf(born, null, LocalDate.of(2028, 2, 29)).years()).isEqualTo(8);
    }

    @Test
    void estimatedBirthYearGivesAnApproximateAge() {
        assertThat(Age.asOf(null, 1981, LocalDate.of(2026, 11, 22))).isEqualTo(new Age(45, true));
        assertThat(Age.asOf(null, 1981, LocalDate.of(2026, 1, 1))).isEqualTo(new Age(45, true));
    }

    @Test
    void unknownBirthGivesNoAge() {
        assertThat(Age.asOf(null, null, LocalDate.of(2026, 11, 22))).isNull();
    }

    @Test
    void aDateBeforeBirthGivesNoAge() {
        assertThat(Age.asOf(LocalDate.of(2026, 12, 1), null, LocalDate.of(2026, 11, 22))).isNull();
        assertThat(Age.asOf(null, 2027, LocalDate.of(2026, 11, 22))).isNull();
    }

    @Test
    void newbornIsZero() {
        assertThat(Age.asOf(LocalDate.of(2026, 11, 22), null, LocalDate.of(2026, 11, 22))).isEqualTo(new Age(0, false));
    }
}
