package id.lentera.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lockout after repeated failed sign-ins, and throttling by client address and overall.
 *
 * @param maxFailedAttempts failures within the window that lock the account
 * @param failureWindow how far back failures count (for accounts, addresses and overall)
 * @param lockDuration how long a locked account stays locked (an admin can unlock it sooner)
 * @param addressFreeFailures failures from one client address within the window before each further
 *        attempt from it must wait (an office behind one address shares this)
 * @param globalFreeFailures failures from all addresses together within the window before every
 *        further attempt must wait
 * @param firstDelay the wait after the first failure past a limit; it doubles with every further one
 * @param maxAddressDelay the longest wait for one address
 * @param maxGlobalDelay the longest wait overall
 * @param maxLastAdminDelay the longest wait for the last active admin, who is delayed, never locked
 */
@ConfigurationProperties("lentera.sign-in")
public record SignInProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("10") int addressFreeFailures,
        @DefaultValue("300") int globalFreeFailures,
        @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("60s") Duration maxAddressDelay,
        @DefaultValue("30s") Duration maxGlobalDelay,
        @DefaultValue("5m") Duration maxLastAdminDelay) {

    public SignInProperties {
        if (maxFailedAttempts < 1) {
            throw new IllegalArgumentException("max-failed-attempts must be at least 1");
        }
        if (addressFreeFailures < 0 || globalFreeFailures < 0) {
            throw new IllegalArgumentException("free failures must not be negative");
        }
    }

    /**
     * The wait before the next attempt after {@code failures} failures in the window, when
     * {@code free} of them cost nothing: 0 up to {@code free}, then the first delay, doubling, up to
     * {@code max}.
     */
    Duration delayAfter(int failures, int free, Duration max) {
        int beyond = failures - free;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        // 2^30 seconds is decades: any cap is reached long before the shift overflows
        Duration delay = firstDelay.multipliedBy(1L << Math.min(beyond - 1, 30));
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
