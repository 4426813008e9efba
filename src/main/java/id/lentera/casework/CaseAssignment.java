package id.lentera.casework;

import java.time.Instant;

import id.lentera.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** Who was made responsible for the case, by whom, when and why. Never changed. */
@Entity
@Table(name = "case_assignment")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CaseAssignment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_file_id")
    private CaseFile caseFile;

    private Long workerId;
    private Long assignedBy;
    private Instant assignedAt;
    private String reason;

    CaseAssignment(CaseFile caseFile, long workerId, long assignedBy, Instant assignedAt, String reason) {
        this.caseFile = caseFile;
        this.workerId = workerId;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
        this.reason = reason;
    }
}
