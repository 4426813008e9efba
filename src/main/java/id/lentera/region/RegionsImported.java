package id.lentera.region;

import java.time.Instant;

/**
 * An admin's region import has finished: applied, or refused because of bad rows (then nothing
 * was changed). Published in the transaction that records the outcome, for the audit log.
 *
 * @param actor the admin's username
 * @param fileName the uploaded file's name, as the browser sent it
 */
public record RegionsImported(Instant at, String actor, String fileName, boolean applied, int rowsRead, int added,
        int renamed, int unchanged, int problems) {

    /** A short, non-personal note for the log. */
    public String summary() {
        return applied
                ? "rows=%d added=%d renamed=%d unchanged=%d".formatted(rowsRead, added, renamed, unchanged)
                : "rows=%d problems=%d".formatted(rowsRead, problems);
    }
}
