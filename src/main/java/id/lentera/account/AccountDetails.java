package id.lentera.account;

import java.util.Set;

/**
 * What an admin enters for an account. The username is only used when creating: it never changes,
 * because the audit log names people by it.
 */
public record AccountDetails(String username, String fullName, String email, String phone, Role role, Long teamId,
        Set<String> workArea, Language language) {
}
