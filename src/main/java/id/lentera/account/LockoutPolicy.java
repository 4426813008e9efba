package id.lentera.account;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts failed sign-ins in a window that opens at the first failure; reaching the maximum within
 * the window locks the account for a while. Pure, so it is tested with any clock.
 */
record LockoutPolicy(int maxFailedAttempts, Duration failureWindow, Duration lockDuration) {

    LockoutPolicy {
        if (maxFailedAttempts < 1) {
            throw new IllegalArgumentException("maxFailedAttempts must be at least 1");
        }
    }

    /** The counters after one more failure at {@code now}. */
    Failures afterFailure(Failures before, Instant now) {
        boolean windowOpen = before.windowStart() != null
                && now.isBefore(before.windowStart().plus(failureWindow));
        int count = windowOpen ? before.count() + 1 : 1;
        Instant windowStart = windowOpen ? before.windowStart() : now;
        if (count >= maxFailedAttempts) {
            return new Failures(0, null, now.plus(lockDuration));
        }
        return new Failures(count, windowStart, before.lockedUntil());
    }

    static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * @param count failures in the current window
     * @param windowStart when the window opened, null when there were none
     * @param lockedUntil null when not locked
     */
    record Failures(int count, Instant windowStart, Instant lockedUntil) {

        static final Failures NONE = new Failures(0, null, null);

        boolean lockedAt(Instant now) {
            return isLocked(lockedUntil, now);
        }
    }
}
