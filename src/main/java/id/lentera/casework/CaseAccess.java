package id.lentera.casework;

import java.util.List;

import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import org.springframework.stereotype.Component;

/**
 * Who sees and works on which case, decided here and applied in the queries of {@link CaseFiles}:
 * a worker the cases they are responsible for; a supervisor also the cases of the teams they lead;
 * the head of office every case, read-only; an admin none (refused before any query).
 */
@Component
public class CaseAccess {

    private final TeamDirectory teams;

    CaseAccess(TeamDirectory teams) {
        this.teams = teams;
    }

    /** @param teamIds teams whose cases are visible; never empty (holds -1 when none) for SQL {@code in} */
    public record Scope(long accountId, boolean all, boolean readOnly, List<Long> teamIds) {

        public boolean leads(Long teamId) {
            return teamId != null && teamIds.contains(teamId);
        }

        public boolean sees(CaseFile file) {
            return all || file.getWorkerId() == accountId || leads(file.getTeamId());
        }

        /** Records stage work: the responsible worker or the team's supervisor; never the head of office. */
        public boolean works(CaseFile file) {
            return !readOnly && (file.getWorkerId() == accountId || leads(file.getTeamId()));
        }

        /** Approves, returns, reassigns, reopens: the supervisor of the case's team. */
        public boolean supervises(CaseFile file) {
            return !readOnly && leads(file.getTeamId());
        }
    }

    public Scope of(CurrentUser user) {
        return switch (user.role()) {
            case HEAD_OF_OFFICE -> new Scope(user.id(), true, true, List.of(-1L));
            case SUPERVISOR -> {
                List<Long> led = teams.supervisedTeamIds(user.id());
                yield new Scope(user.id(), false, false, led.isEmpty() ? List.of(-1L) : led);
            }
            case SOCIAL_WORKER -> new Scope(user.id(), false, false, List.of(-1L));
            // the service refuses admins before it gets here; should one slip through, they see nothing
            case ADMIN -> new Scope(-1L, false, true, List.of(-1L));
        };
    }
}
