package id.lentera.eligibility;

import java.util.List;

import id.lentera.client.HouseholdChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A household changed: evaluate it again at once, after the change is committed, so that the page
 * the worker is sent back to already shows the new result. A failure here must not undo the
 * worker's save; the nightly run catches up.
 */
@Component
class HouseholdChangeListener {

    private static final Logger log = LoggerFactory.getLogger(HouseholdChangeListener.class);

    private final EligibilityCheck check;

    HouseholdChangeListener(EligibilityCheck check) {
        this.check = check;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(HouseholdChanged event) {
        try {
            check.evaluate(List.of(event.householdId()), check.today(), EligibilityCheck.Trigger.CHANGE);
        } catch (RuntimeException e) {
            log.warn("Household {} not re-evaluated; the nightly run will: {}", event.householdId(), e.toString());
        }
    }
}
