package id.lentera.account;

import java.time.Instant;

/** One line of the accounts list. */
public record AccountRow(long id, String username, String fullName, Role role, String teamName, boolean active,
        Instant lockedUntil, Instant lastLoginAt) {

    public boolean lockedAt(Instant now) {
        return UserAccount.lockedAt(lockedUntil, now);
    }
}
