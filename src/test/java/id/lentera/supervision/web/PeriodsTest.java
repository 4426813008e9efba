package id.lentera.supervision.web;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the dashboard and report forms accept as a month and a kecamatan. */
class PeriodsTest {

    @Test
    void monthsAreIsoYearMonthsOfThisMillennium() {
        assertThat(Periods.month("2026-11")).isEqualTo(YearMonth.of(2026, 11));
        assertThat(Periods.month(" 2026-01 ")).isEqualTo(YearMonth.of(2026, 1));
        assertThat(Periods.month("2026-13")).isNull();
        assertThat(Periods.month("1999-12")).isNull();
        assertThat(Periods.month("11/2026")).isNull();
        assertThat(Periods.month("")).isNull();
        assertThat(Periods.month(null)).isNull();
    }

    @Test
    void kecamatanAreKemendagriCodesOfThreeParts() {
        assertThat(Periods.kecamatan("12.75.05")).isEqualTo("12.75.05");
        assertThat(Periods.kecamatan("12.75")).isNull();
        assertThat(Periods.kecamatan("12.75.05.1001")).isNull();
        assertThat(Periods.kecamatan("12.75.05%")).isNull();
        assertThat(Periods.kecamatan(null)).isNull();
    }
}
