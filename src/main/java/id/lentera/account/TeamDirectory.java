package id.lentera.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
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

    /** Full names by account id, in one query, for lists that show who is responsible. */
    @Transactional(readOnly = true)
    public Map<Long, String> fullNames(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(accountIds).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getFullName));
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
