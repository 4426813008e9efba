package id.lentera.account;

import java.time.Duration;
import java.time.Instant;

import id.lentera.account.LockoutPolicy.Failures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LockoutPolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");
    private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private Failures fail(Failures before, int times, Duration apart, Instant start) {
        Failures failures = before;
        for (int i = 0; i < times; i++) {
            failures = policy.afterFailure(failures, start.plus(apart.multipliedBy(i)));
        }
        return failures;
    }

    @Test
    void fourFailuresDoNotLock() {
        Failures after = fail(Failures.NONE, 4, Duration.ofMinutes(1), T0);
        assertThat(after.count()).isEqualTo(4);
        assertThat(after.lockedAt(T0.plus(Duration.ofMinutes(4)))).isFalse();
    }

    @Test
    void fifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
        Failures after = fail(Failures.NONE, 5, Duration.ofMinutes(3), T0);
        Instant fifth = T0.plus(Duration.ofMinutes(12));
        assertThat(after.lockedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(15)));
        assertThat(after.lockedAt(fifth.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(after.lockedAt(fifth.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(after.count()).isZero();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        // four failures, then the fifth 15 minutes after the first: the window has closed
        Failures four = fail(Failures.NONE, 4, Duration.ofMinutes(1), T0);
        Failures after = policy.afterFailure(four, T0.plus(Duration.ofMinutes(15)));
        assertThat(after.lockedUntil()).isNull();
        assertThat(after.count()).isEqualTo(1);
        assertThat(after.windowStart()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    }

    @Test
    void fifthFailureOneSecondBeforeTheWindowClosesLocks() {
        Failures four = fail(Failures.NONE, 4, Duration.ofSeconds(10), T0);
        Failures after = policy.afterFailure(four, T0.plus(Duration.ofMinutes(15)).minusSeconds(1));
        assertThat(after.lockedUntil()).isNotNull();
    }

    @Test
    void accountReportsTheFailureThatLockedIt() {
        UserAccount account = new UserAccount("lina", T0);
        for (int i = 0; i < 4; i++) {
            assertThat(account.recordFailedSignIn(policy, T0.plusSeconds(i))).isFalse();
        }
        assertThat(account.recordFailedSignIn(policy, T0.plusSeconds(4))).isTrue();
        assertThat(account.isLocked(T0.plusSeconds(5))).isTrue();
        assertThat(account.isLocked(T0.plusSeconds(4).plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void signInAndUnlockClearTheCounters() {
        UserAccount account = new UserAccount("lina", T0);
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(policy, T0.plusSeconds(i));
        }
        account.unlock();
        assertThat(account.isLocked(T0.plusSeconds(6))).isFalse();
        assertThat(account.getFailedAttempts()).isZero();
        account.recordFailedSignIn(policy, T0.plusSeconds(7));
        account.recordSignIn(T0.plusSeconds(8));
        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.getLastLoginAt()).isEqualTo(T0.plusSeconds(8));
    }

    @Test
    void policyIsConfigurable() {
        LockoutPolicy strict = new LockoutPolicy(3, Duration.ofMinutes(5), Duration.ofHours(1));
        Failures after = Failures.NONE;
        for (int i = 0; i < 3; i++) {
            after = strict.afterFailure(after, T0.plusSeconds(i));
        }
        assertThat(after.lockedUntil()).isEqualTo(T0.plusSeconds(2).plus(Duration.ofHours(1)));
    }
}
