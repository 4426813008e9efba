package id.lentera.eligibility;

import java.util.EnumMap;
import java.util.Map;

import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import id.lentera.account.TeamScope;
import id.lentera.client.ClientAccess;
import id.lentera.client.HouseholdFacts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of current PKH verdicts for the dashboard and the monthly report, one SQL aggregate. A
 * team's households are those of the clients the team may see (the client module's rule, as for
 * the team's supervisor); the kecamatan is the household's, as last evaluated. Who may read which
 * team is {@link TeamDirectory#readableTeams}.
 */
@Service
@PreAuthorize("hasAnyRole('SUPERVISOR', 'HEAD_OF_OFFICE')")
public class EligibilityFigures {

    private final NamedParameterJdbcTemplate jdbc;
    private final TeamDirectory teams;

    EligibilityFigures(NamedParameterJdbcTemplate jdbc, TeamDirectory teams) {
        this.jdbc = jdbc;
        this.teams = teams;
    }

    /**
     * Households by their current verdict, every verdict present (zero when none).
     *
     * @param teamId a team, or null for every team the user may read
     * @param kecamatan a kecamatan code such as {@code 12.75.05}, or null
     */
    @Transactional(readOnly = true)
    public Map<Verdict, Long> byVerdict(CurrentUser user, Long teamId, String kecamatan) {
        TeamScope scope = teams.readableTeams(user, teamId);
        // nobody's own clients (-1): only the teams' clients count, as the team's supervisor sees them
        ClientAccess.Visibility teamsClients = new ClientAccess.Visibility(ClientAccess.Scope.OWN_AND_TEAMS, -1L,
                scope.ids());
        MapSqlParameterSource params = teamsClients.bind(new MapSqlParameterSource()).addValue("kecamatan",
                kecamatan == null || kecamatan.isBlank() ? null : kecamatan.strip() + ".%", java.sql.Types.VARCHAR);
        String sql = "select e.verdict, count(*) from household_eligibility e"
                + " where (cast(:kecamatan as varchar) is null or e.kelurahan_code like :kecamatan)"
                + (scope.all() ? "" : " and " + HouseholdFacts.visibleHousehold("e.household_id"))
                + " group by e.verdict";
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0L);
        }
        jdbc.query(sql, params, rs -> {
            counts.put(Verdict.valueOf(rs.getString(1)), rs.getLong(2));
        });
        return counts;
    }
}
