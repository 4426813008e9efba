package id.lentera.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import id.lentera.support.TestClock;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes accounts and teams for tests straight in the database, each with a unique name so tests
 * sharing one database never collide.
 */
public final class TestAccounts {

    public static final String PASSWORD = "Kopi-Susu-Binjai-2026";

    private final Accounts accounts;
    private final Teams teams;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;

    public TestAccounts(ApplicationContext context) {
        this.accounts = context.getBean(Accounts.class);
        this.teams = context.getBean(Teams.class);
        this.passwordEncoder = context.getBean(PasswordEncoder.class);
        this.transactions = context.getBean(TransactionTemplate.class);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A team led by a new supervisor. */
    public long team(String namePrefix) {
        CurrentUser supervisor = account(unique("koord"), Role.SUPERVISOR, null);
        return transactions.execute(status -> teams.save(new Team(unique(namePrefix),
                accounts.findById(supervisor.id()).orElseThrow())).getId());
    }

    public CurrentUser account(String username, Role role, Long teamId) {
        return transactions.execute(status -> {
            Instant now = TestClock.get().instant();
            UserAccount account = new UserAccount(username, now);
            Team team = teamId == null ? null : teams.findById(teamId).orElseThrow();
            account.describe("Test " + username, null, null, role, team, Set.of(), Language.id);
            account.setPassword(passwordEncoder.encode(PASSWORD), false, now);
            return CurrentUser.of(accounts.save(account));
        });
    }

    public CurrentUser account(Role role) {
        Long teamId = role == Role.SOCIAL_WORKER ? team("tim") : null;
        return account(unique(role.name().toLowerCase().replace('_', '-')), role, teamId);
    }

    public UserAccount reload(long id) {
        return transactions.execute(status -> {
            UserAccount account = accounts.findById(id).orElseThrow();
            account.getWorkArea().size();
            return account;
        });
    }
}
