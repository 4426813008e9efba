package id.lentera.client;

import java.util.Collection;
import java.util.Map;

/**
 * A household's PKH verdict as a short code for list badges, supplied by the eligibility module
 * when it is there (the client module works without it: no badge). One query per call.
 */
public interface HouseholdVerdicts {

    /** Verdict codes by household id; households never evaluated are left out. */
    Map<Long, String> verdicts(Collection<Long> householdIds);
}
