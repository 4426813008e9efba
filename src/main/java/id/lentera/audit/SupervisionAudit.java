package id.lentera.audit;

import id.lentera.supervision.SupervisionActivity;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports and office-settings changes into the audit log, in the transaction that read the rows
 * or saved the change: who, what, with which filter, how many rows.
 */
@Component
@RequiredArgsConstructor
class SupervisionAudit {

    static final String CATEGORY = "SUPERVISION";

    private final AuditEntries entries;

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SupervisionActivity activity) {
        String detail = activity.rows() == null ? activity.detail()
                : (activity.detail() == null || activity.detail().isBlank() ? "" : activity.detail() + "; ")
                        + "rows=" + activity.rows();
        entries.save(new AuditEntry(activity.at(), CATEGORY, activity.kind(), activity.actor(), activity.target(),
                detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000)), null));
    }
}
