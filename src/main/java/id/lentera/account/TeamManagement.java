package id.lentera.account;

import java.time.Clock;
import java.util.List;

import id.lentera.account.AccountActivity.Kind;
import id.lentera.shared.LikePatterns;
import id.lentera.shared.NotFoundException;
import id.lentera.shared.StaleEditException;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an admin does with teams. Members join a team from their account's page. */
@Service
@RequiredArgsConstructor
@PreAuthorize("hasRole('ADMIN')")
public class TeamManagement {

    private final Teams teams;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Page<TeamRow> search(String text, Pageable pageable) {
        return teams.search(LikePatterns.contains(text), pageable);
    }

    @Transactional(readOnly = true)
    public TeamView find(long id) {
        Team team = load(id);
        UserAccount supervisor = team.getSupervisor();
        return new TeamView(team.getId(), team.getVersion(), team.getName(),
                supervisor == null ? null : supervisor.getId(),
                supervisor == null ? null : supervisor.getFullName(),
                accounts.members(id));
    }

    @Transactional
    public long create(String name, Long supervisorId, CurrentUser admin) {
        if (teams.existsByNameIgnoreCase(name.strip())) {
            throw new AccountRuleException("team.name.taken");
        }
        Team team = teams.save(new Team(name, supervisor(supervisorId)));
        publish(Kind.TEAM_CREATED, admin, team.getName());
        return team.getId();
    }

    @Transactional
    public void update(long id, long version, String name, Long supervisorId, CurrentUser admin) {
        Team team = load(id);
        StaleEditException.check("team", version, team.getVersion());
        if (teams.existsByNameIgnoreCaseAndIdNot(name.strip(), id)) {
            throw new AccountRuleException("team.name.taken");
        }
        team.rename(name);
        team.assignSupervisor(supervisor(supervisorId));
        publish(Kind.TEAM_UPDATED, admin, team.getName());
    }

    private UserAccount supervisor(Long supervisorId) {
        if (supervisorId == null) {
            return null;
        }
        UserAccount supervisor = accounts.findById(supervisorId)
                .orElseThrow(() -> new AccountRuleException("team.supervisor.notSupervisor"));
        if (!supervisor.isActive()) {
            throw new AccountRuleException("team.supervisor.inactive");
        }
        return supervisor;
    }

    private Team load(long id) {
        return teams.findById(id).orElseThrow(() -> new NotFoundException("team"));
    }

    private void publish(Kind kind, CurrentUser admin, String target) {
        events.publishEvent(new AccountActivity(clock.instant(), kind, admin.username(), target, null, null));
    }

    /** Everything the team page shows. */
    public record TeamView(long id, long version, String name, Long supervisorId, String supervisorName,
            List<AccountRow> members) {
    }
}
