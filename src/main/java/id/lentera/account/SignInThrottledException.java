package id.lentera.account;

import java.io.Serial;

import org.springframework.security.authentication.AccountStatusException;

/**
 * Too many failed sign-ins from this address, or overall: the attempt was not even checked.
 * Says nothing about any account, so the person may be told how long to wait.
 */
public class SignInThrottledException extends AccountStatusException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long waitSeconds;

    SignInThrottledException(long waitSeconds) {
        super("too many failed sign-ins; wait " + waitSeconds + " s");
        this.waitSeconds = waitSeconds;
    }

    public long waitSeconds() {
        return waitSeconds;
    }
}
