package id.lentera.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import id.lentera.shared.DatabaseMode;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The first accounts on an empty database: the demo office on the embedded database; on an
 * external one, only the admin named by {@code LENTERA_ADMIN_USERNAME}/{@code LENTERA_ADMIN_PASSWORD}.
 */
@Component
@Order(0)
@RequiredArgsConstructor
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final Accounts accounts;
    private final DemoAccounts demoAccounts;
    private final DatabaseMode databaseMode;
    private final AccountBootstrapProperties properties;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (databaseMode.embedded()) {
            demoAccounts.createIfMissing();
            log.info("Created the demo accounts (admin, koordinator, peksos1, peksos2, kabid; password '{}')",
                    DemoAccounts.PASSWORD);
        } else if (StringUtils.hasText(properties.username()) && StringUtils.hasText(properties.password())) {
            Instant now = clock.instant();
            UserAccount admin = new UserAccount(properties.username(), now);
            admin.describe("Admin", null, null, Role.ADMIN, null, Set.of(), Language.id);
            admin.setPassword(passwordEncoder.encode(properties.password()), true, now);
            accounts.save(admin);
            log.info("Created the first admin '{}'; the password must be changed at first sign-in",
                    admin.getUsername());
        } else {
            log.warn("There are no accounts yet. To create the first admin, start Lentera once with the "
                    + "environment variables LENTERA_ADMIN_USERNAME and LENTERA_ADMIN_PASSWORD set; "
                    + "that password must be changed at first sign-in.");
        }
    }
}
