package id.lentera.account;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * Who is signed in: the principal of every authenticated request. Kept in the session, so it
 * holds only what does not change often; anything else is read from the database. The two
 * versions are the account's when this was made: every request compares them with the account's
 * (see {@link SessionRevalidation}), so a change of role, team or password reaches open sessions.
 */
public record CurrentUser(
        long id,
        String username,
        String fullName,
        Role role,
        Long teamId,
        Language language,
        boolean mustChangePassword,
        long securityVersion,
        long passwordVersion) implements Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * An account as created, whose rights and password never changed since (both versions 0):
     * demo data and tests. Signed-in people get theirs from {@link #of(UserAccount)}.
     */
    public CurrentUser(long id, String username, String fullName, Role role, Long teamId, Language language,
            boolean mustChangePassword) {
        this(id, username, fullName, role, teamId, language, mustChangePassword, 0, 0);
    }

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


    static CurrentUser of(UserAccount account) {
        return new CurrentUser(account.getId(), account.getUsername(), account.getFullName(), account.getRole(),
                account.getTeam() == null ? null : account.getTeam().getId(), account.getLanguage(),
                account.isMustChangePassword(), account.getSecurityVersion(), account.getPasswordVersion());
    }

    /** The authorities of this person's role, for the authentication token. */
    public List<GrantedAuthority> authorities() {
        return AuthorityUtils.createAuthorityList(role.authority());
    }
}
