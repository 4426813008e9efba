package id.lentera.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.lentera.account.AccountActivity.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Sign-in with lockout, on a clock the test moves. */
class SignInsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

    private final MovableClock clock = new MovableClock(T0);
    private final Accounts accounts = mock(Accounts.class);
    private final List<AccountActivity> published = new ArrayList<>();
    private SignIns signIns;
    private UserAccount lina;

    @BeforeEach
    void setUp() {
        @SuppressWarnings("deprecation")
        var encoder = NoOpPasswordEncoder.getInstance();
        signIns = new SignIns(accounts, encoder, event -> published.add((AccountActivity) event), clock, new SignInProperties(5,
                Duration.ofMinutes(15), Duration.ofMinutes(15)));
        lina = new UserAccount("lina", T0);
        lina.describe("Lina", null, null, Role.SOCIAL_WORKER, null, Set.of(), Language.id);
        lina.setPassword("right-password", false, T0);
        ReflectionTestUtils.setField(lina, "id", 7L);
        when(accounts.findByUsernameIgnoreCase(anyString())).thenReturn(Optional.empty());
        when(accounts.findByUsernameIgnoreCase("lina")).thenReturn(Optional.of(lina));
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> signIns.signIn("lina", "wrong", "10.0.0.1"))
                    .isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofSeconds(30));
        }
    }

    @Test
    void correctPasswordSignsIn() {
        CurrentUser user = signIns.signIn("lina", "right-password", "10.0.0.1");
        assertThat(user.username()).isEqualTo("lina");
        assertThat(published).extracting(AccountActivity::kind).containsExactly(Kind.SIGNED_IN);
        assertThat(published.get(0).clientIp()).isEqualTo("10.0.0.1");
    }

    @Test
    void fiveWrongPasswordsLockEvenTheRightOne() {
        failTimes(5);
        assertThatThrownBy(() -> signIns.signIn("lina", "right-password", "10.0.0.1"))
                .isInstanceOf(LockedException.class);
        assertThat(published).extracting(AccountActivity::kind).containsSubsequence(
                Kind.SIGN_IN_FAILED, Kind.SIGN_IN_FAILED, Kind.SIGN_IN_FAILED, Kind.SIGN_IN_FAILED,
                Kind.SIGN_IN_FAILED, Kind.ACCOUNT_LOCKED, Kind.SIGN_IN_REFUSED);
    }

    @Test
    void lockEndsAfterFifteenMinutes() {
        failTimes(5);
        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> signIns.signIn("lina", "right-password", null)).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(1));
        assertThat(signIns.signIn("lina", "right-password", null).username()).isEqualTo("lina");
    }

    @Test
    void unknownUsernameFailsLikeAWrongPassword() {
        assertThatThrownBy(() -> signIns.signIn("nobody", "whatever", null))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(published).extracting(AccountActivity::kind).containsExactly(Kind.SIGN_IN_FAILED);
    }

    @Test
    void deactivatedAccountCannotSignIn() {
        lina.deactivate();
        assertThatThrownBy(() -> signIns.signIn("lina", "right-password", null))
                .isInstanceOf(DisabledException.class);
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
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
}
