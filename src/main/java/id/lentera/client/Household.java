package id.lentera.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.lentera.shared.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/**
 * A keluarga: the people on one Kartu Keluarga, with exactly one current head. Members leave with a
 * date and a reason; nobody is removed.
 */
@Entity
@Table(name = "household")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Household extends AbstractEntity {

    private String kkNumber;
    private String street;
    private String rt;
    private String rw;
    private String kelurahanCode;
    private Instant createdAt;
    private Long createdBy;

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<HouseholdMember> members = new ArrayList<>();

    Household(HouseholdAddress address, long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        moveTo(address);
    }

    void moveTo(HouseholdAddress address) {
        this.kkNumber = address.kkNumber();
        this.street = address.street();
        this.rt = address.rt();
        this.rw = address.rw();
        this.kelurahanCode = address.kelurahanCode();
    }

    /** Adds someone; a household has exactly one current head, so a second head is refused. */
    HouseholdMember add(Person person, Relationship relationship, LocalDate joinedOn) {
        if (relationship == Relationship.HEAD && head().isPresent()) {
            throw new ClientRuleException("household.head.alreadyOne");
        }
        if (currentMembers().stream().anyMatch(m -> m.getPerson().equals(person))) {
            throw new ClientRuleException("household.member.alreadyIn");
        }
        HouseholdMember member = new HouseholdMember(this, person, relationship, joinedOn);
        members.add(member);
        return member;
    }

    /**
     * A member leaves (moved out, married out, died, ...). The head can only leave once someone
     * else has been made head.
     */
    void leave(HouseholdMember member, LocalDate on, String reason) {
        if (!members.contains(member) || !member.isCurrent()) {
            throw new ClientRuleException("household.member.notCurrent");
        }
        if (member.getRelationship() == Relationship.HEAD) {
            throw new ClientRuleException("household.head.cannotLeave");
        }
        member.leave(on, reason);
    }

    /** Changes a member's relationship to the head; who heads the household changes only by {@link #changeHead}. */
    void relate(HouseholdMember member, Relationship relationship) {
        if (!members.contains(member) || !member.isCurrent()) {
            throw new ClientRuleException("household.member.notCurrent");
        }
        if (relationship != member.getRelationship()
                && (relationship == Relationship.HEAD || member.getRelationship() == Relationship.HEAD)) {
            throw new ClientRuleException("household.head.onlyByChange");
        }
        member.relate(relationship);
    }

    /** Makes another current member head; the old head becomes {@code formerHeadNow}. */
    void changeHead(HouseholdMember newHead, Relationship formerHeadNow) {
        if (!newHead.isCurrent() || !members.contains(newHead)) {
            throw new ClientRuleException("household.member.notCurrent");
        }
        if (formerHeadNow == Relationship.HEAD || newHead.getRelationship() == Relationship.HEAD) {
            throw new ClientRuleException("household.head.alreadyOne");
        }
        head().ifPresent(old -> old.relate(formerHeadNow));
        newHead.relate(Relationship.HEAD);
    }

    /**
     * Records that a current member died. They stay on the roster, marked deceased, so the family's
     * record stays whole; whatever counts members (PKH) asks {@link Person#aliveOn}.
     */
    void recordDeath(HouseholdMember member, LocalDate on, LocalDate today) {
        if (!members.contains(member) || !member.isCurrent()) {
            throw new ClientRuleException("household.member.notCurrent");
        }
        Person person = member.getPerson();
        if (person.getDeceasedOn() != null) {
            throw new ClientRuleException("member.death.already");
        }
        if (on.isAfter(today)) {
            throw new ClientRuleException("member.death.future");
        }
        if (person.getBirthDate() != null && on.isBefore(person.getBirthDate())) {
            throw new ClientRuleException("member.death.beforeBirth");
        }
        person.recordDeath(on);
    }

    public List<HouseholdMember> currentMembers() {
        return members.stream().filter(HouseholdMember::isCurrent).toList();
    }

    public Optional<HouseholdMember> head() {
        return members.stream().filter(m -> m.isCurrent() && m.getRelationship() == Relationship.HEAD).findFirst();
    }
}
