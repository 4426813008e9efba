package id.lentera.visit;

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

/** One field of a done visit as it was before a correction. */
@Entity
@Table(name = "home_visit_change")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class VisitChange extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_id")
    private HomeVisit visit;
    private String field;
    private String previousValue;
    private Long changedBy;
    private Instant changedAt;

    VisitChange(HomeVisit visit, String field, String previousValue, long changedBy, Instant changedAt) {
        this.visit = visit;
        this.field = field;
        this.previousValue = previousValue;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}
