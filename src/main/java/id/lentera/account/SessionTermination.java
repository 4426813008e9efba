package id.lentera.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** A deactivated person is signed out everywhere at once, not when their session expires. */
@Component
class SessionTermination {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionTermination(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(AccountActivity activity) {
        if (activity.kind() == AccountActivity.Kind.ACCOUNT_DEACTIVATED && activity.target() != null) {
            sessions.findByPrincipalName(activity.target()).keySet().forEach(sessions::deleteById);
        }
    }
}
