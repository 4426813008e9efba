package id.lentera.visit;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of home visits for supervision and dashboards: each method is one SQL aggregate. The
 * counts read {@code home_visit_day} (visits per team, worker, status and day, kept by a trigger on
 * {@code home_visit}, V80), a few rows per worker and day instead of every visit. They decide no visibility: the caller passes the teams the
 * user may see ({@code teamIds} null: every team, for the head of office).
 */
@Service
@Transactional(readOnly = true)
public class VisitStatistics {

    /** Visits done in one week (the week's Monday). */
    public record WeekCount(LocalDate weekOf, long visits) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    VisitStatistics(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Planned visits whose day is over, per responsible worker. */
    public Map<Long, Long> overduePerWorker(Collection<Long> teamIds, LocalDate today) {
        MapSqlParameterSource params = teams(teamIds).addValue("today", Date.valueOf(today));
        return counts("""
                select worker_id, sum(visits) from home_visit_day
                 where status = 'PLANNED' and day < :today""" + teamFilter(teamIds) + " group by worker_id having sum(visits) > 0",
                params);
    }

    /** Visits done from {@code from} to {@code to} (both included), per worker who was responsible. */
    public Map<Long, Long> donePerWorker(Collection<Long> teamIds, LocalDate from, LocalDate to) {
        MapSqlParameterSource params = teams(teamIds).addValue("from", Date.valueOf(from)).addValue("to", Date.valueOf(to));
        return counts("""
                select worker_id, sum(visits) from home_visit_day
                 where status = 'DONE' and day between :from and :to""" + teamFilter(teamIds)
                + " group by worker_id having sum(visits) > 0", params);
    }

    /** Visits done per week (ISO weeks, from Monday) from {@code from} to {@code to}; weeks without visits left out. */
    public List<WeekCount> donePerWeek(Collection<Long> teamIds, LocalDate from, LocalDate to) {
        MapSqlParameterSource params = teams(teamIds).addValue("from", Date.valueOf(from)).addValue("to", Date.valueOf(to));
        return jdbc.query("""
                select cast(date_trunc('week', day) as date) as week, sum(visits) from home_visit_day
                 where status = 'DONE' and day between :from and :to""" + teamFilter(teamIds)
                + " group by week having sum(visits) > 0 order by week", params,
                (rs, i) -> new WeekCount(rs.getObject(1, LocalDate.class), rs.getLong(2)));
    }

    /** The next planned visit's day per case, for the cases that have one. */
    public Map<Long, LocalDate> nextPlannedVisit(Collection<Long> caseIds) {
        Map<Long, LocalDate> next = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return next;
        }
        jdbc.query("""
                select case_id, min(scheduled_on) from home_visit
                 where status = 'PLANNED' and case_id in (:cases) group by case_id""",
                new MapSqlParameterSource("cases", caseIds),
                rs -> {
                    next.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                });
        return next;
    }

    private Map<Long, Long> counts(String sql, MapSqlParameterSource params) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query(sql, params, rs -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }

    private static MapSqlParameterSource teams(Collection<Long> teamIds) {
        return new MapSqlParameterSource("teams", teamIds == null || teamIds.isEmpty() ? List.of(-1L) : teamIds);
    }

    private static String teamFilter(Collection<Long> teamIds) {
        return teamIds == null ? "" : " and team_id in (:teams)";
    }
}
