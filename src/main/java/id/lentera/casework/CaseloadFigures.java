package id.lentera.casework;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
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
 * Set-based figures over case files for the supervision pages, each one SQL aggregate (never a
 * loop over cases): a team's caseload per worker, and the dashboard's and monthly report's counts.
 * Who may read which team is decided by {@link TeamDirectory#readableTeams}; the head of office
 * reads every team, a supervisor their own.
 *
 * <p>The kecamatan filter follows the client's current kelurahan, read from the client module's
 * {@code client} table in the same statement: a join through an API would mean loading every id.
 */
@Service
@PreAuthorize("hasAnyRole('SUPERVISOR', 'HEAD_OF_OFFICE')")
public class CaseloadFigures {

    private static final String SCOPE = """
             (:allTeams or c.team_id in (:teams))
             and (cast(:kecamatan as varchar) is null
                  or c.client_id in (select cl.id from client cl where cl.current_kelurahan_code like :kecamatan))
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final TeamDirectory teams;
    private final Clock clock;

    CaseloadFigures(NamedParameterJdbcTemplate jdbc, TeamDirectory teams, Clock clock) {
        this.jdbc = jdbc;
        this.teams = teams;
        this.clock = clock;
    }

    /**
     * The open caseload of a team per responsible worker (deactivated workers too, as long as they
     * hold open cases of the team), followed by the team's total (workerId null).
     */
    @Transactional(readOnly = true)
    public List<WorkerFigures> team(long teamId, int quietDays, CurrentUser user) {
        teams.readableTeams(user, teamId);
        StringBuilder stages = new StringBuilder();
        for (Stage stage : Stage.values()) {
            stages.append("count(*) filter (where c.stage = '").append(stage.name()).append("'), ");
        }
        var now = clock.instant();
        var params = new MapSqlParameterSource("team", teamId)
                .addValue("now", Timestamp.from(now))
                .addValue("quietBefore", Timestamp.from(now.minus(Duration.ofDays(quietDays))));
        String sql = "select c.worker_id, grouping(c.worker_id), " + stages + """
                       count(*),
                       count(*) filter (where c.id in (select a.case_file_id from approval_request a
                                                        where a.state = 'PENDING')),
                       count(*) filter (where c.last_activity_at < :quietBefore),
                       percentile_cont(0.5) within group (
                           order by extract(epoch from (cast(:now as timestamptz) - c.stage_since)) / 86400.0)
                  from case_file c
                 where c.team_id = :team and c.status = 'OPEN'
                 group by grouping sets ((c.worker_id), ())
                 order by grouping(c.worker_id), c.worker_id""";
        List<WorkerFigures> rows = jdbc.query(sql, params, (rs, i) -> {
            Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
            int column = 3;
            for (Stage stage : Stage.values()) {
                byStage.put(stage, rs.getLong(column++));
            }
            Double median = rs.getObject(column + 3) == null ? null : rs.getDouble(column + 3);
            return new WorkerFigures(rs.getInt(2) == 1 ? null : rs.getLong(1), byStage, rs.getLong(column),
                    rs.getLong(column + 1), rs.getLong(column + 2), median);
        });
        if (rows.stream().noneMatch(WorkerFigures::total)) {
            // a team without open cases: the aggregate of no rows still gets its total line
            rows = new ArrayList<>(rows);
            rows.add(new WorkerFigures(null, emptyStages(), 0, 0, 0, null));
        }
        return rows;
    }

    /** Open cases per stage now, every stage present. */
    @Transactional(readOnly = true)
    public Map<Stage, Long> openByStage(CurrentUser user, Long teamId, String kecamatan) {
        var params = scope(user, teamId, kecamatan);
        Map<Stage, Long> counts = emptyStages();
        jdbc.query("select c.stage, count(*) from case_file c where c.status = 'OPEN' and " + SCOPE
                + " group by c.stage", params, rs -> {
                    counts.put(Stage.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** Cases opened and closed in each month from {@code from} to {@code to}, every month present. */
    @Transactional(readOnly = true)
    public List<MonthCount> openedAndClosed(CurrentUser user, Long teamId, String kecamatan, YearMonth from,
            YearMonth to) {
        var params = period(scope(user, teamId, kecamatan), from, to);
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.put(m, new long[2]);
        }
        jdbc.query("""
                select cast(date_trunc('month', x.day) as date), sum(x.opened), sum(x.closed) from (
                    select c.opened_on as day, 1 as opened, 0 as closed from case_file c
                     where c.opened_on between :from and :to and""" + SCOPE + """
                    union all
                    select c.closed_on, 0, 1 from case_file c
                     where c.closed_on between :from and :to and""" + SCOPE + """
                ) x group by 1""", params, rs -> {
                    long[] counts = months.get(YearMonth.from(rs.getDate(1).toLocalDate()));
                    if (counts != null) {
                        counts[0] = rs.getLong(2);
                        counts[1] = rs.getLong(3);
                    }
                });
        return months.entrySet().stream().map(e -> new MonthCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /**
     * Problems found in assessments by barrier category, over the cases that were open at some time
     * in the period; every category present.
     */
    @Transactional(readOnly = true)
    public Map<BarrierCategory, Long> barriers(CurrentUser user, Long teamId, String kecamatan, YearMonth from,
            YearMonth to) {
        var params = period(scope(user, teamId, kecamatan), from, to);
        Map<BarrierCategory, Long> counts = new EnumMap<>(BarrierCategory.class);
        for (BarrierCategory category : BarrierCategory.values()) {
            counts.put(category, 0L);
        }
        jdbc.query("""
                select p.category, count(*) from case_problem p join case_file c on c.id = p.case_file_id
                 where p.category is not null and c.opened_on <= :to and (c.closed_on is null or c.closed_on >= :from)
                   and""" + SCOPE + " group by p.category", params, rs -> {
                    counts.put(BarrierCategory.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** Cases closed in the period by termination reason; every reason present. */
    @Transactional(readOnly = true)
    public Map<TerminationReason, Long> terminations(CurrentUser user, Long teamId, String kecamatan,
            YearMonth from, YearMonth to) {
        var params = period(scope(user, teamId, kecamatan), from, to);
        Map<TerminationReason, Long> counts = new EnumMap<>(TerminationReason.class);
        for (TerminationReason reason : TerminationReason.values()) {
            counts.put(reason, 0L);
        }
        jdbc.query("""
                select c.termination_reason, count(*) from case_file c
                 where c.status = 'CLOSED' and c.termination_reason is not null
                   and c.closed_on between :from and :to and""" + SCOPE + " group by c.termination_reason",
                params, rs -> {
                    counts.put(TerminationReason.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** The month's figures per team (key: the team id), for the teams the user may read. */
    @Transactional(readOnly = true)
    public List<GroupFigures> monthByTeam(CurrentUser user, YearMonth month) {
        return month(user, month, "cast(c.team_id as varchar)");
    }

    /** The month's figures per kecamatan of the client's current kelurahan (key: its code, or null). */
    @Transactional(readOnly = true)
    public List<GroupFigures> monthByKecamatan(CurrentUser user, YearMonth month) {
        return month(user, month, """
                (select substr(cl.current_kelurahan_code, 1, 8) from client cl where cl.id = c.client_id)""");
    }

    private List<GroupFigures> month(CurrentUser user, YearMonth month, String key) {
        var params = period(scope(user, null, null), month, month);
        return jdbc.query("select " + key + """
                        as key,
                       count(*) filter (where c.opened_on <= :to and (c.closed_on is null or c.closed_on > :to)),
                       count(*) filter (where c.opened_on between :from and :to),
                       count(*) filter (where c.closed_on between :from and :to)
                  from case_file c
                 where c.opened_on <= :to and (c.closed_on is null or c.closed_on >= :from) and""" + SCOPE + """
                 group by 1 order by 1""", params,
                (rs, i) -> new GroupFigures(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }

    private MapSqlParameterSource scope(CurrentUser user, Long teamId, String kecamatan) {
        TeamScope scope = teams.readableTeams(user, teamId);
        return new MapSqlParameterSource("allTeams", scope.all()).addValue("teams", scope.ids())
                .addValue("kecamatan", kecamatan == null || kecamatan.isBlank() ? null : kecamatan.strip() + ".%");
    }

    private static MapSqlParameterSource period(MapSqlParameterSource params, YearMonth from, YearMonth to) {
        return params.addValue("from", Date.valueOf(from.atDay(1))).addValue("to", Date.valueOf(to.atEndOfMonth()));
    }

    private static Map<Stage, Long> emptyStages() {
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            counts.put(stage, 0L);
        }
        return counts;
    }

}
