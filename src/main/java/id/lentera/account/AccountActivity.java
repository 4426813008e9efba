package id.lentera.account;

import java.time.Instant;

/**
 * Something that happened to or with an account: a sign-in, a failure, a lock, or an admin's
 * action. Published for the audit log.
 *
 * @param actor the username of who did it (for a failed sign-in: the name typed)
 * @param target the account or team it was done to, null when it is the actor's own
 * @param detail a short, non-personal note (never a password)
 * @param clientIp the client's address when it came from a request
 */
public record AccountActivity(Instant at, Kind kind, String actor, String target, String detail, String clientIp) {

    public enum Category { SIGN_IN, ADMIN }

    public enum Kind {
        SIGNED_IN(Category.SIGN_IN),
        SIGN_IN_FAILED(Category.SIGN_IN),
        SIGN_IN_REFUSED(Category.SIGN_IN),
        ACCOUNT_LOCKED(Category.SIGN_IN),
        /** The last active admin reached the failure limit: delayed, not locked. */
        ADMIN_SIGN_IN_DELAYED(Category.SIGN_IN),
        /** A client address, or everyone, went past the failure limit: attempts must wait. */
        SIGN_IN_THROTTLED(Category.SIGN_IN),
        SIGNED_OUT(Category.SIGN_IN),
        PASSWORD_CHANGED(Category.SIGN_IN),
        ACCOUNT_CREATED(Category.ADMIN),
        ACCOUNT_UPDATED(Category.ADMIN),
        ACCOUNT_DEACTIVATED(Category.ADMIN),
        ACCOUNT_REACTIVATED(Category.ADMIN),
        PASSWORD_RESET(Category.ADMIN),
        ACCOUNT_UNLOCKED(Category.ADMIN),
        TEAM_CREATED(Category.ADMIN),
        TEAM_UPDATED(Category.ADMIN);

        private final Category category;

        Kind(Category category) {
            this.category = category;
        }

        public Category category() {
            return category;
        }
    }
}
