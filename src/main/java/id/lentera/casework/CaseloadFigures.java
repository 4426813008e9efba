package id.lentera.casework;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import id.lentera.account.TeamScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures over case files for the supervision pages, read from casework's summary tables (migration
 * V72: counts kept up to date by triggers on case_file, case_problem and approval_request), so each
 * figure sums a few hundred pre-counted rows instead of aggregating every case: a team's caseload
 * per worker, and the dashboard's and monthly report's counts. Who may read which team is decided
 * by {@link TeamDirectory#readableTeams}; the head of office reads every team, a supervisor their own.
 *
 * <p>Days in stage and days without activity are whole days of the office calendar
 * ({@code lentera.time-zone}, in which the summaries count them too; see {@link CaseDayZone}). The kecamatan is the client's current one, kept
 * on the case by {@link CaseKecamatan}.
 */
@Service
@PreAuthorize("hasAnyRole('SUPERVISOR', 'HEAD_OF_OFFICE')")
public class CaseloadFigures {

    /** The office's zone: the summaries count days in it too (lentera_case_day(), kept by {@link CaseDayZone}). */
    private final ZoneId zone;

    private static final String SCOPE = """
             (:allTeams or s.team_id in (:teams))
             and (cast(:kecamatan as varchar) is null or s.kecamatan = :kecamatan)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final TeamDirectory teams;
    private final Clock clock;

    CaseloadFigures(NamedParameterJdbcTemplate jdbc, TeamDirectory teams, Clock clock, ZoneId officeZone) {
        this.zone = officeZone;
        this.jdbc = jdbc;
        this.teams = teams;
        this.clock = clock;
    }

    /**
     * The open caseload of a team per responsible worker (deactivated workers too, as long as they
     * hold open cases of the team), followed by the team's total (workerId null). A case is quiet
     * when its last activity was on a day before the last {@code quietDays} days; the median days
     * in stage is that of whole days (percentile_cont: the mean of the two middle values).
     */
    @Transactional(readOnly = true)
    public List<WorkerFigures> team(long teamId, int quietDays, CurrentUser user) {
        teams.readableTeams(user, teamId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        var params = new MapSqlParameterSource("team", teamId).addValue("today", Date.valueOf(today))
                .addValue("quietBefore", Date.valueOf(today.minusDays(quietDays)));
        // key: worker id, or TOTAL for the team's line
        Map<Long, Map<Stage, Long>> stages = new TreeMap<>();
        jdbc.query("""
                select worker_id, grouping(worker_id), stage, sum(cases) from case_stage_day
                 where team_id = :team and cases <> 0
                 group by grouping sets ((worker_id, stage), (stage))""", params, rs -> {
                    stages.computeIfAbsent(key(rs), k -> emptyStages()).put(Stage.valueOf(rs.getString(3)), rs.getLong(4));
                });
        Map<Long, Double> medians = new HashMap<>();
        // the cumulative count of each day's cases (days in stage ascending) finds the middle one or two
        // (0-based positions (total - 1) / 2 and total / 2 in integers: one for an odd count, two for even)
        jdbc.query("""
                with d as (select worker_id, grouping(worker_id) as total_line, since_day, sum(cases) as n
                             from case_stage_day where team_id = :team and cases <> 0
                            group by grouping sets ((worker_id, since_day), (since_day))),
                     c as (select worker_id, total_line, since_day, n, cast(sum(n) over w as bigint) - n as before,
                                  cast(sum(n) over (partition by total_line, worker_id) as bigint) as total
                             from d where n > 0
                           window w as (partition by total_line, worker_id order by since_day desc))
                select worker_id, total_line, avg(cast(:today as date) - since_day) from c
                 where (total - 1) / 2 between before and before + n - 1 or total / 2 between before and before + n - 1
                 group by total_line, worker_id""", params, rs -> {
                    medians.put(key(rs), rs.getDouble(3));
                });
        Map<Long, Long> quiet = perWorker("""
                select worker_id, grouping(worker_id), sum(cases) from case_activity_day
                 where team_id = :team and activity_day < :quietBefore
                 group by rollup (worker_id)""", params);
        Map<Long, Long> awaiting = perWorker("""
                select worker_id, grouping(worker_id), sum(cases) from case_awaiting_approval
                 where team_id = :team group by rollup (worker_id)""", params);
        List<WorkerFigures> rows = new ArrayList<>();
        stages.forEach((worker, byStage) -> {
            long open = byStage.values().stream().mapToLong(Long::longValue).sum();
            if (open > 0 && worker != TOTAL) {
                rows.add(new WorkerFigures(worker, byStage, open, awaiting.getOrDefault(worker, 0L),
                        quiet.getOrDefault(worker, 0L), medians.get(worker)));
            }
        });
        Map<Stage, Long> all = stages.getOrDefault(TOTAL, emptyStages());
        long open = all.values().stream().mapToLong(Long::longValue).sum();
        // a team without open cases still gets its total line
        rows.add(open == 0 ? new WorkerFigures(null, emptyStages(), 0, 0, 0, null)
                : new WorkerFigures(null, all, open, awaiting.getOrDefault(TOTAL, 0L), quiet.getOrDefault(TOTAL, 0L),
                        medians.get(TOTAL)));
        return rows;
    }

    /** The key of a worker's line in a {@code grouping sets} result: its id, or TOTAL for the team's line. */
    private static final long TOTAL = Long.MIN_VALUE;

    private static long key(java.sql.ResultSet rs) throws java.sql.SQLException {
        return rs.getInt(2) == 1 ? TOTAL : rs.getLong(1);
    }

    private Map<Long, Long> perWorker(String sql, MapSqlParameterSource params) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query(sql, params, rs -> {
            counts.put(key(rs), rs.getLong(3));
        });
        return counts;
    }

    /** Open cases per stage now, every stage present. */
    @Transactional(readOnly = true)
    public Map<Stage, Long> openByStage(CurrentUser user, Long teamId, String kecamatan) {
        var params = scope(user, teamId, kecamatan);
        Map<Stage, Long> counts = emptyStages();
        jdbc.query("select s.stage, sum(s.cases) from case_open_stage s where " + SCOPE + " group by s.stage", params,
                rs -> {
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
        jdbc.query("select s.month, sum(s.opened), sum(s.closed) from case_month s where s.month between :from and :to and"
                + SCOPE + " group by s.month", params, rs -> {
                    long[] counts = months.get(YearMonth.from(rs.getObject(1, LocalDate.class)));
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
     * in the period (opened up to its end, not closed before its start); every category present.
     */
    @Transactional(readOnly = true)
    public Map<BarrierCategory, Long> barriers(CurrentUser user, Long teamId, String kecamatan, YearMonth from,
            YearMonth to) {
        var params = period(scope(user, teamId, kecamatan), from, to);
        Map<BarrierCategory, Long> counts = new EnumMap<>(BarrierCategory.class);
        for (BarrierCategory category : BarrierCategory.values()) {
            counts.put(category, 0L);
        }
        // a case is closed on or after the day it was opened, so those closed before the period were
        // all opened before its end: subtracting their problems from all opened up to the end is exact
        jdbc.query("""
                select s.category, sum(s.opened) - coalesce(sum(s.closed) filter (where s.month < :from), 0)
                  from case_barrier_month s
                 where s.month <= :to and""" + SCOPE + " group by s.category", params, rs -> {
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
        jdbc.query("select s.reason, sum(s.cases) from case_termination_month s where s.month between :from and :to and"
                + SCOPE + " group by s.reason", params, rs -> {
                    counts.put(TerminationReason.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** The month's figures per team (key: the team id), for the teams the user may read. */
    @Transactional(readOnly = true)
    public List<GroupFigures> monthByTeam(CurrentUser user, YearMonth month) {
        return month(user, month, "cast(s.team_id as varchar)");
    }

    /** The month's figures per kecamatan of the client's current kelurahan (key: its code, or null). */
    @Transactional(readOnly = true)
    public List<GroupFigures> monthByKecamatan(CurrentUser user, YearMonth month) {
        return month(user, month, "s.kecamatan");
    }

    /**
     * Groups with a case open at some time in the month: open at its end = opened up to it minus
     * closed up to it; open at some time in it = opened up to it minus closed before it.
     */
    private List<GroupFigures> month(CurrentUser user, YearMonth month, String key) {
        var params = period(scope(user, null, null), month, month);
        return jdbc.query("select " + key + """
                        as key,
                       sum(s.opened) - sum(s.closed),
                       coalesce(sum(s.opened) filter (where s.month = :from), 0),
                       coalesce(sum(s.closed) filter (where s.month = :from), 0)
                  from case_month s
                 where s.month <= :from and""" + SCOPE + """
                 group by 1
                having sum(s.opened) - coalesce(sum(s.closed) filter (where s.month < :from), 0) > 0
                 order by 1""", params,
                (rs, i) -> new GroupFigures(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }

    private MapSqlParameterSource scope(CurrentUser user, Long teamId, String kecamatan) {
        TeamScope scope = teams.readableTeams(user, teamId);
        return new MapSqlParameterSource("allTeams", scope.all()).addValue("teams", scope.ids())
                .addValue("kecamatan", kecamatan == null || kecamatan.isBlank() ? null : kecamatan.strip());
    }

    /** Months are summed by their first day. */
    private static MapSqlParameterSource period(MapSqlParameterSource params, YearMonth from, YearMonth to) {
        return params.addValue("from", Date.valueOf(from.atDay(1))).addValue("to", Date.valueOf(to.atDay(1)));
    }

    private static Map<Stage, Long> emptyStages() {
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            counts.put(stage, 0L);
        }
        return counts;
    }

}
