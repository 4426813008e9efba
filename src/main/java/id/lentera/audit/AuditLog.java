package id.lentera.audit;

import java.util.List;

import id.lentera.account.AccountActivity;
import id.lentera.client.ClientActivity;
import id.lentera.region.RegionsImported;
import id.lentera.shared.LikePatterns;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log and reads it for the admin. Entries are written in the transaction of the
 * action they record, so an action and its entry are committed together or not at all.
 */
@Service
@RequiredArgsConstructor
public class AuditLog {

    /** Openings, registrations and changes of client records. */
    static final String CLIENT = "CLIENT";

    /** The kinds of entry the admin can filter by. */
    public static final List<String> CATEGORIES = List.of(
            AccountActivity.Category.SIGN_IN.name(), AccountActivity.Category.ADMIN.name(), CLIENT,
            AccessAudit.VIEW, AccessAudit.REFUSED, SupervisionAudit.CATEGORY);

    private final AuditEntries entries;

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountActivity activity) {
        entries.save(new AuditEntry(activity.at(), activity.kind().category().name(), activity.kind().name(),
                activity.actor(), activity.target(), activity.detail(), activity.clientIp()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RegionsImported imported) {
        entries.save(new AuditEntry(imported.at(), AccountActivity.Category.ADMIN.name(),
                imported.applied() ? "REGIONS_IMPORTED" : "REGIONS_IMPORT_REJECTED", imported.actor(),
                imported.fileName(), imported.summary(), null));
    }

    /**
     * Every opening, registration and change of a client record: who, when, which client (by id;
     * never a NIK or a name). Same transaction as the action, so a view is never left unlogged.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ClientActivity activity) {
        entries.save(new AuditEntry(activity.at(), CLIENT, activity.kind().name(), activity.actor(),
                "#" + activity.clientId(), null, null));
    }

    /**
     * @param category one of {@link #CATEGORIES}, or null for all
     * @param text part of the actor's or target's name, or blank
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(String category, String text, Pageable pageable) {
        return entries.search(category, LikePatterns.contains(text), pageable);
    }
}
