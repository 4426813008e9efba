package id.lentera.eligibility;

import java.time.Instant;
import java.time.LocalDate;

import id.lentera.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One dated entry of a household's PKH participation; entries are added, never changed. */
@Entity
@Table(name = "pkh_participation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Participation extends AbstractEntity {

    private long householdId;
    @Enumerated(EnumType.STRING)
    private ParticipationStatus status;
    private LocalDate since;
    private Integer firstStage;
    private String note;
    private Instant recordedAt;
    private long recordedBy;

    Participation(long householdId, ParticipationStatus status, LocalDate since, Integer firstStage, String note,
            long recordedBy, Instant now) {
        this.householdId = householdId;
        this.status = status;
        this.since = since;
        // the tahap a participant started with; meaningless for the other statuses
        this.firstStage = status == ParticipationStatus.PARTICIPANT ? firstStage : null;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }
}
