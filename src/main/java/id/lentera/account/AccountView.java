package id.lentera.account;

import java.time.Instant;
import java.util.List;

/** Everything the admin's account page shows. */
public record AccountView(long id, long version, String username, String fullName, String email, String phone,
        Role role, Long teamId, String teamName, List<String> workArea, Language language, boolean active,
        boolean mustChangePassword, Instant lastLoginAt, int failedAttempts, Instant lockedUntil, Instant createdAt,
        List<String> supervisedTeams, String nip) {

    public boolean lockedAt(Instant now) {
        return UserAccount.lockedAt(lockedUntil, now);
    }
}
