package id.lentera.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Deactivation, a reset by an admin or a new password of one's own delete the account's open
 * sessions from the session table once committed (all of them, or all but the person's own). The
 * check of every request ({@link SessionRevalidation}) would end them anyway; deleting them means
 * that nothing of theirs is left behind either.
 */
@Component
class SessionTermination {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionTermination(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(SessionsToEnd ending) {
        sessions.findByPrincipalName(ending.username()).keySet().stream()
                .filter(id -> !id.equals(ending.keepSessionId()))
                .forEach(sessions::deleteById);
    }
}
