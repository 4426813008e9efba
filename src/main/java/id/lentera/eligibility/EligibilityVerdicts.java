package id.lentera.eligibility;

import java.util.Collection;
import java.util.Map;

import id.lentera.client.HouseholdVerdicts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The badges of the client and case lists: each household's current verdict, one query per page. */
@Component
class EligibilityVerdicts implements HouseholdVerdicts {

    private final EligibilityStore store;

    EligibilityVerdicts(EligibilityStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> verdicts(Collection<Long> householdIds) {
        return store.verdicts(householdIds);
    }
}
