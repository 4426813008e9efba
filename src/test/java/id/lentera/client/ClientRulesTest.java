package id.lentera.client;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The client record's rules that need no database. */
class ClientRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final HouseholdAddress ADDRESS = new HouseholdAddress(null, "Jl. Gatot Subroto", "001", "002",
            "12.75.05.1001");

    static ClientRecord record(String nik, NikMissingReason missing, LocalDate birthDate, Integer birthYear,
            String phone, Long income) {
        PersonFacts person = new PersonFacts("Sutrisno", nik, Sex.M, birthDate, birthYear, birthYear != null, null,
                MaternalStatus.NONE, null, null, TriState.UNKNOWN, null);
        ClientDetails details = new ClientDetails(null, missing, phone, Situation.HOME, null, null, null, null, income,
                null, null, null, false, false, Set.of());
        return new ClientRecord(person, details, Map.of(), null, null);
    }

    private static Map<String, String> check(ClientRecord record) {
        return ClientRules.check(record, HouseholdPlan.heading(ADDRESS), TODAY);
    }

    @Test
    void aPlainRecordWithoutNikButWithAReasonPasses() {
        assertThat(check(record(null, NikMissingReason.LOST, null, 1981, "0812-3456-7890", 0L))).isEmpty();
    }

    @Test
    void noNikNeedsAReason() {
        assertThat(check(record(null, null, null, 1981, null, null)))
                .containsEntry("nikMissingReason", "client.nikMissingReason.required");
    }

    @Test
    void malformedNikIsAnErrorOnTheField() {
        assertThat(check(record("1275053203810003", null, null, null, null, null)))
                .containsEntry("nik", "client.nik.problem.BAD_BIRTH_DATE");
        assertThat(check(record("12750512038", null, null, null, null, null)))
                .containsEntry("nik", "client.nik.problem.NOT_16_DIGITS");
        assertThat(check(record("1275051203810003", null, null, null, null, null))).isEmpty();
    }

    @Test
    void birthDateNotInTheFutureNorMoreThan120YearsAgo() {
        assertThat(check(record(null, NikMissingReason.LOST, TODAY.plusDays(1), null, null, null)))
                .containsEntry("birthDate", "client.birthDate.future");
        assertThat(check(record(null, NikMissingReason.LOST, TODAY.minusYears(120).minusDays(1), null, null, null)))
                .containsEntry("birthDate", "client.birthDate.tooOld");
        assertThat(check(record(null, NikMissingReason.LOST, TODAY.minusYears(120), null, null, null))).isEmpty();
        assertThat(check(record(null, NikMissingReason.LOST, TODAY, null, null, null))).isEmpty();
    }

    @Test
    void estimatedBirthYearLikewise() {
        assertThat(check(record(null, NikMissingReason.LOST, null, 2027, null, null)))
                .containsEntry("birthYear", "client.birthYear.future");
        assertThat(check(record(null, NikMissingReason.LOST, null, 1905, null, null)))
                .containsEntry("birthYear", "client.birthYear.tooOld");
        assertThat(check(record(null, NikMissingReason.LOST, null, 1906, null, null))).isEmpty();
        assertThat(check(record(null, NikMissingReason.LOST, null, 2026, null, null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "+6512345678", "0812abc"})
    void phoneMustBeIndonesian(String phone) {
        assertThat(check(record(null, NikMissingReason.LOST, null, null, phone, null)))
                .containsEntry("phone", "validation.phone");
    }

    @Test
    void incomeIsNeverNegative() {
        assertThat(check(record(null, NikMissingReason.LOST, null, null, null, -1L)))
                .containsEntry("incomePerMonth", "client.income.negative");
    }

    @Test
    void aNewHouseholdNeedsAKelurahanAndAWellFormedKkIfAny() {
        ClientRecord ok = record(null, NikMissingReason.LOST, null, null, null, null);
        assertThat(ClientRules.check(ok, HouseholdPlan.heading(new HouseholdAddress("9975051502180007", null, null,
                null, null)), TODAY))
                .containsEntry("kkNumber", "client.kk.invalid")
                .containsEntry("householdKelurahanCode", "client.kelurahan.required");
        assertThat(ClientRules.check(ok, HouseholdPlan.heading(new HouseholdAddress("1275051502180007", null, null,
                null, "12.75.05.1001")), TODAY)).isEmpty();
    }

    @Test
    void joiningNeedsAKkAndARelationshipOtherThanHead() {
        ClientRecord ok = record(null, NikMissingReason.LOST, null, null, null, null);
        assertThat(ClientRules.check(ok, HouseholdPlan.joining(null, null), TODAY))
                .containsEntry("joinKkNumber", "client.kk.invalid")
                .containsEntry("relationship", "client.relationship.required");
        assertThat(ClientRules.check(ok, HouseholdPlan.joining("1275051502180007", Relationship.HEAD), TODAY))
                .containsEntry("relationship", "client.relationship.notHead");
        assertThat(ClientRules.check(ok, HouseholdPlan.joining("1275051502180007", Relationship.CHILD), TODAY))
                .isEmpty();
    }

    @Test
    void noHouseholdNeedsNothingMore() {
        assertThat(ClientRules.check(record(null, NikMissingReason.UNKNOWN, null, null, null, null),
                HouseholdPlan.none(), TODAY)).isEmpty();
    }
}
