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

/** A worker asking the team's supervisor to approve the plan or the termination, and the answer. */
@Entity
@Table(name = "approval_request")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ApprovalRequest extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_file_id")
    private CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    private ApprovalKind kind;
    @Enumerated(EnumType.STRING)
    private ApprovalState state;
    private Long requestedBy;
    private Instant requestedAt;
    private Long decidedBy;
    private Instant decidedAt;
    private String comment;

    ApprovalRequest(CaseFile caseFile, ApprovalKind kind, long requestedBy, Instant requestedAt) {
        this.caseFile = caseFile;
        this.kind = kind;
        this.state = ApprovalState.PENDING;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    boolean pending() {
        return state == ApprovalState.PENDING;
    }

    void decide(boolean approve, long supervisor, Instant at, String comment) {
        this.state = approve ? ApprovalState.APPROVED : ApprovalState.RETURNED;
        this.decidedBy = supervisor;
        this.decidedAt = at;
        this.comment = comment;
    }
}
