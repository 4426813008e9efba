package id.lentera.supervision;

import java.time.LocalDate;

import id.lentera.casework.CaseFilter;
import id.lentera.casework.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The supervision module's small rules, without Spring. */
class SupervisionRulesTest {

    @Test
    void referralLetterNumbersCarryTheRegisterNumberAndTheMonthInRomanNumerals() {
        assertThat(ReferralLetters.number(" 400.9 ", 57, LocalDate.of(2026, 11, 30))).isEqualTo("400.9/57/REHSOS/XI/2026");
        assertThat(ReferralLetters.number("470", 1, LocalDate.of(2027, 4, 1))).isEqualTo("470/1/REHSOS/IV/2027");
    }

    @Test
    void officeChangesNameTheFieldsThatChangedAndStoreBlanksAsNothing() {
        OfficeSettings office = new OfficeSettings();
        OfficeDetails first = new OfficeDetails("Dinas Sosial", "Binjai", "PEMERINTAH", null, null, "Binjai", null, null,
                "Kepala", "400.9");
        assertThat(office.change(first)).contains("officeName", "address", "letterNumberPrefix")
                .doesNotContain("headName", "letterheadLine2");
        assertThat(office.change(first)).isEmpty();
        assertThat(office.change(new OfficeDetails(" Dinas Sosial ", "Binjai", "PEMERINTAH", "  ", null, "Binjai",
                "Nama", "197001011990031002", "Kepala", "400.9"))).containsExactly("headName", "headNip");
        assertThat(office.getLetterheadLine2()).isNull();
        assertThat(office.details().letterhead()).containsExactly("PEMERINTAH");
    }

    @Test
    void theAuditLogKeepsTheExportFilterAsParametersOnly() {
        assertThat(Exports.describe(new CaseFilter(Stage.PLANNING, null, null, true, true, 7L, 3L, 45)))
                .isEqualTo("stage=PLANNING status=ALL awaiting=true quietDays=45 worker=7 team=3");
        assertThat(Exports.describe(CaseFilter.openCases())).isEqualTo("status=OPEN");
    }

    @Test
    void unknownQuietDaysFallBackToTheDefault() {
        assertThat(CaseFilter.fromParameters(null, null, null, false, true, null, null, 0).quietDays()).isEqualTo(30);
        assertThat(CaseFilter.fromParameters(null, null, "CLOSED", false, true, null, null, 90).quietDays()).isEqualTo(90);
        assertThat(new SupervisionProperties(null, -1).quietDays()).isEqualTo(30);
        assertThat(new SupervisionProperties(null, -1).exportBatchSize()).isEqualTo(1000);
    }
}
