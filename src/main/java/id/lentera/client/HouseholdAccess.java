package id.lentera.client;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.shared.NotFoundException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which households. A household is visible to whoever may see (by
 * {@link ClientAccess}) a client who is, or was, one of its members; it is changed by the social
 * workers and supervisors who see it. The head of office reads only; the admin sees none.
 */
@Component
class HouseholdAccess {

    // one indexed exists(...) per check, whatever the size of the household or of the caseload
    private static final String VISIBLE = """
            select exists (
              select 1 from household_member m
                join client c on c.person_id = m.person_id
               where m.household_id = :household
                 and """ + ClientAccess.VISIBLE + ")";

    private final NamedParameterJdbcTemplate jdbc;
    private final ClientAccess clients;

    HouseholdAccess(NamedParameterJdbcTemplate jdbc, ClientAccess clients) {
        this.jdbc = jdbc;
        this.clients = clients;
    }

    /** @throws NotFoundException when the household does not exist or is not the user's to see */
    void requireVisible(long householdId, CurrentUser user) {
        if (!clients.of(user).any()) {
            throw new AccessDeniedException("no client data for this role");
        }
        if (!sees(householdId, user)) {
            throw new NotFoundException("household");
        }
    }

    /** Whether the user sees the household; false for a role that sees no client data. One query. */
    boolean sees(long householdId, CurrentUser user) {
        var visibility = clients.of(user);
        return visibility.any() && Boolean.TRUE.equals(jdbc.queryForObject(VISIBLE,
                visibility.bind(new MapSqlParameterSource("household", householdId)), Boolean.class));
    }

    /** As {@link #requireVisible}, and refuses (403) those who only read. */
    void requireEditable(long householdId, CurrentUser user) {
        requireWriter(user);
        requireVisible(householdId, user);
    }

    static boolean mayEdit(CurrentUser user) {
        return user.is(Role.SOCIAL_WORKER) || user.is(Role.SUPERVISOR);
    }

    static void requireWriter(CurrentUser user) {
        if (!mayEdit(user)) {
            throw new AccessDeniedException("read-only role");
        }
    }
}
