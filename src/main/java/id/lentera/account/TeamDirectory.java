package id.lentera.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.lentera.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask about people and teams: which teams someone supervises, what a
 * worker is called. Read-only, no role check: it reveals nothing but names.
 */
@Service
@RequiredArgsConstructor
public class TeamDirectory {

    private final Accounts accounts;

    /** The teams this person leads as supervisor. */
    @Transactional(readOnly = true)
    public List<Long> supervisedTeamIds(long accountId) {
        return accounts.teamIdsSupervisedBy(accountId);
    }

    /**
     * The teams whose caseload figures the user may read: the head of office any team (all when
     * none is chosen); a supervisor the teams they lead (a chosen team they do not lead is not
     * found); nobody else any.
     *
     * @param teamId the team asked for, or null for all the user may read
     * @throws NotFoundException for a team the supervisor does not lead
     * @throws AccessDeniedException for social workers and admins
     */
    @Transactional(readOnly = true)
    public TeamScope readableTeams(CurrentUser user, Long teamId) {
        return switch (user.role()) {
            case HEAD_OF_OFFICE -> teamId == null ? TeamScope.everyTeam() : new TeamScope(false, List.of(teamId));
            case SUPERVISOR -> {
                List<Long> led = supervisedTeamIds(user.id());
                if (teamId != null && !led.contains(teamId)) {
                    throw new NotFoundException("team");
                }
                yield new TeamScope(false, teamId == null ? led : List.of(teamId));
            }
            default -> throw new AccessDeniedException("team figures are for supervisors and the head of office");
        };
    }

    /** An account's NIP (civil servant number) for signatures, if it has one. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> nip(long accountId) {
        return accounts.findById(accountId).map(UserAccount::getNip);
    }

    /** Full names by account id, in one query, for lists that show who is responsible. */
    @Transactional(readOnly = true)
    public Map<Long, String> fullNames(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(accountIds).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getFullName));
    }

    /** Full names by username, in one query, for the access log of a client's record. */
    @Transactional(readOnly = true)
    public Map<String, String> fullNamesByUsername(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return accounts.findByUsernameIn(usernames).stream()
                .collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getFullName));
    }

    /**
     * Names by account id as {@code viewer} may see them, in one query: each says whether the account
     * is within the teams the viewer may read (the head of office and the admin: every team; a
     * supervisor: the teams they lead and their own; a social worker: their own team; everyone:
     * themselves). Beside a record the viewer may open any name may be shown; anywhere else, such as
     * a filter typed into a URL or a row they may not open, only a name within reach.
     */
    @Transactional(readOnly = true)
    public Map<Long, AccountName> namesAsSeenBy(CurrentUser viewer, Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        boolean all = viewer.role() == Role.HEAD_OF_OFFICE || viewer.role() == Role.ADMIN;
        Map<Long, AccountName> names = new java.util.HashMap<>();
        for (Object[] row : accounts.namesAsSeenBy(accountIds, viewer.id(), all)) {
            names.put((Long) row[0], new AccountName((String) row[1], (String) row[2], Boolean.TRUE.equals(row[3])));
        }
        return names;
    }

    /**
     * An account by username (any case) as it would be signed in: its id, role and team. For code
     * that acts for a known account outside a request, such as the demo data.
     */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> byUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(CurrentUser::of);
    }

    /** The active social workers, each with their team: whom generated test data is spread across. */
    @Transactional(readOnly = true)
    public List<CurrentUser> activeSocialWorkers() {
        return accounts.findByRoleAndActiveTrueOrderById(Role.SOCIAL_WORKER).stream().map(CurrentUser::of).toList();
    }
}
