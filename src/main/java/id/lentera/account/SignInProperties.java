package id.lentera.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lockout after repeated failed sign-ins.
 *
 * @param maxFailedAttempts failures within the window that lock the account
 * @param failureWindow how far back failures count
 * @param lockDuration how long a locked account stays locked (an admin can unlock it sooner)
 */
@ConfigurationProperties("lentera.sign-in")
public record SignInProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("15m") Duration lockDuration) {

    LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(maxFailedAttempts, failureWindow, lockDuration);
    }
}
