package id.lentera.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.lentera.region.RegionImportView.LevelCount;
import id.lentera.region.RegionImportView.Phase;
import id.lentera.region.RegionImportView.State;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The region_import tables: an import's progress and outcome. */
@Component
class RegionImportRecords {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RegionImportRecords(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Throws {@link org.springframework.dao.DuplicateKeyException} while another import runs. */
    long insertRunning(String fileName, String actor) {
        Timestamp now = Timestamp.from(clock.instant());
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    insert into region_import (file_name, started_by, started_at, heartbeat_at, state, phase)
                    values (?, ?, ?, ?, 'RUNNING', 'READING')""", new String[] {"id"});
            statement.setString(1, fileName);
            statement.setString(2, actor);
            statement.setTimestamp(3, now);
            statement.setTimestamp(4, now);
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    /** An import whose instance stopped (crash, restart) would block every later one: fail it. */
    int failAbandoned(Duration silence) {
        Instant now = clock.instant();
        return jdbc.update("""
                update region_import set state = 'FAILED', finished_at = ?, version = version + 1
                 where state = 'RUNNING' and heartbeat_at < ?""", Timestamp.from(now),
                Timestamp.from(now.minus(silence)));
    }

    void progress(long id, Phase phase, int rowsTotal, int rowsDone) {
        jdbc.update("""
                update region_import set phase = ?, rows_total = ?, rows_done = ?, heartbeat_at = ?, version = version + 1
                 where id = ? and state = 'RUNNING'""", phase.name(), rowsTotal, rowsDone,
                Timestamp.from(clock.instant()), id);
    }

    void applied(long id, int rowsRead, List<LevelCount> counts) {
        finish(id, State.APPLIED, rowsRead, 0);
        jdbc.batchUpdate("""
                insert into region_import_count (import_id, level, rows_read, added, renamed, unchanged)
                values (?, ?, ?, ?, ?, ?)""", counts, counts.size(), (statement, count) -> {
            statement.setLong(1, id);
            statement.setString(2, count.level().name());
            statement.setInt(3, count.rowsRead());
            statement.setInt(4, count.added());
            statement.setInt(5, count.renamed());
            statement.setInt(6, count.unchanged());
        });
    }

    void rejected(long id, int rowsRead, List<ImportProblem> problems, int problemCount) {
        finish(id, State.REJECTED, rowsRead, problemCount);
        jdbc.batchUpdate("""
                insert into region_import_problem (import_id, line_number, reason, value, other_line)
                values (?, ?, ?, ?, ?) on conflict do nothing""", problems, problems.size(), (statement, p) -> {
            statement.setLong(1, id);
            statement.setInt(2, p.line());
            statement.setString(3, p.reason().name());
            statement.setString(4, p.value());
            statement.setObject(5, p.otherLine());
        });
    }

    void failed(long id) {
        finish(id, State.FAILED, null, 0);
    }

    private void finish(long id, State state, Integer rowsRead, int problemCount) {
        jdbc.update("""
                update region_import set state = ?, phase = 'DONE', finished_at = ?, heartbeat_at = ?,
                       rows_total = coalesce(?, rows_total), rows_done = coalesce(?, rows_done),
                       problem_count = ?, version = version + 1
                 where id = ?""", state.name(), Timestamp.from(clock.instant()), Timestamp.from(clock.instant()),
                rowsRead, rowsRead, problemCount, id);
    }

    /** Three queries whatever the size of the import: the import, its counts, its problems. */
    Optional<RegionImportView> find(long id) {
        return jdbc.query("select * from region_import where id = ?", (rs, i) -> head(rs), id).stream().findFirst()
                .map(this::withDetails);
    }

    Optional<RegionImportView> latest() {
        return jdbc.query("select * from region_import order by started_at desc, id desc limit 1",
                (rs, i) -> head(rs)).stream().findFirst().map(this::withDetails);
    }

    private RegionImportView withDetails(RegionImportView head) {
        long id = head.id();
        List<LevelCount> counts = jdbc.query("""
                select level, rows_read, added, renamed, unchanged from region_import_count where import_id = ?
                 order by case level when 'PROVINCE' then 1 when 'REGENCY' then 2 when 'DISTRICT' then 3 else 4 end""",
                (c, i) -> new LevelCount(RegionLevel.valueOf(c.getString("level")), c.getInt("rows_read"),
                        c.getInt("added"), c.getInt("renamed"), c.getInt("unchanged")), id);
        List<ImportProblem> problems = jdbc.query("""
                select line_number, reason, value, other_line from region_import_problem where import_id = ?
                 order by line_number, reason""",
                (p, i) -> new ImportProblem(p.getInt("line_number"), ImportProblem.Reason.valueOf(p.getString("reason")),
                        p.getString("value"), (Integer) p.getObject("other_line")), id);
        return new RegionImportView(id, head.fileName(), head.startedBy(), head.startedAt(), head.finishedAt(),
                head.state(), head.phase(), head.rowsTotal(), head.rowsDone(), head.problemCount(), counts, problems);
    }

    private static RegionImportView head(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new RegionImportView(rs.getLong("id"), rs.getString("file_name"), rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                State.valueOf(rs.getString("state")), Phase.valueOf(rs.getString("phase")), rs.getInt("rows_total"),
                rs.getInt("rows_done"), rs.getInt("problem_count"), List.of(), List.of());
    }
}
