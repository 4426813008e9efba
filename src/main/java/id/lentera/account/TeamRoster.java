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

    /**
     * Every social worker of the team, deactivated ones too (their open cases still need a new
     * worker), by name.
     */
    @Transactional(readOnly = true)
    public List<TeamMember> workers(long teamId) {
        return accounts.members(teamId).stream()
                .filter(a -> a.role() == Role.SOCIAL_WORKER)
                .map(a -> new TeamMember(a.id(), a.fullName(), a.username(), a.active()))
                .toList();
    }

    /** A social worker (a deactivated one too) with their team, if they belong to one. */
    @Transactional(readOnly = true)
    public Optional<TeamMember> socialWorker(long accountId) {
        return accounts.findById(accountId).filter(a -> a.getRole() == Role.SOCIAL_WORKER && a.getTeam() != null)
                .map(a -> new TeamMember(a.getId(), a.getFullName(), a.getUsername(), a.isActive()));
    }

    /** The team of an account, if it belongs to one. */
    @Transactional(readOnly = true)
    public Optional<Long> teamOf(long accountId) {
        return accounts.findById(accountId).map(UserAccount::getTeam).map(Team::getId);
    }

    /** All teams by name, for the head of office's team picker. */
    @Transactional(readOnly = true)
    public List<TeamChoice> teams() {
        return teams.choices();
    }

    /** Who leads the team, if anyone. */
    @Transactional(readOnly = true)
    public Optional<Long> supervisorOf(long teamId) {
        return teams.findById(teamId).map(Team::getSupervisor).map(UserAccount::getId);
    }
}
