package id.lentera.casework;

import java.time.Instant;

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

/** A move from one stage to another: who, when, why. Never changed. */
@Entity
@Table(name = "stage_transition")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class StageTransition extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_file_id")
    private CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    private Stage fromStage;
    @Enumerated(EnumType.STRING)
    private Stage toStage;
    private Long movedBy;
    private Instant movedAt;
    private String reason;

    StageTransition(CaseFile caseFile, Stage fromStage, Stage toStage, long movedBy, Instant movedAt,
            String reason) {
        this.caseFile = caseFile;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.movedBy = movedBy;
        this.movedAt = movedAt;
        this.reason = reason;
    }

}
