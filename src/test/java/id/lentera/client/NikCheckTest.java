package id.lentera.client;

import java.time.LocalDate;
import java.util.List;

import id.lentera.client.Nik.Mismatch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The warning rule both the client registration and the household roster use. */
class NikCheckTest {

    /** A woman born 12 March 1981. */
    private static final String NIK = "1275055203810003";
    private static final LocalDate BORN = LocalDate.of(1981, 3, 12);

    private static PersonFacts facts(String nik, Sex sex, LocalDate birthDate) {
        return new PersonFacts("Rina", nik, sex, birthDate, null, false, null, MaternalStatus.NONE, null, null,
                TriState.UNKNOWN, null);
    }

    @Test
    void aNikThatAgreesIsNeverHeldBackAndKeepsNoReason() {
        NikCheck check = NikCheck.of(facts(NIK, Sex.F, BORN), "ditulis saja");
        assertThat(check.mismatches()).isEmpty();
        assertThat(check.heldBack()).isFalse();
        assertThat(check.reasonToKeep()).isNull();
    }

    @Test
    void noNikNothingToCheck() {
        assertThat(NikCheck.of(facts(null, Sex.M, BORN), null).heldBack()).isFalse();
    }

    @Test
    void aDisagreementIsHeldBackUntilThereIsAReason() {
        PersonFacts man = facts(NIK, Sex.M, LocalDate.of(1981, 3, 13));
        assertThat(NikCheck.of(man, null).mismatches()).containsExactly(Mismatch.SEX, Mismatch.BIRTH_DATE);
        assertThat(NikCheck.of(man, null).heldBack()).isTrue();
        assertThat(NikCheck.of(man, "  \n ").heldBack()).isTrue();

        NikCheck explained = NikCheck.of(man, "  sesuai KTP-el ");
        assertThat(explained.heldBack()).isFalse();
        assertThat(explained.reasonToKeep()).isEqualTo("sesuai KTP-el");
    }

    @Test
    void onlyWhatIsRecordedIsCompared() {
        assertThat(NikCheck.of(facts(NIK, null, null), null).mismatches()).isEqualTo(List.of());
        assertThat(NikCheck.of(facts(NIK, Sex.F, null), null).mismatches()).isEmpty();
        assertThat(NikCheck.of(facts(NIK, null, BORN.plusYears(1)), null).mismatches())
                .containsExactly(Mismatch.BIRTH_DATE);
    }
}
