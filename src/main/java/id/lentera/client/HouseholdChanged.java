package id.lentera.client;

import java.time.Instant;

/**
 * A household, its members, their facts or its registry status changed: whatever depends on who
 * lives there (PKH eligibility) should look again.
 */
public record HouseholdChanged(long householdId, Instant at) {
}
