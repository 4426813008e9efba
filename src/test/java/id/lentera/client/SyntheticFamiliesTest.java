package id.lentera.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthetic family model, without Spring: numbers that validate, rosters that look like families. */
class SyntheticFamiliesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final List<String> KELURAHAN = List.of("12.75.05.1001", "12.75.01.1007", "12.75.03.1002");
    private static final Map<String, Integer> PPKS = Map.of("FAKIR_MISKIN", 24, "LANSIA_TELANTAR", 8,
            "PENYANDANG_DISABILITAS", 9, "ANAK_DISABILITAS", 5, "ANAK_TELANTAR", 2);

    @Test
    void nikDigitsFollowSexBirthDateAndKecamatanAndSkipReservedSerials() {
        SyntheticFamilies families = new SyntheticFamilies(1, TODAY);
        families.reserveSerial("127505" + "450388", 17);

        String nik = families.nik("12.75.05", Sex.F, LocalDate.of(1988, 3, 5));

        assertThat(nik).isEqualTo("1275054503880018");
        assertThat(Nik.problems(nik)).isEmpty();
        assertThat(new Nik(nik).mismatches(Sex.F, LocalDate.of(1988, 3, 5))).isEmpty();
        assertThat(new Nik(nik).kecamatanCode()).isEqualTo("12.75.05");
        assertThat(families.nik("12.75.05", Sex.M, LocalDate.of(1988, 3, 5))).isEqualTo("1275050503880001");
        assertThat(KkNumber.isValid(families.kk("12.75.01", LocalDate.of(2015, 7, 20)))).isTrue();
    }

    @Test
    void familiesHaveOneCurrentHeadValidUniqueNumbersAndAboutSeventyPercentWithNik() {
        SyntheticFamilies families = new SyntheticFamilies(42, TODAY);
        Set<String> niks = new HashSet<>();
        Set<String> kks = new HashSet<>();
        List<Integer> sizes = new ArrayList<>();
        int persons = 0;
        int withNik = 0;
        Set<String> shapes = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            SyntheticFamilies.Family family = families.next(KELURAHAN, PPKS);
            assertThat(family.members().stream().filter(m -> m.relationship() == Relationship.HEAD && m.leftOn() == null))
                    .hasSize(1);
            assertThat(family.clientMember().leftOn()).isNull();
            assertThat(KELURAHAN).contains(family.kelurahanCode());
            assertThat(PPKS.keySet()).containsAll(family.client().ppksCodes());
            if (family.kkNumber() != null) {
                assertThat(KkNumber.isValid(family.kkNumber())).isTrue();
                assertThat(kks.add(family.kkNumber())).isTrue();
            }
            for (SyntheticFamilies.Member m : family.members()) {
                persons++;
                if (m.nik() != null) {
                    withNik++;
                    assertThat(Nik.problems(m.nik())).isEmpty();
                    assertThat(new Nik(m.nik()).mismatches(m.sex(), m.birthDate())).isEmpty();
                    assertThat(niks.add(m.nik())).isTrue();
                }
                if (m.maternalStatus() != MaternalStatus.NONE) {
                    assertThat(m.sex()).isEqualTo(Sex.F);
                    shapes.add("pregnant");
                }
                if (m.relationship() == Relationship.PARENT && m.birthDate() != null
                        && m.birthDate().isBefore(TODAY.minusYears(70))) {
                    shapes.add("parent over 70");
                }
                if (m.leftOn() != null) {
                    shapes.add("left");
                }
                if (m.severeDisability() == TriState.YES) {
                    shapes.add("severe disability");
                }
            }
            sizes.add(family.members().size());
        }
        assertThat((double) withNik / persons).isBetween(0.62, 0.78);
        assertThat(sizes).contains(1, 2, 3, 4, 5, 6);
        assertThat(shapes).contains("parent over 70", "pregnant", "left", "severe disability");
    }
}
