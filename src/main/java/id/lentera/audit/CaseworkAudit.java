package id.lentera.audit;

import java.time.Instant;

import id.lentera.casework.CaseEvents.CaseClosed;
import id.lentera.casework.CaseEvents.CaseOpened;
import id.lentera.casework.CaseEvents.CaseReassigned;
import id.lentera.casework.CaseEvents.CaseReopened;
import id.lentera.casework.CaseEvents.CaseStageChanged;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case events into the audit log, in the transaction of the change (a move and its entry commit
 * together). The target is the case id only: case numbers and client names stay out of the log.
 */
@Component
@RequiredArgsConstructor
class CaseworkAudit {

    static final String CATEGORY = "CASE";

    private final AuditEntries entries;

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseOpened event) {
        write(event.at(), "CASE_OPENED", event.caseId(), null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseStageChanged event) {
        write(event.at(), "CASE_STAGE_CHANGED", event.caseId(), event.from() + " -> " + event.to());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseClosed event) {
        write(event.at(), "CASE_CLOSED", event.caseId(), String.valueOf(event.reason()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseReopened event) {
        write(event.at(), "CASE_REOPENED", event.caseId(), null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseReassigned event) {
        write(event.at(), "CASE_REASSIGNED", event.caseId(), "account " + event.fromWorker() + " -> " + event.toWorker());
    }

    private void write(Instant at, String action, long caseId, String detail) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor = authentication == null ? "system" : authentication.getName();
        entries.save(new AuditEntry(at, CATEGORY, action, actor, "case " + caseId, detail, null));
    }
}
