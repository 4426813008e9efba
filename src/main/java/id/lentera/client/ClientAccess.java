package id.lentera.client;

import java.util.List;

import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who may see which clients in full, decided in one place and applied in the queries. A client is
 * seen by whoever works on their cases: the worker of each case (the latest worker of a closed
 * case too) and the supervisors of that case's team. Whoever registered the client, and the
 * supervisors of their team, also see them, so a client without a case is not lost. The head of
 * office sees everyone; an admin nobody.
 */
@Component
public class ClientAccess {

    /**
     * The rule as an SQL condition on the client aliased {@code c}; binds {@code :all}, {@code :me}
     * and {@code :teams} (see {@link Visibility#bind}). Casework tells this module who works on a
     * case through {@link ClientCaseworkers}; a row replaced by a later one of the same case (a
     * reassignment) no longer counts.
     */
    public static final String VISIBLE = """
            (:all or c.registered_by = :me or c.team_id in (:teams)
             or exists (select 1 from client_caseworker w
                         where w.client_id = c.id and (w.worker_id = :me or w.team_id in (:teams))
                           and not exists (select 1 from client_caseworker later
                                            where later.case_id = w.case_id and later.since > w.since)))""";

    private final TeamDirectory teams;
    private final NamedParameterJdbcTemplate jdbc;

    ClientAccess(TeamDirectory teams, NamedParameterJdbcTemplate jdbc) {
        this.teams = teams;
        this.jdbc = jdbc;
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

        /** Adds the parameters of {@link ClientAccess#VISIBLE}. */
        public MapSqlParameterSource bind(MapSqlParameterSource params) {
            return params.addValue("all", all()).addValue("me", accountId).addValue("teams", teamIds);
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

    /** Whether the user may see the client in full; false for an unknown client. One query. */
    public boolean sees(CurrentUser user, long clientId) {
        Visibility visibility = of(user);
        if (!visibility.any()) {
            return false;
        }
        Boolean visible = jdbc.queryForObject("select exists (select 1 from client c where c.id = :client and "
                + VISIBLE + ")", visibility.bind(new MapSqlParameterSource("client", clientId)), Boolean.class);
        return Boolean.TRUE.equals(visible);
    }
}
