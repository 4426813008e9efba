package id.lentera.account;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The social workers of a team, for modules that assign work within it (casework). Names only. */
@Service
@RequiredArgsConstructor
public class TeamRoster {

    private final Accounts accounts;
    private final Teams teams;

    /** The team's active social workers, by name. */
    @Transactional(readOnly = true)
    public List<AccountChoice> activeWorkers(long teamId) {
        return accounts.members(teamId).stream()
                .filter(a -> a.active() && a.role() == Role.SOCIAL_WORKER)
                .map(a -> new AccountChoice(a.id(), a.fullName(), a.username()))
                .toList();
    }

    /** Who leads the team, if anyone. */
    @Transactional(readOnly = true)
    public Optional<Long> supervisorOf(long teamId) {
        return teams.findById(teamId).map(Team::getSupervisor).map(UserAccount::getId);
    }
}
