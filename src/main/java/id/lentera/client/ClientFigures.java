package id.lentera.client;

import java.sql.Date;
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
 * Set-based figures over clients and households for the dashboard and the monthly report, each
 * one SQL aggregate. A team's clients are those it registered and those its workers now have a
 * case for; the kecamatan is that of the client's current kelurahan. Who may read which team is
 * decided by {@link TeamDirectory#readableTeams}.
 */
@Service
@PreAuthorize("hasAnyRole('SUPERVISOR', 'HEAD_OF_OFFICE')")
public class ClientFigures {

    /** The clients in scope, as a condition on {@code cl}. */
    private static final String CLIENTS = """
             (:allTeams or cl.team_id in (:teams)
                  or exists (select 1 from client_caseworker w
                              where w.client_id = cl.id and w.until is null and w.team_id in (:teams)))
             and (cast(:kecamatan as varchar) is null or cl.current_kelurahan_code like :kecamatan)
            """;

    /** The households of the clients in scope (where they live now). */
    private static final String HOUSEHOLDS = """
            with hh as (select distinct m.household_id from client cl
                          join household_member m on m.person_id = cl.person_id and m.left_on is null
                         where""" + CLIENTS + ")\n";

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
        return jdbc.query("""
                select k.code, k.name, k.name_en, count(*) from client_ppks cp
                  join ppks_category k on k.id = cp.category_id
                  join client cl on cl.id = cp.client_id
                 where""" + CLIENTS + " group by k.id, k.code, k.name, k.name_en, k.sort_order order by k.sort_order",
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
        jdbc.query(HOUSEHOLDS + """
                select cast(date_trunc('month', f.first_on) as date), count(*) from (
                    select r.household_id, min(r.checked_on) as first_on from registry_status r
                      join hh on hh.household_id = r.household_id
                     where r.status = 'REGISTERED' group by r.household_id) f
                 where f.first_on between :from and :to group by 1""", params, rs -> {
                    YearMonth month = YearMonth.from(rs.getDate(1).toLocalDate());
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
        jdbc.query(HOUSEHOLDS + """
                select coalesce(latest.status, 'NONE'), count(*) from hh
                  left join lateral (select r.status from registry_status r where r.household_id = hh.household_id
                                      order by r.checked_on desc, r.id desc limit 1) latest on true
                 group by 1""", scope(user, teamId, kecamatan), rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private MapSqlParameterSource scope(CurrentUser user, Long teamId, String kecamatan) {
        TeamScope scope = teams.readableTeams(user, teamId);
        return new MapSqlParameterSource("allTeams", scope.all()).addValue("teams", scope.ids())
                .addValue("kecamatan", kecamatan == null || kecamatan.isBlank() ? null : kecamatan.strip() + ".%");
    }

}
