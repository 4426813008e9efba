package id.lentera.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import id.lentera.shared.DatabaseMode;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Who exists on a new database: demo people only on the embedded one, else only the named admin. */
class AccountBootstrapTest {

    private final Accounts accounts = mock(Accounts.class);
    private final DemoAccounts demo = mock(DemoAccounts.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    private AccountBootstrap bootstrap(boolean embedded, String username, String password) {
        return new AccountBootstrap(accounts, demo, new DatabaseMode(embedded),
                new AccountBootstrapProperties(username, password),
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock);
    }

    @Test
    void embeddedEmptyDatabaseGetsTheDemoOffice() {
        when(accounts.count()).thenReturn(0L);
        bootstrap(true, null, null).run(new DefaultApplicationArguments());
        verify(demo).createIfMissing();
        verify(accounts, never()).save(any());
    }

    @Test
    void externalDatabaseNeverGetsDemoAccounts() {
        when(accounts.count()).thenReturn(0L);
        bootstrap(false, null, null).run(new DefaultApplicationArguments());
        verify(demo, never()).createIfMissing();
        verify(accounts, never()).save(any());
    }

    @Test
    void externalDatabaseGetsTheNamedFirstAdminWhoMustChangeThePassword() {
        when(accounts.count()).thenReturn(0L);
        bootstrap(false, "kepala.it", "Sementara-Sekali-99").run(new DefaultApplicationArguments());
        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        verify(demo, never()).createIfMissing();
        assertThat(saved.getValue().getUsername()).isEqualTo("kepala.it");
        assertThat(saved.getValue().getRole()).isEqualTo(Role.ADMIN);
        assertThat(saved.getValue().isMustChangePassword()).isTrue();
        assertThat(saved.getValue().getPasswordHash()).doesNotContain("Sementara-Sekali-99");
    }

    @Test
    void aDatabaseWithAccountsIsLeftAlone() {
        when(accounts.count()).thenReturn(3L);
        bootstrap(true, "admin", "x").run(new DefaultApplicationArguments());
        verify(demo, never()).createIfMissing();
        verify(accounts, never()).save(any());
    }
}
