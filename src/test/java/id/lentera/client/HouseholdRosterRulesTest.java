package id.lentera.client;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The roster's rules on the aggregate, without Spring: heads, deaths, relationships, estimated ages. */
class HouseholdRosterRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final Household household = new Household(new HouseholdAddress(null, "Jl. Samanhudi", "1", "2",
            "12.75.05.1001"), 1L, NOW);

    private static Person person(String name, Sex sex, LocalDate birthDate) {
        return new Person(new PersonFacts(name, null, sex, birthDate, null, false, null, MaternalStatus.NONE, null,
                null, TriState.UNKNOWN, null), 1L, NOW);
    }

    @Test
    void changingTheHeadKeepsExactlyOneHead() {
        HouseholdMember father = household.add(person("Bapak S", Sex.M, null), Relationship.HEAD, null);
        HouseholdMember mother = household.add(person("Ibu R", Sex.F, null), Relationship.SPOUSE, null);

        household.changeHead(mother, Relationship.SPOUSE);

        assertThat(household.head()).contains(mother);
        assertThat(father.getRelationship()).isEqualTo(Relationship.SPOUSE);
        assertThat(household.currentMembers()).filteredOn(m -> m.getRelationship() == Relationship.HEAD).hasSize(1);
    }

    @Test
    void theFormerHeadCannotStayHeadNorTheHeadBecomeHeadAgain() {
        HouseholdMember father = household.add(person("Bapak S", Sex.M, null), Relationship.HEAD, null);
        HouseholdMember son = household.add(person("Putra", Sex.M, null), Relationship.CHILD, null);
        assertThatThrownBy(() -> household.changeHead(son, Relationship.HEAD))
                .hasMessage("household.head.alreadyOne");
        assertThatThrownBy(() -> household.changeHead(father, Relationship.PARENT))
                .hasMessage("household.head.alreadyOne");
        assertThat(household.head()).contains(father);
    }

    @Test
    void aFormerMemberCannotBecomeHead() {
        household.add(person("Bapak S", Sex.M, null), Relationship.HEAD, null);
        HouseholdMember son = household.add(person("Putra", Sex.M, null), Relationship.CHILD, null);
        household.leave(son, TODAY, "Merantau");
        assertThatThrownBy(() -> household.changeHead(son, Relationship.PARENT))
                .hasMessage("household.member.notCurrent");
    }

    @Test
    void relationshipsChangeButNeverToOrFromHead() {
        HouseholdMember father = household.add(person("Bapak S", Sex.M, null), Relationship.HEAD, null);
        HouseholdMember niece = household.add(person("Keponakan", Sex.F, null), Relationship.OTHER, null);
        household.relate(niece, Relationship.CHILD);
        assertThat(niece.getRelationship()).isEqualTo(Relationship.CHILD);
        assertThatThrownBy(() -> household.relate(niece, Relationship.HEAD)).hasMessage("household.head.onlyByChange");
        assertThatThrownBy(() -> household.relate(father, Relationship.SPOUSE)).hasMessage("household.head.onlyByChange");
        household.relate(father, Relationship.HEAD);
    }

    @Test
    void aDeathIsRecordedOnceNotInTheFutureNorBeforeBirthAndTheMemberStays() {
        household.add(person("Bapak S", Sex.M, null), Relationship.HEAD, null);
        HouseholdMember grandmother = household.add(person("Nenek", Sex.F, LocalDate.of(1940, 3, 1)),
                Relationship.PARENT, null);

        assertThatThrownBy(() -> household.recordDeath(grandmother, TODAY.plusDays(1), TODAY))
                .hasMessage("member.death.future");
        assertThatThrownBy(() -> household.recordDeath(grandmother, LocalDate.of(1939, 1, 1), TODAY))
                .hasMessage("member.death.beforeBirth");
        household.recordDeath(grandmother, LocalDate.of(2026, 10, 5), TODAY);

        assertThat(grandmother.getPerson().getDeceasedOn()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(grandmother.getPerson().aliveOn(LocalDate.of(2026, 10, 4))).isTrue();
        assertThat(grandmother.getPerson().aliveOn(TODAY)).isFalse();
        assertThat(household.currentMembers()).contains(grandmother);
        assertThatThrownBy(() -> household.recordDeath(grandmother, TODAY, TODAY)).hasMessage("member.death.already");
    }

    @Test
    void aFormerMembersDeathIsNotRecordedHere() {
        household.add(person("Bapak S", Sex.M, null), Relationship.HEAD, null);
        HouseholdMember son = household.add(person("Putra", Sex.M, null), Relationship.CHILD, null);
        household.leave(son, TODAY, "Pindah");
        assertThatThrownBy(() -> household.recordDeath(son, TODAY, TODAY)).hasMessage("household.member.notCurrent");
    }

    @Test
    void anEstimatedBirthYearGivesAnApproximateAgeAsOfAnyDate() {
        Person street = new Person(PersonFacts.basic("Ucok", Sex.M, 2014), 1L, NOW);
        assertThat(street.isBirthYearEstimated()).isTrue();
        assertThat(street.ageOn(TODAY)).isEqualTo(new Age(12, true));
        assertThat(street.ageOn(LocalDate.of(2030, 1, 1))).isEqualTo(new Age(16, true));
        Person known = person("Siti", Sex.F, LocalDate.of(2014, 12, 1));
        assertThat(known.ageOn(TODAY)).isEqualTo(new Age(11, false));
    }
}
