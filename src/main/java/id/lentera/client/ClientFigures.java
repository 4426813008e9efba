package id.lentera.client;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import id.lentera.account.TeamScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Set-based figures over clients and households for the dashboard and the monthly report, read
 * from summary tables (V75) kept by triggers: a few hundred pre-counted rows per figure, whatever
 * the number of clients. A team's clients are those it registered and those its workers now have a
 * case for; the kecamatan is that of the client's current kelurahan; a household counts when a
 * client in scope is a current member. Each client and household carries the signature of the
 * (team, kecamatan) pairs it belongs to, so a figure picks the signatures with a pair in scope and
 * sums their counts: a client of two teams counts once for a supervisor leading both. Who may read
 * which team is decided by {@link TeamDirectory#readableTeams}.
 */
@Service
@PreAuthorize("hasAnyRole('SUPERVISOR', 'HEAD_OF_OFFICE')")
public class ClientFigures {

    /** The signatures with a pair in scope; a kecamatan is matched as the prefix of a kelurahan code. */
    private static final String SIGNATURES = """
            with sig as (select distinct signature_id from scope_signature_pair
                          where (:allTeams or team_id in (:teams))
                            and (cast(:kecamatan as varchar) is null or kecamatan || '.' like :kecamatan))
            """;

    /** A household with no check yet, in {@link #registryMix}. */
    public static final String NO_CHECK = "NONE";

    private final NamedParameterJdbcTemplate jdbc;
    private final TeamDirectory teams;

    ClientFigures(NamedParameterJdbcTemplate jdbc, TeamDirectory teams) {
        this.jdbc = jdbc;
        this.teams = teams;
    }

    /** Clients per PPKS category (a client may hold several), categories with none left out, in the table's order. */
    @Transactional(readOnly = true)
    public List<CategoryCount> byPpksCategory(CurrentUser user, Long teamId, String kecamatan) {
        return jdbc.query(SIGNATURES + """
                select k.code, k.name, k.name_en, sum(n.clients) from client_ppks_count n
                  join sig on sig.signature_id = n.signature_id
                  join ppks_category k on k.id = n.category_id
                 group by k.id, k.code, k.name, k.name_en, k.sort_order
                having sum(n.clients) > 0 order by k.sort_order""",
                scope(user, teamId, kecamatan),
                (rs, i) -> new CategoryCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
    }

    /**
     * Households that came into the registry (their first check with status "terdaftar", DTKS or
     * DTSEN) in each month from {@code from} to {@code to}, every month present.
     */
    @Transactional(readOnly = true)
    public Map<YearMonth, Long> registeredPerMonth(CurrentUser user, Long teamId, String kecamatan, YearMonth from,
            YearMonth to) {
        var params = scope(user, teamId, kecamatan).addValue("from", Date.valueOf(from.atDay(1)))
                .addValue("to", Date.valueOf(to.atEndOfMonth()));
        Map<YearMonth, Long> months = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.put(m, 0L);
        }
        jdbc.query(SIGNATURES + """
                select n.month, sum(n.households) from household_registered_count n
                  join sig on sig.signature_id = n.signature_id
                 where n.month between :from and :to group by n.month""", params, rs -> {
                    YearMonth month = YearMonth.from(rs.getObject(1, LocalDate.class));
                    if (months.containsKey(month)) {
                        months.put(month, rs.getLong(2));
                    }
                });
        return months;
    }

    /**
     * The households by their current registry status (their latest check), with {@link #NO_CHECK}
     * for those never checked; every status present.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> registryMix(CurrentUser user, Long teamId, String kecamatan) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RegistryState state : RegistryState.values()) {
            counts.put(state.name(), 0L);
        }
        counts.put(NO_CHECK, 0L);
        jdbc.query(SIGNATURES + """
                select n.status, sum(n.households) from household_registry_count n
                  join sig on sig.signature_id = n.signature_id group by n.status""", scope(user, teamId, kecamatan), rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * Households by the PKH verdict code the eligibility module told this module (SQL function
     * {@code lentera_household_verdicts}, called from its trigger on its current results), verdicts
     * with none left out. A household counts for the teams
     * of its current member clients (the head of office: every household with a verdict), in the
     * kecamatan of the kelurahan it was evaluated in.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> householdsByVerdict(CurrentUser user, Long teamId, String kecamatan) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(SIGNATURES + """
                select n.verdict, sum(n.households) from household_verdict_count n
                  join sig on sig.signature_id = n.signature_id group by n.verdict having sum(n.households) > 0""",
                scope(user, teamId, kecamatan), rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private MapSqlParameterSource scope(CurrentUser user, Long teamId, String kecamatan) {
        TeamScope scope = teams.readableTeams(user, teamId);
        return new MapSqlParameterSource("allTeams", scope.all()).addValue("teams", scope.ids())
                .addValue("kecamatan", kecamatan == null || kecamatan.isBlank() ? null : kecamatan.strip() + ".%",
                        java.sql.Types.VARCHAR);
    }

}
