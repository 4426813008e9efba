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

/** Something the worker did in the intervention, on a date, with its outcome. */
@Entity
@Table(name = "case_activity")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CaseActivity extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_file_id")
    private CaseFile caseFile;

    private LocalDate doneOn;
    @Enumerated(EnumType.STRING)
    private ActivityType type;
    private String description;
    private String outcome;
    private Long goalId;
    private Long recordedBy;
    private Instant recordedAt;

    CaseActivity(CaseFile caseFile, LocalDate doneOn, ActivityType type, String description, String outcome,
            Long goalId, long recordedBy, Instant recordedAt) {
        this.caseFile = caseFile;
        this.doneOn = doneOn;
        this.type = type;
        this.description = description;
        this.outcome = outcome;
        this.goalId = goalId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    boolean sameAs(LocalDate doneOn, ActivityType type, String description, String outcome, Long goalId) {
        return Objects.equals(this.doneOn, doneOn) && this.type == type && Objects.equals(this.description, description)
                && Objects.equals(this.outcome, outcome) && Objects.equals(this.goalId, goalId);
    }

    /** Who recorded it and when stay as they were: the correction itself is kept by the case. */
    void correct(LocalDate doneOn, ActivityType type, String description, String outcome, Long goalId) {
        this.doneOn = doneOn;
        this.type = type;
        this.description = description;
        this.outcome = outcome;
        this.goalId = goalId;
    }

}
