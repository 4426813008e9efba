package id.lentera.visit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many photos an account may send: {@code photoUploads} per {@code photoUploadWindow}, in fixed
 * windows that start with the first upload after the last one ended. The count is one row per
 * account, moved on by a single atomic statement, so two instances (or two requests at once) never
 * both take the last upload of a window.
 */
@Component
class PhotoUploadAllowance {

    private final NamedParameterJdbcTemplate jdbc;
    private final VisitProperties properties;
    private final Clock clock;

    PhotoUploadAllowance(NamedParameterJdbcTemplate jdbc, VisitProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Counts one upload of the account, in its own short transaction (a refused or failed photo
     * counts too: it cost the decoding all the same).
     *
     * @throws PhotoRetryLaterException when the window's uploads are used up, with the time left
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void take(long accountId) {
        Instant now = clock.instant();
        Duration window = properties.photoUploadWindow();
        var params = new MapSqlParameterSource("account", accountId).addValue("now", Timestamp.from(now))
                .addValue("expired", Timestamp.from(now.minus(window)));
        var row = jdbc.queryForMap("""
                insert into photo_upload_window as w (account_id, window_start, uploads) values (:account, :now, 1)
                on conflict (account_id) do update set
                    window_start = case when w.window_start <= :expired then excluded.window_start else w.window_start end,
                    uploads = case when w.window_start <= :expired then 1 else w.uploads + 1 end
                returning window_start, uploads""", params);
        int uploads = ((Number) row.get("uploads")).intValue();
        if (uploads > properties.photoUploads()) {
            Instant start = ((Timestamp) row.get("window_start")).toInstant();
            throw new PhotoRetryLaterException(PhotoRetryLaterException.Reason.TOO_MANY_UPLOADS,
                    Duration.between(now, start.plus(window)));
        }
    }
}
