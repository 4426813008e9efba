package id.lentera.client;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Believable facts about a household member, without Spring. */
class PersonFactsRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static PersonFacts facts(String nik, Sex sex, LocalDate birthDate, Integer birthYear,
            MaternalStatus maternal, LocalDate delivery, TriState disability, String disabilityType) {
        return new PersonFacts("Siti", nik, sex, birthDate, birthYear, birthYear != null, null, maternal, delivery,
                Schooling.SD, disability, disabilityType);
    }

    private static java.util.List<FieldProblem> check(PersonFacts facts) {
        return PersonFactsRules.check(facts, TODAY);
    }

    @Test
    void acceptsSomeoneWithNothingButANameAndSex() {
        assertThat(check(PersonFacts.basic("Anak", Sex.M, null))).isEmpty();
    }

    @Test
    void birthDatesAreNeitherInTheFutureNorMoreThan120YearsAgo() {
        assertThat(check(facts(null, Sex.F, TODAY.plusDays(1), null, null, null, TriState.NO, null)))
                .containsExactly(new FieldProblem("birthDate", "member.birthDate.future"));
        assertThat(check(facts(null, Sex.F, TODAY.minusYears(121), null, null, null, TriState.NO, null)))
                .containsExactly(new FieldProblem("birthDate", "member.birthDate.tooOld"));
        assertThat(check(facts(null, Sex.F, TODAY, null, null, null, TriState.NO, null))).isEmpty();
        assertThat(check(facts(null, Sex.F, null, 2027, null, null, TriState.NO, null)))
                .containsExactly(new FieldProblem("birthYear", "member.birthYear.range"));
        assertThat(check(facts(null, Sex.F, null, 1900, null, null, TriState.NO, null)))
                .containsExactly(new FieldProblem("birthYear", "member.birthYear.range"));
    }

    @Test
    void onlyWomenArePregnantAndTheDeliveryDateIsSensible() {
        assertThat(check(facts(null, Sex.M, null, 1990, MaternalStatus.PREGNANT, TODAY.plusMonths(2), TriState.NO, null)))
                .containsExactly(new FieldProblem("maternalStatus", "member.maternal.womenOnly"));
        assertThat(check(facts(null, Sex.F, null, 1990, MaternalStatus.PREGNANT, null, TriState.NO, null)))
                .containsExactly(new FieldProblem("deliveryDate", "member.deliveryDate.required"));
        assertThat(check(facts(null, Sex.F, null, 1990, MaternalStatus.PREGNANT, TODAY.minusDays(1), TriState.NO, null)))
                .containsExactly(new FieldProblem("deliveryDate", "member.deliveryDate.expected"));
        assertThat(check(facts(null, Sex.F, null, 1990, MaternalStatus.PREGNANT, TODAY.plusMonths(11), TriState.NO, null)))
                .containsExactly(new FieldProblem("deliveryDate", "member.deliveryDate.expected"));
        assertThat(check(facts(null, Sex.F, null, 1990, MaternalStatus.PREGNANT, TODAY.plusMonths(3), TriState.NO, null)))
                .isEmpty();
        assertThat(check(facts(null, Sex.F, null, 1990, MaternalStatus.POSTPARTUM, TODAY.plusDays(1), TriState.NO, null)))
                .containsExactly(new FieldProblem("deliveryDate", "member.deliveryDate.actual"));
        assertThat(check(facts(null, Sex.F, null, 1990, MaternalStatus.POSTPARTUM, TODAY.minusWeeks(3), TriState.NO, null)))
                .isEmpty();
    }

    @Test
    void aMalformedNikAndAnUndescribedDisabilityAreRefused() {
        assertThat(check(facts("12345", Sex.F, null, null, null, null, TriState.NO, null)))
                .containsExactly(new FieldProblem("nik", "member.nik.invalid"));
        assertThat(check(facts("1275054101900003", Sex.F, null, null, null, null, TriState.NO, null))).isEmpty();
        assertThat(check(facts(null, Sex.F, null, null, null, null, TriState.YES, " ")))
                .containsExactly(new FieldProblem("disabilityType", "member.disabilityType.required"));
    }
}
