package id.lentera.client;

import java.util.List;

import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import org.springframework.stereotype.Component;

/**
 * Who may see which clients in full, decided in one place and applied in the queries: a worker the
 * clients they registered (and, once casework exists, those whose cases they work on); a supervisor
 * also those of the teams they lead; the head of office everyone; an admin nobody.
 */
@Component
public class ClientAccess {

    private final TeamDirectory teams;

    ClientAccess(TeamDirectory teams) {
        this.teams = teams;
    }

    public enum Scope { ALL, OWN_AND_TEAMS, NONE }

    /**
     * @param teamIds the teams whose clients are visible; never empty (holds -1 when none), so it
     *        can go straight into an SQL {@code in (...)}
     */
    public record Visibility(Scope scope, long accountId, List<Long> teamIds) {

        public boolean any() {
            return scope != Scope.NONE;
        }

        public boolean all() {
            return scope == Scope.ALL;
        }

        /** Whether a client registered by {@code registeredBy} in team {@code teamId} is visible. */
        public boolean sees(long registeredBy, Long teamId) {
            return switch (scope) {
                case ALL -> true;
                case NONE -> false;
                case OWN_AND_TEAMS -> registeredBy == accountId || (teamId != null && teamIds.contains(teamId));
            };
        }
    }

    public Visibility of(CurrentUser user) {
        return switch (user.role()) {
            case HEAD_OF_OFFICE -> new Visibility(Scope.ALL, user.id(), List.of(-1L));
            case SUPERVISOR -> {
                List<Long> led = teams.supervisedTeamIds(user.id());
                yield new Visibility(Scope.OWN_AND_TEAMS, user.id(), led.isEmpty() ? List.of(-1L) : led);
            }
            case SOCIAL_WORKER -> new Visibility(Scope.OWN_AND_TEAMS, user.id(), List.of(-1L));
            case ADMIN -> new Visibility(Scope.NONE, user.id(), List.of(-1L));
        };
    }
}
