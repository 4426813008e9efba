package id.lentera.account;

import java.time.Clock;
import java.util.List;

import id.lentera.account.AccountActivity.Kind;
import id.lentera.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person changing their own password. A wrong current password counts as a failed sign-in; a
 * new password ends every other session of the account.
 */
@Service
@RequiredArgsConstructor
public class PasswordChanges {

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SignIns signIns;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * The outcome: either changed (with the person as they are now, for the session that stays),
     * or why not.
     *
     * @param waitSeconds above 0 when too many failed sign-ins came from this address: nothing was checked
     * @param lockedOut the wrong current password locked the account: this session must end too
     */
    public record Outcome(boolean currentPasswordWrong, List<PasswordPolicy.Violation> violations, long waitSeconds,
            boolean lockedOut, CurrentUser user) {

        public boolean changed() {
            return user != null;
        }
    }

    /**
     * @param clientIp the address the request came from (for throttling and the log)
     * @param currentSessionId the session that stays signed in; every other session of the account ends
     */
    @Transactional(noRollbackFor = SignInThrottledException.class)
    public Outcome change(CurrentUser user, String currentPassword, String newPassword, String clientIp,
            String currentSessionId) {
        UserAccount account = accounts.findById(user.id()).orElseThrow(() -> new NotFoundException("account"));
        SignIns.PasswordCheck check;
        try {
            check = signIns.checkPassword(account, currentPassword, clientIp);
        } catch (SignInThrottledException throttled) {
            return new Outcome(false, List.of(), throttled.waitSeconds(), false, null);
        }
        if (check != SignIns.PasswordCheck.RIGHT) {
            return new Outcome(true, List.of(), 0, check == SignIns.PasswordCheck.LOCKED, null);
        }
        boolean sameAsOld = newPassword != null && passwordEncoder.matches(newPassword, account.getPasswordHash());
        var violations = passwordPolicy.check(account.getUsername(), newPassword, sameAsOld);
        if (!violations.isEmpty()) {
            return new Outcome(false, violations, 0, false, null);
        }
        account.replacePassword(passwordEncoder.encode(newPassword), false, clock.instant());
        events.publishEvent(new AccountActivity(clock.instant(), Kind.PASSWORD_CHANGED, account.getUsername(),
                null, null, clientIp));
        events.publishEvent(new SessionsToEnd(account.getUsername(), currentSessionId));
        accounts.flush();
        return new Outcome(false, List.of(), 0, false, CurrentUser.of(account));
    }

    @Transactional
    public void changeLanguage(CurrentUser user, Language language) {
        accounts.findById(user.id()).ifPresent(account -> account.changeLanguage(language));
    }
}
