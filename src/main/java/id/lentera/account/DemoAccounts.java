package id.lentera.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo office: an admin, a supervisor with two social workers in "Tim Binjai Selatan", and a
 * head of office, all with the password {@value #PASSWORD}. Loaded only on the embedded database
 * (and by tests that want them); never on an external one.
 */
@Component
@RequiredArgsConstructor
public class DemoAccounts {

    public static final String PASSWORD = "lentera-demo";
    public static final String TEAM = "Tim Binjai Selatan";
    static final String BINJAI_SELATAN = "12.75.05";

    private final Accounts accounts;
    private final Teams teams;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    /** Creates whatever of the demo office is missing; safe to call again. */
    @Transactional
    public void createIfMissing() {
        Instant now = clock.instant();
        String hash = passwordEncoder.encode(PASSWORD);
        account("admin", "Admin Sistem", Role.ADMIN, null, List.of(), hash, now);
        UserAccount koordinator = account("koordinator", "Rina Sitepu", Role.SUPERVISOR, null,
                List.of(BINJAI_SELATAN), hash, now);
        Team team = teams.findAll().stream().filter(t -> t.getName().equalsIgnoreCase(TEAM)).findFirst()
                .orElseGet(() -> teams.save(new Team(TEAM, koordinator)));
        if (koordinator.getTeam() == null) {
            koordinator.describe(koordinator.getFullName(), koordinator.getEmail(), koordinator.getPhone(),
                    koordinator.getRole(), team, koordinator.getWorkArea(), koordinator.getLanguage());
        }
        account("peksos1", "Dewi Lestari", Role.SOCIAL_WORKER, team, List.of(BINJAI_SELATAN), hash, now);
        account("peksos2", "Andi Nasution", Role.SOCIAL_WORKER, team, List.of(BINJAI_SELATAN), hash, now);
        account("kabid", "Hendra Ginting", Role.HEAD_OF_OFFICE, null, List.of(), hash, now);
    }

    private UserAccount account(String username, String fullName, Role role, Team team, List<String> workArea,
            String hash, Instant now) {
        return accounts.findByUsernameIgnoreCase(username).orElseGet(() -> {
            UserAccount account = new UserAccount(username, now);
            account.describe(fullName, username + "@dinsos.binjaikota.example", null, role, team,
                    Set.copyOf(workArea), Language.id);
            account.setPassword(hash, false, now);
            return accounts.save(account);
        });
    }
}
