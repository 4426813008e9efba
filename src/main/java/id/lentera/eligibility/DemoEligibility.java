package id.lentera.eligibility;

import id.lentera.shared.DatabaseMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the embedded (demo) database, evaluates every household at start-up, after the demo clients,
 * the generator and the demo cases, so that panels, badges and the map have something to show.
 */
@Component
@Order(40)
class DemoEligibility implements ApplicationRunner {

    private final DatabaseMode mode;
    private final EligibilityCheck check;

    DemoEligibility(DatabaseMode mode, EligibilityCheck check) {
        this.mode = mode;
        this.check = check;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (mode.embedded()) {
            check.evaluateAll(check.today(), EligibilityCheck.Trigger.STARTUP);
        }
    }
}
