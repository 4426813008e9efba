package id.lentera.account;

import java.time.Clock;
import java.time.Instant;

import id.lentera.account.AccountActivity.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a sign-in and records it: throttling by client address and overall
 * ({@link SignInThrottle}), the failure count and lock on the account ({@link SignInCounters}), and
 * an {@link AccountActivity} for the audit log. Failures are committed although an exception
 * leaves. What the user is told never says whether the username exists. The last active admin is
 * never locked, only delayed, so that nobody can lock every admin out.
 */
@Service
class SignIns {

    private static final int MAX_LOGGED_NAME = 50;

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignInProperties properties;
    private final SignInThrottle throttle;
    private final SignInCounters counters;
    private final String dummyHash;

    SignIns(Accounts accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock,
            SignInProperties properties, SignInThrottle throttle, SignInCounters counters) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
        this.throttle = throttle;
        this.counters = counters;
        // compared against when the username is unknown, so that both cases take as long
        this.dummyHash = passwordEncoder.encode("no such account, no such password");
    }

    @Transactional(noRollbackFor = AuthenticationException.class)
    public CurrentUser signIn(String typedUsername, String password, String clientIp) {
        Instant now = clock.instant();
        String username = typedUsername == null ? "" : typedUsername.strip();
        refuseIfThrottled(username, clientIp, now);
        UserAccount account = accounts.findByUsernameIgnoreCase(username).orElse(null);
        if (account == null) {
            passwordEncoder.matches(password, dummyHash);
            record(Kind.SIGN_IN_FAILED, username, "unknown username", clientIp);
            throttle(username, clientIp, now);
            throw new BadCredentialsException("bad credentials");
        }
        boolean passwordMatches = passwordEncoder.matches(password, account.getPasswordHash());
        if (account.isLocked(now)) {
            record(Kind.SIGN_IN_REFUSED, account.getUsername(), "locked", clientIp);
            throttle(account.getUsername(), clientIp, now);
            throw new LockedException("locked");
        }
        if (account.isDelayed(now)) {
            record(Kind.SIGN_IN_REFUSED, account.getUsername(), "delayed until " + account.getSignInDelayedUntil(),
                    clientIp);
            throttle(username, clientIp, now);
            throw new LockedException("delayed");
        }
        if (!account.isActive()) {
            record(Kind.SIGN_IN_REFUSED, account.getUsername(), "deactivated", clientIp);
            throttle(username, clientIp, now);
            throw new DisabledException("deactivated");
        }
        if (!passwordMatches) {
            recordFailure(account, "wrong password", clientIp, now);
            throw new BadCredentialsException("bad credentials");
        }
        counters.signedIn(account.getId(), now);
        if (passwordEncoder.upgradeEncoding(account.getPasswordHash())) {
            counters.upgradeHash(account.getId(), account.getPasswordHash(), passwordEncoder.encode(password));
        }
        record(Kind.SIGNED_IN, account.getUsername(), null, clientIp);
        return CurrentUser.of(account);
    }

    /** What the check of a signed-in person's password found. */
    enum PasswordCheck {
        RIGHT,
        WRONG,
        /** Wrong, and the account is locked now: the session should end. */
        LOCKED
    }

    /**
     * The password page's check of the current password. A wrong one counts exactly like a failed
     * sign-in (on the account and the address), so an open session cannot be used to guess it.
     *
     * @throws SignInThrottledException when this address (or everyone) must wait first
     */
    @Transactional(noRollbackFor = AuthenticationException.class)
    public PasswordCheck checkPassword(UserAccount account, String password, String clientIp) {
        Instant now = clock.instant();
        refuseIfThrottled(account.getUsername(), clientIp, now);
        if (password != null && passwordEncoder.matches(password, account.getPasswordHash())) {
            return PasswordCheck.RIGHT;
        }
        boolean locked = recordFailure(account, "wrong current password", clientIp, now);
        return locked || account.isLocked(now) ? PasswordCheck.LOCKED : PasswordCheck.WRONG;
    }

    @Transactional
    public void signedOut(String username, String clientIp) {
        record(Kind.SIGNED_OUT, username, null, clientIp);
    }

    private void refuseIfThrottled(String username, String clientIp, Instant now) {
        SignInThrottle.Wait wait = throttle.waitBefore(clientIp, now);
        if (wait.applies()) {
            record(Kind.SIGN_IN_REFUSED, username, (wait.overall() ? "too many failed sign-ins overall"
                    : "too many failed sign-ins from this address") + ", wait " + wait.seconds() + " s", clientIp);
            throw new SignInThrottledException(wait.seconds());
        }
    }

    /** Counts a wrong password; answers whether it locked the account. */
    private boolean recordFailure(UserAccount account, String reason, String clientIp, Instant now) {
        var failures = counters.countFailure(account.getId(), now, now.minus(properties.failureWindow()));
        boolean locked = false;
        if (failures.isEmpty()) {
            record(Kind.SIGN_IN_REFUSED, account.getUsername(), "locked", clientIp);
        } else {
            record(Kind.SIGN_IN_FAILED, account.getUsername(), reason, clientIp);
            int count = failures.get();
            if (count >= properties.maxFailedAttempts()) {
                if (account.getRole() == Role.ADMIN && counters.isLastAdminStanding(account.getId(), now)) {
                    var delay = properties.delayAfter(count, properties.maxFailedAttempts() - 1,
                            properties.maxLastAdminDelay());
                    counters.delay(account.getId(), now, now.plus(delay));
                    record(Kind.ADMIN_SIGN_IN_DELAYED, account.getUsername(),
                            "last active admin: not locked, next attempt in " + delay.toSeconds() + " s", clientIp);
                } else {
                    Instant until = now.plus(properties.lockDuration());
                    counters.lock(account.getId(), until);
                    record(Kind.ACCOUNT_LOCKED, account.getUsername(), "until " + until, clientIp);
                    locked = true;
                }
            }
        }
        throttle(account.getUsername(), clientIp, now);
        return locked;
    }

    /** Counts the failure for the address and overall; the first failure past a limit is logged. */
    private void throttle(String username, String clientIp, Instant now) {
        var crossed = throttle.recordFailure(clientIp, now);
        if (crossed.address()) {
            record(Kind.SIGN_IN_THROTTLED, username, "too many failed sign-ins from this address", clientIp);
        }
        if (crossed.overall()) {
            record(Kind.SIGN_IN_THROTTLED, username, "too many failed sign-ins overall", clientIp);
        }
    }

    private void record(Kind kind, String username, String detail, String clientIp) {
        String name = username.length() > MAX_LOGGED_NAME ? username.substring(0, MAX_LOGGED_NAME) : username;
        events.publishEvent(new AccountActivity(clock.instant(), kind, name, null, detail, clientIp));
    }
}
