package id.lentera.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import id.lentera.support.IntegrationTest;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static id.lentera.account.TestAccounts.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throttling by client address and overall, with the counts in the database, on a clock the test
 * moves (no waiting). Its own limits and its own overall bucket, so that the rest of the suite
 * (whose requests all come from 127.0.0.1) is not slowed down, nor slows this down.
 */
@IntegrationTest
class SignInThrottlingTest {

    private static final String WRONG = "Salah-Kata-Sandi-77";

    @Autowired
    private ApplicationContext context;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TransactionTemplate transactions;

    private final MovableClock clock = new MovableClock(TestClock.get().instant());
    private SignIns signIns;
    private CurrentUser worker;
    private String address;

    @BeforeEach
    void setUp() {
        worker = new TestAccounts(context).account(Role.SOCIAL_WORKER);
        address = freshAddress();
        useLimits(3, 100);
    }

    /** So many free failures per address and overall; then 1 s, doubling, at most 8 s per address, 4 s overall. */
    private void useLimits(int addressFree, int overallFree) {
        var properties = new SignInProperties(5, Duration.ofMinutes(15), Duration.ofMinutes(15), addressFree,
                overallFree, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(4), Duration.ofMinutes(5));
        var throttle = throttle(properties, clock, "test-overall-" + UUID.randomUUID());
        signIns = new SignIns(context.getBean(Accounts.class), context.getBean(PasswordEncoder.class), context, clock,
                properties, throttle, context.getBean(SignInCounters.class));
    }

    private static String freshAddress() {
        return "2001:db8::" + Integer.toHexString((int) (Math.random() * 0xffff)) + ":"
                + Integer.toHexString((int) (Math.random() * 0xffff));
    }

    /** A sign-in in its own transaction, committed even when it fails; answers what it threw. */
    private AuthenticationException attempt(String username, String password, String from) {
        return transactions.execute(status -> {
            try {
                signIns.signIn(username, password, from);
                return null;
            } catch (AuthenticationException e) {
                return e;
            }
        });
    }

    /** A wrong password for a name nobody has: counts for the address, locks no account. */
    private void failOnce(String from) {
        assertThat(attempt(unique("tidak-ada"), WRONG, from)).isNotNull().isNotInstanceOf(SignInThrottledException.class);
    }

    private long waitSecondsFor(String from) {
        AuthenticationException refused = attempt(worker.username(), TestAccounts.PASSWORD, from);
        assertThat(refused).as("the right password is refused while the address must wait")
                .isInstanceOf(SignInThrottledException.class);
        return ((SignInThrottledException) refused).waitSeconds();
    }

    @Test
    void anAddressWaitsLongerAfterEveryFailurePastTheLimit() {
        for (int i = 0; i < 3; i++) {
            failOnce(address);
        }
        assertThat(attempt(worker.username(), TestAccounts.PASSWORD, address)).as("3 failures are free").isNull();

        failOnce(address);
        assertThat(waitSecondsFor(address)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        failOnce(address);
        assertThat(waitSecondsFor(address)).isEqualTo(2);
        clock.advance(Duration.ofSeconds(2));
        failOnce(address);
        assertThat(waitSecondsFor(address)).isEqualTo(4);
        clock.advance(Duration.ofSeconds(4));
        failOnce(address);
        assertThat(waitSecondsFor(address)).isEqualTo(8);
        clock.advance(Duration.ofSeconds(8));
        failOnce(address);
        assertThat(waitSecondsFor(address)).as("at most the longest wait").isEqualTo(8);

        assertThat(attempt(worker.username(), TestAccounts.PASSWORD, freshAddress()))
                .as("another address is not slowed down").isNull();
        clock.advance(Duration.ofSeconds(8));
        assertThat(attempt(worker.username(), TestAccounts.PASSWORD, address)).as("after the wait").isNull();
    }

    @Test
    void refusedAttemptsAreNotCheckedAndTheCountEndsWithTheWindow() {
        for (int i = 0; i < 4; i++) {
            failOnce(address);
        }
        waitSecondsFor(address);
        assertThat(accounts().reload(worker.id()).getFailedAttempts())
                .as("a refused attempt is not a failure of the account").isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = :actor and action = 'SIGN_IN_REFUSED'")
                .param("actor", worker.username()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where client_ip = :ip and action = 'SIGN_IN_THROTTLED'")
                .param("ip", address).query(Long.class).single()).as("logged once").isEqualTo(1);

        clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 3; i++) {
            failOnce(address);
        }
        assertThat(attempt(worker.username(), TestAccounts.PASSWORD, address)).as("a new window").isNull();
    }

    @Test
    void manyFailuresFromManyAddressesSlowDownEveryone() {
        useLimits(100, 6);
        for (int i = 0; i < 6; i++) {
            failOnce(freshAddress());
        }
        assertThat(attempt(worker.username(), TestAccounts.PASSWORD, address)).as("6 failures overall are free").isNull();

        failOnce(freshAddress());
        assertThat(waitSecondsFor(freshAddress())).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        failOnce(freshAddress());
        assertThat(waitSecondsFor(freshAddress())).isEqualTo(2);
    }

    @Test
    void countsNobodyNeedsAnyMoreAreForgotten() {
        failOnce(address);
        var throttle = throttle(context.getBean(SignInProperties.class), clock, "unused");
        clock.advance(Duration.ofMinutes(16));

        throttle.forgetOldCounts();

        assertThat(jdbc.sql("select count(*) from sign_in_throttle where bucket = :bucket")
                .param("bucket", "address:" + address).query(Long.class).single()).isZero();
    }

    @Test
    void theSignInPageSaysHowLongToWaitWithoutNamingAnAccount() throws Exception {
        var handlers = context.getBean(SignInHandlers.class);
        var request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", worker.username());
        var response = new MockHttpServletResponse();

        handlers.onAuthenticationFailure(request, response, new SignInThrottledException(8));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?wait");
        assertThat(request.getSession().getAttribute(SignInPage.WAIT_SECONDS)).isEqualTo(8L);
        assertThat(context.getMessage("login.throttled", new Object[] {8L}, Locale.forLanguageTag("id")))
                .isEqualTo("Terlalu banyak percobaan masuk yang gagal dari jaringan ini. Coba lagi setelah 8 detik.");
        assertThat(context.getMessage("login.throttled", new Object[] {8L}, Locale.ENGLISH))
                .isEqualTo("Too many failed sign-ins from this network. Try again in 8 seconds.");
    }

    private TestAccounts accounts() {
        return new TestAccounts(context);
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return TestClock.OFFICE_ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A throttle counting "every failure" in a bucket of its own, so that tests never slow down each other. */
    private SignInThrottle throttle(SignInProperties properties, java.time.Clock clock, String overall) {
        return new SignInThrottle(jdbc, properties, clock) {
            @Override
            String overallBucket() {
                return overall;
            }
        };
    }
}
