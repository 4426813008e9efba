package id.lentera.account;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/**
 * Who is signed in: the principal of every authenticated request. Kept in the session, so it
 * holds only what does not change often; anything else is read from the database.
 */
public record CurrentUser(
        long id,
        String username,
        String fullName,
        Role role,
        Long teamId,
        Language language,
        boolean mustChangePassword) implements Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The username: what Spring Session indexes sessions by. */
    @Override
    public String getName() {
        return username;
    }

    public boolean is(Role other) {
        return role == other;
    }

    public boolean isAny(Set<Role> roles) {
        return roles.contains(role);
    }

    /** The same person once they have replaced their temporary password. */
    public CurrentUser withPasswordChanged() {
        return new CurrentUser(id, username, fullName, role, teamId, language, false);
    }

    static CurrentUser of(UserAccount account) {
        return new CurrentUser(account.getId(), account.getUsername(), account.getFullName(), account.getRole(),
                account.getTeam() == null ? null : account.getTeam().getId(), account.getLanguage(),
                account.isMustChangePassword());
    }
}
