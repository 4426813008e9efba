package id.lentera.client;

import java.time.LocalDate;

import id.lentera.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/** Someone's place in a household: their relationship to the head, and when they joined and left. */
@Entity
@Table(name = "household_member")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class HouseholdMember extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id")
    private Household household;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    private Relationship relationship;

    private LocalDate joinedOn;
    private LocalDate leftOn;
    private String leftReason;

    HouseholdMember(Household household, Person person, Relationship relationship, LocalDate joinedOn) {
        this.household = household;
        this.person = person;
        this.relationship = relationship;
        this.joinedOn = joinedOn;
    }

    public boolean isCurrent() {
        return leftOn == null;
    }

    void relate(Relationship relationship) {
        this.relationship = relationship;
    }

    void leave(LocalDate on, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ClientRuleException("household.member.leaveReason");
        }
        this.leftOn = on;
        this.leftReason = reason.strip();
    }
}
