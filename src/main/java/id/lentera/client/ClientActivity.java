package id.lentera.client;

import java.time.Instant;

/**
 * A client record was opened, registered or changed: published for the access log. Carries the
 * client's id only, never a name, NIK or KK, so the log holds no personal data of its own.
 *
 * @param actor the username of who did it
 */
public record ClientActivity(Instant at, Kind kind, String actor, long clientId) {

    public enum Kind {
        CLIENT_VIEWED, CLIENT_REGISTERED, CLIENT_UPDATED,
        /** asked to join a household the worker cannot see (its KK number was typed) */
        HOUSEHOLD_JOIN_REQUESTED, HOUSEHOLD_JOIN_ACCEPTED, HOUSEHOLD_JOIN_REFUSED,
        /** The head of office, who sees NIK and KK masked, chose to see them whole. */
        NIK_REVEALED
    }
}
