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
 * Checks a sign-in and records it: the failure count and lock on the account, and an
 * {@link AccountActivity} for the audit log. Failures are committed although an exception leaves.
 * What the user is told never says whether the username exists.
 */
@Service
class SignIns {

    private static final int MAX_LOGGED_NAME = 50;

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LockoutPolicy lockoutPolicy;
    private final String dummyHash;

    SignIns(Accounts accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock,
            SignInProperties properties) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.lockoutPolicy = properties.lockoutPolicy();
        // compared against when the username is unknown, so that both cases take as long
        this.dummyHash = passwordEncoder.encode("no such account, no such password");
    }

    @Transactional(noRollbackFor = AuthenticationException.class)
    public CurrentUser signIn(String typedUsername, String password, String clientIp) {
        Instant now = clock.instant();
        String username = typedUsername == null ? "" : typedUsername.strip();
        UserAccount account = accounts.findByUsernameIgnoreCase(username).orElse(null);
        if (account == null) {
            passwordEncoder.matches(password, dummyHash);
            record(Kind.SIGN_IN_FAILED, username, "unknown username", clientIp);
            throw new BadCredentialsException("bad credentials");
        }
        boolean passwordMatches = passwordEncoder.matches(password, account.getPasswordHash());
        if (account.isLocked(now)) {
            record(Kind.SIGN_IN_REFUSED, account.getUsername(), "locked", clientIp);
            throw new LockedException("locked");
        }
        if (!account.isActive()) {
            record(Kind.SIGN_IN_REFUSED, account.getUsername(), "deactivated", clientIp);
            throw new DisabledException("deactivated");
        }
        if (!passwordMatches) {
            boolean lockedNow = account.recordFailedSignIn(lockoutPolicy, now);
            record(Kind.SIGN_IN_FAILED, account.getUsername(), "wrong password", clientIp);
            if (lockedNow) {
                record(Kind.ACCOUNT_LOCKED, account.getUsername(), "until " + account.getLockedUntil(), clientIp);
            }
            throw new BadCredentialsException("bad credentials");
        }
        account.recordSignIn(now);
        record(Kind.SIGNED_IN, account.getUsername(), null, clientIp);
        return CurrentUser.of(account);
    }

    @Transactional
    public void signedOut(String username, String clientIp) {
        record(Kind.SIGNED_OUT, username, null, clientIp);
    }

    private void record(Kind kind, String username, String detail, String clientIp) {
        String name = username.length() > MAX_LOGGED_NAME ? username.substring(0, MAX_LOGGED_NAME) : username;
        events.publishEvent(new AccountActivity(clock.instant(), kind, name, null, detail, clientIp));
    }
}
