package id.lentera.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import id.lentera.account.AccountActivity.Kind;
import id.lentera.shared.NotFoundException;
import id.lentera.shared.StaleEditException;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does with accounts: create, edit, deactivate and reactivate, reset a password,
 * unlock. Every action is published as {@link AccountActivity} for the audit log.
 */
@Service
@RequiredArgsConstructor
@PreAuthorize("hasRole('ADMIN')")
public class AccountManagement {

    private static final Pattern KECAMATAN_CODE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}");

    private final Accounts accounts;
    private final Teams teams;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Page<AccountRow> search(AccountFilter filter, Pageable pageable) {
        return accounts.search(filter.likePattern(), filter.role(), filter.teamId(), filter.active(), pageable);
    }

    @Transactional(readOnly = true)
    public AccountView find(long id) {
        UserAccount account = load(id);
        Team team = account.getTeam();
        return new AccountView(account.getId(), account.getVersion(), account.getUsername(), account.getFullName(),
                account.getEmail(), account.getPhone(), account.getRole(), team == null ? null : team.getId(),
                team == null ? null : team.getName(), account.getWorkArea().stream().sorted().toList(), account.getLanguage(),
                account.isActive(), account.isMustChangePassword(), account.getLastLoginAt(),
                account.getFailedAttempts(), account.getLockedUntil(), account.getCreatedAt(),
                accounts.teamsSupervisedBy(id), account.getNip());
    }

    @Transactional(readOnly = true)
    public List<TeamChoice> teamChoices() {
        return teams.choices();
    }

    @Transactional(readOnly = true)
    public List<AccountChoice> activeAccounts(Role role) {
        return accounts.activeChoices(role);
    }

    @Transactional
    public CreatedAccount create(AccountDetails details, CurrentUser admin) {
        String username = details.username().strip();
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw new AccountRuleException("account.username.taken");
        }
        Instant now = clock.instant();
        UserAccount account = new UserAccount(username, now);
        describe(account, details);
        String temporaryPassword = TemporaryPasswords.generate();
        account.setPassword(passwordEncoder.encode(temporaryPassword), true, now);
        accounts.save(account);
        publish(Kind.ACCOUNT_CREATED, admin, account.getUsername(), account.getRole().name());
        return new CreatedAccount(account.getId(), account.getUsername(), temporaryPassword);
    }

    @Transactional
    public void update(long id, long version, AccountDetails details, CurrentUser admin) {
        UserAccount account = load(id);
        StaleEditException.check("account", version, account.getVersion());
        if (account.getRole() == Role.ADMIN && details.role() != Role.ADMIN && account.isActive()) {
            requireAnotherActiveAdmin();
        }
        if (account.getRole() == Role.SUPERVISOR && details.role() != Role.SUPERVISOR
                && !accounts.teamsSupervisedBy(id).isEmpty()) {
            throw new AccountRuleException("account.role.stillSupervises");
        }
        describe(account, details);
        publish(Kind.ACCOUNT_UPDATED, admin, account.getUsername(), null);
    }

    /** A leaver: cannot sign in any more, keeps their history. Their open sessions end at once. */
    @Transactional
    public void deactivate(long id, CurrentUser admin) {
        UserAccount account = load(id);
        if (account.getId() == admin.id()) {
            throw new AccountRuleException("account.deactivate.self");
        }
        if (!account.isActive()) {
            return;
        }
        if (account.getRole() == Role.ADMIN) {
            requireAnotherActiveAdmin();
        }
        account.deactivate();
        publish(Kind.ACCOUNT_DEACTIVATED, admin, account.getUsername(), null);
        events.publishEvent(new SessionsToEnd(account.getUsername(), null));
    }

    @Transactional
    public void reactivate(long id, CurrentUser admin) {
        UserAccount account = load(id);
        if (account.isActive()) {
            return;
        }
        account.reactivate();
        publish(Kind.ACCOUNT_REACTIVATED, admin, account.getUsername(), null);
    }

    /** A new one-time password that the owner must change at the next sign-in; their open sessions end. */
    @Transactional
    public String resetPassword(long id, CurrentUser admin) {
        UserAccount account = load(id);
        String temporaryPassword = TemporaryPasswords.generate();
        account.replacePassword(passwordEncoder.encode(temporaryPassword), true, clock.instant());
        account.unlock();
        publish(Kind.PASSWORD_RESET, admin, account.getUsername(), null);
        events.publishEvent(new SessionsToEnd(account.getUsername(), null));
        return temporaryPassword;
    }

    @Transactional
    public void unlock(long id, CurrentUser admin) {
        UserAccount account = load(id);
        account.unlock();
        publish(Kind.ACCOUNT_UNLOCKED, admin, account.getUsername(), null);
    }

    private void describe(UserAccount account, AccountDetails details) {
        Team team = null;
        if (details.teamId() != null) {
            team = teams.findById(details.teamId()).orElseThrow(() -> new AccountRuleException("account.team.unknown"));
        }
        if (details.role() == Role.SOCIAL_WORKER && team == null) {
            throw new AccountRuleException("account.team.required");
        }
        Set<String> workArea = new TreeSet<>();
        for (String code : details.workArea()) {
            if (!KECAMATAN_CODE.matcher(code).matches()) {
                throw new AccountRuleException("account.workArea.invalid");
            }
            workArea.add(code);
        }
        account.describe(details.fullName(), blankToNull(details.email()), blankToNull(details.phone()),
                details.role(), team, workArea, details.language());
        account.identifyAsCivilServant(blankToNull(details.nip()));
    }

    private void requireAnotherActiveAdmin() {
        if (accounts.countByRoleAndActiveTrue(Role.ADMIN) <= 1) {
            throw new AccountRuleException("account.lastAdmin");
        }
    }

    private UserAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account"));
    }

    private void publish(Kind kind, CurrentUser admin, String target, String detail) {
        events.publishEvent(new AccountActivity(clock.instant(), kind, admin.username(), target, detail, null));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
