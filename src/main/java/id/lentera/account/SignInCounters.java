package id.lentera.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sign-in columns of an account, changed by single SQL statements rather than by saving the
 * versioned entity: ten wrong passwords sent at once count ten, where a read-modify-write of the
 * entity lost most of them to optimistic-lock collisions. Runs in the caller's transaction.
 */
@Component
class SignInCounters {

    private static final long ADMIN_LOCK_DECISION = 0x4c454e54_4144_4d4eL;

    private final JdbcClient jdbc;

    SignInCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One more failure in the window that opened at the first one; the failures in the window
     * now, or empty when the account was locked meanwhile (then nothing is counted).
     */
    Optional<Integer> countFailure(long accountId, Instant now, Instant windowFloor) {
        return jdbc.sql("""
                        update user_account set
                            failed_attempts = case when failure_window_start > :floor then failed_attempts + 1 else 1 end,
                            failure_window_start = case when failure_window_start > :floor
                                                        then failure_window_start else :now end
                         where id = :id and (locked_until is null or locked_until <= :now)
                        returning failed_attempts""")
                .param("id", accountId)
                .param("now", at(now))
                .param("floor", at(windowFloor))
                .query(Integer.class).optional();
    }

    void lock(long accountId, Instant until) {
        jdbc.sql("""
                        update user_account set locked_until = :until, failed_attempts = 0, failure_window_start = null
                         where id = :id""")
                .param("id", accountId).param("until", at(until)).update();
    }

    /**
     * The last admin waits instead of being locked; the window restarts now, so that a sustained
     * attack keeps the wait at its longest rather than starting again from one second.
     */
    void delay(long accountId, Instant now, Instant until) {
        jdbc.sql("""
                        update user_account set sign_in_delayed_until = :until, failure_window_start = :now
                         where id = :id""")
                .param("id", accountId).param("now", at(now)).param("until", at(until)).update();
    }

    /**
     * Whether no other active admin could still sign in. Decided under a transaction-scoped
     * advisory lock, so that two admins failing at once are never both locked.
     */
    boolean isLastAdminStanding(long accountId, Instant now) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", ADMIN_LOCK_DECISION).query().singleRow();
        long others = jdbc.sql("""
                        select count(*) from user_account
                         where role = 'ADMIN' and active and id <> :id and (locked_until is null or locked_until <= :now)""")
                .param("id", accountId).param("now", at(now))
                .query(Long.class).single();
        return others == 0;
    }

    void signedIn(long accountId, Instant now) {
        jdbc.sql("""
                        update user_account set last_login_at = :now, failed_attempts = 0, failure_window_start = null,
                               locked_until = null, sign_in_delayed_until = null
                         where id = :id""")
                .param("id", accountId).param("now", at(now)).update();
    }

    /** Replaces a hash by a stronger one of the same password, unless the password changed meanwhile. */
    void upgradeHash(long accountId, String oldHash, String newHash) {
        jdbc.sql("update user_account set password_hash = :new where id = :id and password_hash = :old")
                .param("id", accountId).param("old", oldHash).param("new", newHash).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
