package id.lentera.eligibility;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;

/**
 * Every household evaluated again as of today: ages cross thresholds (a child turns 7, a member
 * 70) and a new year's table takes effect without anything being saved. Runs once across instances.
 */
@Component
public class NightlyEvaluation {

    static final String LOCK = "pkh-nightly-evaluation";

    private final EligibilityCheck check;
    private volatile EligibilityCheck.Run lastRun;

    NightlyEvaluation(EligibilityCheck check) {
        this.check = check;
    }

    /** Skipped (returns at once) while another instance holds the lock. */
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    public void run() {
        lastRun = check.evaluateAll(check.today(), EligibilityCheck.Trigger.NIGHTLY);
    }

    /** The run of this instance that finished last; null before any. */
    public EligibilityCheck.Run lastRun() {
        return lastRun;
    }
}
