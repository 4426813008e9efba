package id.lentera.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

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

/** A rujukan: where the client was sent, why, when, and what came of it. */
@Entity
@Table(name = "referral")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Referral extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_file_id")
    private CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    private ReferralDestination destinationType;
    private String destinationName;
    private String reason;
    private LocalDate sentOn;
    private String outcome;
    private LocalDate outcomeOn;
    private Long recordedBy;
    private Instant recordedAt;

    Referral(CaseFile caseFile, ReferralDestination destinationType, String destinationName, String reason,
            LocalDate sentOn, long recordedBy, Instant recordedAt) {
        this.caseFile = caseFile;
        this.destinationType = destinationType;
        this.destinationName = destinationName;
        this.reason = reason;
        this.sentOn = sentOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    boolean sameAs(ReferralDestination destinationType, String destinationName, String reason, LocalDate sentOn) {
        return this.destinationType == destinationType && Objects.equals(this.destinationName, destinationName)
                && Objects.equals(this.reason, reason) && Objects.equals(this.sentOn, sentOn);
    }

    /** Who recorded it and when stay as they were: the correction itself is kept by the case. */
    void correct(ReferralDestination destinationType, String destinationName, String reason, LocalDate sentOn) {
        this.destinationType = destinationType;
        this.destinationName = destinationName;
        this.reason = reason;
        this.sentOn = sentOn;
    }

    void recordOutcome(String outcome, LocalDate on) {
        this.outcome = outcome;
        this.outcomeOn = on;
    }
}
