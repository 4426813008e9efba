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

/** A person changing their own password. */
@Service
@RequiredArgsConstructor
public class PasswordChanges {

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The outcome: either changed, or why not. */
    public record Outcome(boolean currentPasswordWrong, List<PasswordPolicy.Violation> violations) {

        public boolean changed() {
            return !currentPasswordWrong && violations.isEmpty();
        }
    }

    @Transactional
    public Outcome change(CurrentUser user, String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(user.id()).orElseThrow(() -> new NotFoundException("account"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            return new Outcome(true, List.of());
        }
        boolean sameAsOld = newPassword != null && passwordEncoder.matches(newPassword, account.getPasswordHash());
        var violations = passwordPolicy.check(account.getUsername(), newPassword, sameAsOld);
        if (!violations.isEmpty()) {
            return new Outcome(false, violations);
        }
        account.setPassword(passwordEncoder.encode(newPassword), false, clock.instant());
        events.publishEvent(new AccountActivity(clock.instant(), Kind.PASSWORD_CHANGED, account.getUsername(),
                null, null, null));
        return new Outcome(false, List.of());
    }

    @Transactional
    public void changeLanguage(CurrentUser user, Language language) {
        accounts.findById(user.id()).ifPresent(account -> account.changeLanguage(language));
    }
}
