package id.lentera.shared;

import java.time.Instant;

/**
 * A request for a record was refused: 403 (the role may not) or 404 (the record does not exist or
 * the user may not see it; both look alike to the user). Published by the web layer for the audit
 * log, so that someone probing ids leaves a trace.
 *
 * @param actor the username
 * @param status 403 or 404
 * @param path the path asked for, without its query (paths hold ids only)
 * @param route the route it matched, e.g. {@code GET /clients/{id}}
 */
public record ObjectRequestRefused(Instant at, String actor, int status, String path, String route,
        String clientIp) {
}
