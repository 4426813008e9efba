package id.lentera.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing from one client address and overall, on top of the lock of each account:
 * past a number of failures within the window, every further attempt must wait, and the wait
 * doubles with each failure. The counts live in the database and are changed by single atomic
 * statements, so that several instances and concurrent attempts share them exactly.
 */
@Component
class SignInThrottle {

    /** The bucket that counts every failure, whatever its address. */
    static final String OVERALL = "*";
    private static final String ADDRESS = "address:";
    private static final int MAX_BUCKET = 80;

    private final JdbcClient jdbc;
    private final SignInProperties properties;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, SignInProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The bucket that counts every failure; tests give theirs another, so as not to slow down each other. */
    String overallBucket() {
        return OVERALL;
    }

    /** How long an attempt must wait before it is even checked. */
    record Wait(Duration duration, boolean overall) {

        static final Wait NONE = new Wait(Duration.ZERO, false);

        boolean applies() {
            return !duration.isZero() && !duration.isNegative();
        }

        /** Whole seconds, rounded up, for the message. */
        long seconds() {
            return (duration.toMillis() + 999) / 1000;
        }
    }

    /** One cheap query: the longer of the address's and the overall wait at {@code now}. */
    @Transactional(readOnly = true)
    Wait waitBefore(String clientIp, Instant now) {
        List<Bucket> waiting = jdbc.sql("""
                        select bucket, next_attempt_at from sign_in_throttle
                         where bucket in (:address, :overall) and next_attempt_at > :now""")
                .param("address", addressBucket(clientIp))
                .param("overall", overallBucket())
                .param("now", at(now))
                .query((rs, i) -> new Bucket(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list();
        Wait longest = Wait.NONE;
        for (Bucket bucket : waiting) {
            Duration left = Duration.between(now, bucket.nextAttemptAt());
            if (left.compareTo(longest.duration()) > 0) {
                longest = new Wait(left, bucket.name().equals(overallBucket()));
            }
        }
        return longest;
    }

    /**
     * Counts one failure from {@code clientIp} and overall, and sets the wait before the next
     * attempt. Answers which limits this failure went past for the first time (for the log).
     */
    @Transactional
    Crossed recordFailure(String clientIp, Instant now) {
        boolean address = count(addressBucket(clientIp), properties.addressFreeFailures(),
                properties.maxAddressDelay(), now);
        boolean overall = count(overallBucket(), properties.globalFreeFailures(), properties.maxGlobalDelay(), now);
        return new Crossed(address, overall);
    }

    record Crossed(boolean address, boolean overall) {
    }

    private boolean count(String bucket, int free, Duration maxDelay, Instant now) {
        int failures = jdbc.sql("""
                        insert into sign_in_throttle as t (bucket, failures, window_start, next_attempt_at)
                        values (:bucket, 1, :now, null)
                        on conflict (bucket) do update set
                            failures = case when t.window_start > :floor then t.failures + 1 else 1 end,
                            next_attempt_at = case when t.window_start > :floor then t.next_attempt_at end,
                            window_start = case when t.window_start > :floor then t.window_start else :now end
                        returning failures""")
                .param("bucket", bucket)
                .param("now", at(now))
                .param("floor", at(now.minus(properties.failureWindow())))
                .query(Integer.class).single();
        Duration delay = properties.delayAfter(failures, free, maxDelay);
        if (!delay.isZero() && !delay.isNegative()) {
            jdbc.sql("""
                            update sign_in_throttle set next_attempt_at = greatest(coalesce(next_attempt_at, :at), :at)
                             where bucket = :bucket""")
                    .param("bucket", bucket)
                    .param("at", at(now.plus(delay)))
                    .update();
        }
        return failures == free + 1;
    }

    /** Counts that nobody needs any more; several instances may run this at once, harmlessly. */
    @Scheduled(cron = "0 7 * * * *")
    @Transactional
    public void forgetOldCounts() {
        Instant now = clock.instant();
        jdbc.sql("""
                        delete from sign_in_throttle
                         where window_start < :floor and (next_attempt_at is null or next_attempt_at < :now)""")
                .param("floor", at(now.minus(properties.failureWindow())))
                .param("now", at(now))
                .update();
    }

    private static String addressBucket(String clientIp) {
        String bucket = ADDRESS + (clientIp == null || clientIp.isBlank() ? "unknown" : clientIp.strip());
        return bucket.length() > MAX_BUCKET ? bucket.substring(0, MAX_BUCKET) : bucket;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Bucket(String name, Instant nextAttemptAt) {
    }
}
