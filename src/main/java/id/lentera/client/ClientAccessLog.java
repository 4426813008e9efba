package id.lentera.client;

import java.time.Instant;
import java.util.List;

/**
 * Who opened a client's record and when (Primero's access log), answered by the audit log, which
 * keeps those openings. The client page shows it to the supervisor of the client's team only
 * ({@link ClientRecords#accessLog}).
 */
public interface ClientAccessLog {

    /** The latest openings of the client's record (pages, edit forms, NIK reveals), newest first. */
    List<Opening> latestOpenings(long clientId, int limit);

    /** @param username who opened it; @param kind {@link ClientActivity.Kind#name()} */
    record Opening(String username, Instant at, String kind) {
    }
}
