package id.lentera.account;

import java.util.Set;

/**
 * What an admin enters for an account. The username is only used when creating: it never changes,
 * because the audit log names people by it. The NIP (a civil servant's 18-digit staff number,
 * printed under their signature on letters) is optional: contract staff and volunteers have none.
 */
public record AccountDetails(String username, String fullName, String email, String phone, Role role, Long teamId,
        Set<String> workArea, Language language, String nip) {
}
