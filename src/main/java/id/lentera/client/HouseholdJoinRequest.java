package id.lentera.client;

import java.time.Instant;

import id.lentera.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A worker asks to put a newly registered client into a household they cannot see (found by its
 * KK number). A supervisor who sees the household accepts or refuses; until then the client is in
 * no household.
 */
@Entity
@Table(name = "household_join_request")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class HouseholdJoinRequest extends AbstractEntity {

    enum State { PENDING, ACCEPTED, REFUSED }

    private long householdId;
    private long clientId;
    @Enumerated(EnumType.STRING)
    private Relationship relationship;
    private long requestedBy;
    private Instant requestedAt;
    @Enumerated(EnumType.STRING)
    private State state;
    private Long decidedBy;
    private Instant decidedAt;
    private String comment;

    HouseholdJoinRequest(long householdId, long clientId, Relationship relationship, long requestedBy, Instant now) {
        if (relationship == null || relationship == Relationship.HEAD) {
            throw new ClientRuleException("household.head.alreadyOne");
        }
        this.householdId = householdId;
        this.clientId = clientId;
        this.relationship = relationship;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.state = State.PENDING;
    }

    void accept(long by, Instant now) {
        decide(State.ACCEPTED, by, null, now);
    }

    void refuse(long by, String comment, Instant now) {
        decide(State.REFUSED, by, comment, now);
    }

    private void decide(State outcome, long by, String comment, Instant now) {
        if (state != State.PENDING) {
            throw new ClientRuleException("household.join.alreadyDecided");
        }
        this.state = outcome;
        this.decidedBy = by;
        this.decidedAt = now;
        this.comment = comment;
    }
}
