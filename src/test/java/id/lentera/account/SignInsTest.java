package id.lentera.account;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.lentera.support.IntegrationTest;
import id.lentera.support.TestClock;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static id.lentera.account.TestAccounts.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sign-in against the real database: failures counted exactly under concurrency, old bcrypt
 * hashes upgraded, and the last admin delayed but never locked.
 */
@IntegrationTest
class SignInsTest {

    @Autowired
    private SignIns signIns;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private EntityManager entityManager;

    private TestAccounts accounts;
    private String address;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        address = "198.51.100." + (int) (Math.random() * 250);
    }

    @AfterEach
    void resetClock() {
        TestClock.get().reset();
    }

    /** One wrong sign-in; answers what it threw. */
    private interface Attempt {
        Throwable run();
    }

    private Attempt wrongPassword(SignIns using, String username) {
        return () -> {
            try {
                using.signIn(username, "Salah-Kata-Sandi-77", address);
                return null;
            } catch (AuthenticationException e) {
                return e;
            }
        };
    }

    /** Runs {@code times} attempts at once, released together; answers what each threw. */
    private List<Throwable> atOnce(Attempt attempt, int times) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Throwable>> results = new ArrayList<>();
        try {
            for (int i = 0; i < times; i++) {
                Callable<Throwable> waiting = () -> {
                    start.await();
                    return attempt.run();
                };
                results.add(pool.submit(waiting));
            }
            start.countDown();
            List<Throwable> thrown = new ArrayList<>();
            for (Future<Throwable> result : results) {
                thrown.add(result.get());
            }
            return thrown;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tenWrongPasswordsAtOnceLockTheAccount() throws Exception {
        CurrentUser worker = accounts.account(Role.SOCIAL_WORKER);

        List<Throwable> thrown = atOnce(wrongPassword(signIns, worker.username()), 10);

        assertThat(thrown).allSatisfy(e -> assertThat(e).isInstanceOfAny(BadCredentialsException.class,
                LockedException.class));
        assertThat(loggedFailures(worker.username())).as("every attempt logged").isEqualTo(10);
        assertThat(accounts.reload(worker.id()).isLocked(TestClock.get().instant())).isTrue();
        assertThatThrownBy(() -> signIns.signIn(worker.username(), TestAccounts.PASSWORD, address))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void tenWrongPasswordsAtOnceCountTen() throws Exception {
        CurrentUser worker = accounts.account(Role.SOCIAL_WORKER);
        // the same service with a limit of 50: nothing locks, so every failure must show in the count
        var properties = new SignInProperties(50, Duration.ofMinutes(15), Duration.ofMinutes(15), 1_000_000,
                1_000_000, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofSeconds(30), Duration.ofMinutes(5));
        SignIns counting = new SignIns(context.getBean(Accounts.class), passwordEncoder, context, TestClock.get(),
                properties, context.getBean(SignInThrottle.class), context.getBean(SignInCounters.class));
        Attempt wrong = wrongPassword(counting, worker.username());

        // each in its own transaction, committed although the sign-in failed (as @Transactional does)
        atOnce(() -> transactions.execute(status -> wrong.run()), 10);

        assertThat(accounts.reload(worker.id()).getFailedAttempts()).isEqualTo(10);
        assertThat(accounts.reload(worker.id()).getLockedUntil()).isNull();
    }

    @Test
    void anOldBcryptHashStillSignsInAndIsRewrittenAsArgon2() {
        CurrentUser worker = accounts.account(Role.SOCIAL_WORKER);
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode(TestAccounts.PASSWORD);
        jdbc.sql("update user_account set password_hash = :hash where id = :id")
                .param("hash", bcrypt).param("id", worker.id()).update();

        assertThat(signIns.signIn(worker.username(), TestAccounts.PASSWORD, address).id()).isEqualTo(worker.id());

        String stored = accounts.reload(worker.id()).getPasswordHash();
        assertThat(stored).startsWith("{" + PasswordHashing.ARGON2 + "}");
        assertThat(passwordEncoder.matches(TestAccounts.PASSWORD, stored)).isTrue();
        assertThat(signIns.signIn(worker.username(), TestAccounts.PASSWORD, address).id()).isEqualTo(worker.id());
    }

    @Test
    void aPasswordLongerThanBcryptReadsNeverMatchesAnOldHashNorFails() {
        CurrentUser worker = accounts.account(Role.SOCIAL_WORKER);
        jdbc.sql("update user_account set password_hash = :hash where id = :id")
                .param("hash", "{bcrypt}" + new BCryptPasswordEncoder().encode(TestAccounts.PASSWORD))
                .param("id", worker.id()).update();

        assertThatThrownBy(() -> signIns.signIn(worker.username(), TestAccounts.PASSWORD + "x".repeat(80), address))
                .isInstanceOf(BadCredentialsException.class);
    }

    /**
     * With every other admin out of the way (inside a transaction that is rolled back, so that the
     * shared test database keeps its admins), wrong passwords delay the last admin, never lock.
     */
    @Test
    void theLastActiveAdminIsDelayedNeverLocked() {
        CurrentUser admin = accounts.account(Role.ADMIN);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update user_account set active = false where role = 'ADMIN' and id <> :id")
                    .param("id", admin.id()).update();
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> signIns.signIn(admin.username(), "Salah-Kata-Sandi-77", address))
                        .isInstanceOf(BadCredentialsException.class);
                // each sign-in is a transaction of its own in the application: nothing cached between them
                entityManager.clear();
            }
            var row = jdbc.sql("select locked_until is null as unlocked, sign_in_delayed_until from user_account where id = :id")
                    .param("id", admin.id())
                    .query((rs, i) -> new Object[] {rs.getBoolean(1), rs.getObject(2)}).single();
            assertThat((Boolean) row[0]).as("never locked").isTrue();
            assertThat(row[1]).as("delayed instead").isNotNull();
            assertThat(loggedKinds(admin.username())).contains("ADMIN_SIGN_IN_DELAYED").doesNotContain("ACCOUNT_LOCKED");

            // during the delay even the right password waits; after it, the admin gets in
            assertThatThrownBy(() -> signIns.signIn(admin.username(), TestAccounts.PASSWORD, address))
                    .isInstanceOf(LockedException.class);
            TestClock.get().startAt(LocalDateTime.now(TestClock.get()).plusSeconds(2));
            assertThat(signIns.signIn(admin.username(), TestAccounts.PASSWORD, address).id()).isEqualTo(admin.id());
            status.setRollbackOnly();
        });
    }

    @Test
    void anAdminIsLockedWhileAnotherAdminCanStillSignIn() {
        CurrentUser admin = accounts.account(Role.ADMIN);
        accounts.account(unique("admin-lain"), Role.ADMIN, null);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIns.signIn(admin.username(), "Salah-Kata-Sandi-77", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(accounts.reload(admin.id()).getLockedUntil()).isNotNull();
    }

    private long loggedFailures(String username) {
        return jdbc.sql("select count(*) from audit_entry where actor = :actor and action in ('SIGN_IN_FAILED', 'SIGN_IN_REFUSED')")
                .param("actor", username).query(Long.class).single();
    }

    private List<String> loggedKinds(String username) {
        return jdbc.sql("select action from audit_entry where actor = :actor order by id")
                .param("actor", username).query(String.class).list();
    }
}
