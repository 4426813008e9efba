package id.lentera.casework;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Open cases counted from the summary table rather than the cases (V72's case_stage_day). */
@Component
class OpenCaseCounts {

    private final NamedParameterJdbcTemplate jdbc;

    OpenCaseCounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A worker's open cases in a team. */
    long of(long teamId, long workerId) {
        Long n = jdbc.queryForObject("""
                select coalesce(sum(cases), 0) from case_stage_day where team_id = :team and worker_id = :worker""",
                new MapSqlParameterSource("team", teamId).addValue("worker", workerId), Long.class);
        return n == null ? 0 : n;
    }
}
