package id.lentera.client;

import java.time.LocalDate;

import id.lentera.client.Nik.Mismatch;
import id.lentera.client.Nik.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NikTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void readsAMansNik() {
        Nik nik = new Nik("1275051203810003");
        assertThat(nik.sex()).isEqualTo(Sex.M);
        assertThat(nik.birthDate(TODAY)).isEqualTo(LocalDate.of(1981, 3, 12));
        assertThat(nik.kecamatanCode()).isEqualTo("12.75.05");
    }

    @Test
    void womenAddFortyToTheDay() {
        Nik nik = new Nik("1275055203940001");
        assertThat(nik.sex()).isEqualTo(Sex.F);
        assertThat(nik.birthDate(TODAY)).isEqualTo(LocalDate.of(1994, 3, 12));
    }

    @Test
    void twoDigitYearsNeverLieInTheFuture() {
        assertThat(new Nik("1275050101260001").birthDate(TODAY)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(new Nik("1275050112260001").birthDate(TODAY)).isEqualTo(LocalDate.of(1926, 12, 1));
        assertThat(new Nik("1275051508150001").birthDate(TODAY)).isEqualTo(LocalDate.of(2015, 8, 15));
    }

    @Test
    void leapDayIsAcceptedOnlyInALeapYear() {
        assertThat(Nik.problems("1275052902000001")).isEmpty();
        assertThat(Nik.problems("1275056902880001")).isEmpty();
        assertThat(Nik.problems("1275052902010001")).containsExactly(Problem.BAD_BIRTH_DATE);
    }

    @ParameterizedTest
    @CsvSource({
            "127505120381000, NOT_16_DIGITS",
            "12750512038100033, NOT_16_DIGITS",
            "12750512038100a3, NOT_16_DIGITS",
            "9975051203810003, UNKNOWN_REGION",
            "1270051203810003, UNKNOWN_REGION",
            "1275001203810003, BAD_KECAMATAN",
            "1275053203810003, BAD_BIRTH_DATE",
            "1275050003810003, BAD_BIRTH_DATE",
            "1275057203810003, BAD_BIRTH_DATE",
            "1275051213810003, BAD_BIRTH_DATE",
            "1275053002810003, BAD_BIRTH_DATE",
            "1275051203810000, BAD_SERIAL"
    })
    void reportsWhatIsMalformed(String candidate, Problem expected) {
        assertThat(Nik.problems(candidate)).contains(expected);
        assertThatThrownBy(() -> new Nik(candidate)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "abc"})
    void blankOrTextIsNotANik(String candidate) {
        assertThat(Nik.problems(candidate)).containsExactly(Problem.NOT_16_DIGITS);
        assertThat(Nik.parse(candidate)).isEmpty();
    }

    @Test
    void parseAcceptsSpacesAndDots() {
        assertThat(Nik.parse(" 1275 0512 0381 0003 ")).contains(new Nik("1275051203810003"));
        assertThat(Nik.parse("1275.0512.0381.0003")).contains(new Nik("1275051203810003"));
    }

    @Test
    void agreesWithMatchingRecordedFacts() {
        assertThat(new Nik("1275055203940001").mismatches(Sex.F, LocalDate.of(1994, 3, 12))).isEmpty();
        assertThat(new Nik("1275055203940001").mismatches(null, null)).isEmpty();
    }

    @Test
    void warnsWhenRecordedSexOrBirthDateDisagree() {
        Nik nik = new Nik("1275055203940001");
        assertThat(nik.mismatches(Sex.M, LocalDate.of(1994, 3, 12))).containsExactly(Mismatch.SEX);
        assertThat(nik.mismatches(Sex.F, LocalDate.of(1994, 3, 13))).containsExactly(Mismatch.BIRTH_DATE);
        assertThat(nik.mismatches(Sex.F, LocalDate.of(1894, 3, 12))).isEmpty();
        assertThat(nik.mismatches(Sex.M, LocalDate.of(1995, 3, 12))).containsExactly(Mismatch.SEX, Mismatch.BIRTH_DATE);
    }

    @Test
    void isMaskedInListsAndInToString() {
        Nik nik = new Nik("1275051203810003");
        assertThat(nik.masked()).isEqualTo("1275••••••••0003");
        assertThat(nik.toString()).isEqualTo("1275••••••••0003");
    }

    @Test
    void kkNeedsSixteenDigitsAndAKnownRegionPrefix() {
        assertThat(KkNumber.isValid("1275051502180007")).isTrue();
        assertThat(KkNumber.isValid("9975051502180007")).isFalse();
        assertThat(KkNumber.isValid("1200051502180007")).isFalse();
        assertThat(KkNumber.isValid("1275001502180007")).isFalse();
        assertThat(KkNumber.isValid("127505150218000")).isFalse();
        assertThat(KkNumber.isValid(null)).isFalse();
        assertThat(KkNumber.parse("1275 0515 0218 0007")).map(KkNumber::masked).contains("1275••••••••0007");
    }

    @Test
    void dayFortyOneIsAWomanBornOnTheFirstAndDayThirtyOneAMan() {
        Nik first = new Nik("1275054101900001");
        assertThat(first.sex()).isEqualTo(Sex.F);
        assertThat(first.birthDate(TODAY)).isEqualTo(LocalDate.of(1990, 1, 1));
        Nik last = new Nik("1275053101900001");
        assertThat(last.sex()).isEqualTo(Sex.M);
        assertThat(last.birthDate(TODAY)).isEqualTo(LocalDate.of(1990, 1, 31));
        assertThat(new Nik("1275057101900001").birthDate(TODAY)).isEqualTo(LocalDate.of(1990, 1, 31));
        assertThat(Nik.problems("1275054001900001")).containsExactly(Problem.BAD_BIRTH_DATE);
    }

    @Test
    void aWomansNikDisagreesWithARecordedManOnlyBySex() {
        Nik nik = new Nik("1275054101900001");
        assertThat(nik.mismatches(Sex.M, LocalDate.of(1990, 1, 1))).containsExactly(Mismatch.SEX);
        assertThat(nik.mismatches(Sex.F, LocalDate.of(1990, 1, 1))).isEmpty();
    }
}
