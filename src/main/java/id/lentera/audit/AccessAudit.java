package id.lentera.audit;

import id.lentera.shared.ObjectRequestRefused;
import id.lentera.shared.PersonalDataViewed;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Views of personal data and refused requests for records into the audit log: one insert each,
 * written in the request that showed (or refused) the data. A view's entry is written before its
 * page is rendered, so a failure here stops the page rather than leave the view unrecorded.
 */
@Component
@RequiredArgsConstructor
class AccessAudit {

    /** A page, form, list or search that showed personal data. */
    static final String VIEW = "VIEW";

    /** A request for a record answered 403 or 404. */
    static final String REFUSED = "REFUSED";

    private final AuditEntries entries;

    @EventListener
    @Transactional
    void on(PersonalDataViewed viewed) {
        entries.save(new AuditEntry(viewed.at(), VIEW, viewed.action(), viewed.actor(), viewed.target(),
                clip(viewed.detail(), 1000), null));
    }

    @EventListener
    @Transactional
    void on(ObjectRequestRefused refused) {
        entries.save(new AuditEntry(refused.at(), REFUSED, "REFUSED_" + refused.status(), refused.actor(),
                clip(refused.path(), 200), clip(refused.route(), 1000), clip(refused.clientIp(), 45)));
    }

    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
