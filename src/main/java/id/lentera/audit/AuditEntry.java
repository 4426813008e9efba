package id.lentera.audit;

import java.time.Instant;

import id.lentera.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One line of the audit log. Written once, never changed. */
@Entity
@Table(name = "audit_entry")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AuditEntry extends AbstractEntity {

    private Instant occurredAt;
    private String category;
    private String action;
    private String actor;
    private String target;
    private String detail;
    private String clientIp;

    AuditEntry(Instant occurredAt, String category, String action, String actor, String target, String detail,
            String clientIp) {
        this.occurredAt = occurredAt;
        this.category = category;
        this.action = action;
        this.actor = actor;
        this.target = target;
        this.detail = detail;
        this.clientIp = clientIp;
    }
}
