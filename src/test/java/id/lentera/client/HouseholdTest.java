package id.lentera.client;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HouseholdTest {

    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    private final Household household = new Household(new HouseholdAddress(null, "Jl. Gatot Subroto", "003", "001",
            "12.75.05.1001"), 1L, NOW);

    private static Person person(String name, Sex sex) {
        return new Person(PersonFacts.basic(name, sex, null), 1L, NOW);
    }

    @Test
    void hasExactlyOneHead() {
        household.add(person("Bapak S", Sex.M), Relationship.HEAD, null);
        assertThatThrownBy(() -> household.add(person("Another", Sex.M), Relationship.HEAD, null))
                .isInstanceOf(ClientRuleException.class).hasMessage("household.head.alreadyOne");
    }

    @Test
    void membersLeaveWithADateAndAReasonAndStayOnRecord() {
        household.add(person("Bapak S", Sex.M), Relationship.HEAD, null);
        HouseholdMember child = household.add(person("Anak", Sex.F), Relationship.CHILD, null);
        assertThatThrownBy(() -> household.leave(child, LocalDate.of(2026, 11, 1), " "))
                .isInstanceOf(ClientRuleException.class);
        household.leave(child, LocalDate.of(2026, 11, 1), "Menikah, ikut suami");
        assertThat(household.currentMembers()).hasSize(1);
        assertThat(household.getMembers()).hasSize(2);
        assertThat(child.getLeftReason()).isEqualTo("Menikah, ikut suami");
        assertThatThrownBy(() -> household.leave(child, LocalDate.of(2026, 11, 2), "again"))
                .isInstanceOf(ClientRuleException.class).hasMessage("household.member.notCurrent");
    }

    @Test
    void theHeadLeavesOnlyAfterAnotherBecomesHead() {
        HouseholdMember head = household.add(person("Bapak S", Sex.M), Relationship.HEAD, null);
        HouseholdMember son = household.add(person("Putra", Sex.M), Relationship.CHILD, null);
        assertThatThrownBy(() -> household.leave(head, LocalDate.of(2026, 11, 1), "Merantau"))
                .isInstanceOf(ClientRuleException.class).hasMessage("household.head.cannotLeave");
        household.changeHead(son, Relationship.PARENT);
        household.leave(head, LocalDate.of(2026, 11, 1), "Merantau");
        assertThat(household.head()).contains(son);
    }

    @Test
    void aPersonIsNotAddedTwice() {
        Person mother = person("Ibu", Sex.F);
        household.add(mother, Relationship.HEAD, null);
        assertThatThrownBy(() -> household.add(mother, Relationship.SPOUSE, null))
                .isInstanceOf(ClientRuleException.class);
    }
}
