package id.lentera.region;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import id.lentera.region.RegionImportView.LevelCount;
import id.lentera.region.RegionImportView.Phase;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run of an import, in the background. The rows are checked in memory, then copied (COPY) into
 * a temporary table and applied with set-based statements, all in ONE transaction: a bad row
 * anywhere, or any failure, leaves the region table as it was. Progress is written in short
 * transactions of its own so that the page polling it sees it while the big one is still open.
 */
@Component
class RegionImportJob {

    private static final Logger log = LoggerFactory.getLogger(RegionImportJob.class);

    /** How often (in rows) the copy reports its progress. */
    static final int PROGRESS_EVERY = 5_000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final RegionImportRecords records;
    private final TransactionTemplate work;
    private final TransactionTemplate ownTransaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegionImportJob(DataSource dataSource, JdbcTemplate jdbc, RegionImportRecords records,
            PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.records = records;
        this.work = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.clock = clock;
    }

    /** Signals that the file has bad rows; thrown inside the transaction so that it rolls back. */
    private static final class Rejected extends RuntimeException {
        final List<ImportProblem> problems;
        final int problemCount;

        Rejected(List<ImportProblem> problems, int problemCount) {
            super(null, null, false, false);
            this.problems = problems;
            this.problemCount = problemCount;
        }
    }

    void run(long id, String actor, String fileName, byte[] content) {
        RegionCsv.Result parsed;
        try {
            parsed = RegionCsv.parse(content);
        } catch (RuntimeException e) {
            fail(id, e);
            return;
        }
        int rowsRead = parsed.rowsRead();
        if (!parsed.acceptable()) {
            reject(id, actor, fileName, rowsRead, parsed.problems(), parsed.problemCount());
            return;
        }
        List<RegionCsv.Row> rows = parsed.rows();
        try {
            ownTransaction.executeWithoutResult(s -> records.progress(id, Phase.LOADING, rows.size(), 0));
            work.executeWithoutResult(status -> apply(id, actor, fileName, rows));
        } catch (Rejected e) {
            reject(id, actor, fileName, rowsRead, e.problems, e.problemCount);
        } catch (RuntimeException e) {
            fail(id, e);
        }
    }

    private void apply(long id, String actor, String fileName, List<RegionCsv.Row> rows) {
        jdbc.execute("""
                create temporary table region_upload (
                    line        integer      not null,
                    code        varchar(13)  primary key,
                    name        varchar(120) not null,
                    level       varchar(8)   not null,
                    parent_code varchar(13)
                ) on commit drop""");
        copy(id, rows);
        jdbc.execute("analyze region_upload");

        ownTransaction.executeWithoutResult(s -> records.progress(id, Phase.CHECKING, rows.size(), rows.size()));
        List<ImportProblem> orphans = jdbc.query("""
                select u.line, u.code from region_upload u
                 where u.parent_code is not null
                   and not exists (select 1 from region_upload p where p.code = u.parent_code)
                   and not exists (select 1 from region r where r.code = u.parent_code)
                 order by u.line limit ?""",
                (rs, i) -> ImportProblem.of(rs.getInt("line"), ImportProblem.Reason.PARENT_MISSING, rs.getString("code")),
                RegionCsv.MAX_PROBLEMS_KEPT);
        if (!orphans.isEmpty()) {
            Integer all = jdbc.queryForObject("""
                    select count(*) from region_upload u
                     where u.parent_code is not null
                       and not exists (select 1 from region_upload p where p.code = u.parent_code)
                       and not exists (select 1 from region r where r.code = u.parent_code)""", Integer.class);
            throw new Rejected(orphans, all);
        }

        ownTransaction.executeWithoutResult(s -> records.progress(id, Phase.APPLYING, rows.size(), rows.size()));
        List<LevelCount> counts = jdbc.query("""
                select u.level, count(*) as rows_read,
                       count(*) filter (where r.code is null) as added,
                       count(*) filter (where r.code is not null and r.name <> u.name) as renamed,
                       count(*) filter (where r.name = u.name) as unchanged
                  from region_upload u left join region r on r.code = u.code
                 group by u.level""",
                (rs, i) -> new LevelCount(RegionLevel.valueOf(rs.getString("level")), rs.getInt("rows_read"),
                        rs.getInt("added"), rs.getInt("renamed"), rs.getInt("unchanged")));
        // foreign keys are checked at the end of the statement, so parents and children may come in any order
        jdbc.update("""
                insert into region (code, name, level, parent_code, updated_at)
                select code, name, level, parent_code, now() from region_upload
                on conflict (code) do update set name = excluded.name, updated_at = excluded.updated_at
                 where region.name <> excluded.name""");

        List<LevelCount> ordered = new ArrayList<>(counts);
        ordered.sort((a, b) -> a.level().compareTo(b.level()));
        records.applied(id, rows.size(), ordered);
        int added = ordered.stream().mapToInt(LevelCount::added).sum();
        int renamed = ordered.stream().mapToInt(LevelCount::renamed).sum();
        int unchanged = ordered.stream().mapToInt(LevelCount::unchanged).sum();
        events.publishEvent(new RegionsImported(clock.instant(), actor, fileName, true, rows.size(), added, renamed,
                unchanged, 0));
    }

    private void copy(long id, List<RegionCsv.Row> rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy region_upload (line, code, name, level, parent_code) from stdin (format csv)",
                    new RowReader(rows, done -> ownTransaction.executeWithoutResult(
                            s -> records.progress(id, Phase.LOADING, rows.size(), done))));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Copying the regions into the database failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void reject(long id, String actor, String fileName, int rowsRead, List<ImportProblem> problems,
            int problemCount) {
        ownTransaction.executeWithoutResult(s -> {
            records.rejected(id, rowsRead, problems, problemCount);
            events.publishEvent(new RegionsImported(clock.instant(), actor, fileName, false, rowsRead, 0, 0, 0,
                    problemCount));
        });
    }

    private void fail(long id, RuntimeException e) {
        log.error("Region import {} failed", id, e);
        ownTransaction.executeWithoutResult(s -> records.failed(id));
    }

    /** The rows as CSV for COPY, produced as PostgreSQL reads them, reporting every few thousand. */
    private static final class RowReader extends Reader {

        interface Progress {
            void rowsDone(int rows);
        }

        private final List<RegionCsv.Row> rows;
        private final Progress progress;
        private int next;
        private String pending = "";
        private int pendingAt;

        RowReader(List<RegionCsv.Row> rows, Progress progress) {
            this.rows = rows;
            this.progress = progress;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            int written = 0;
            while (written < length) {
                if (pendingAt == pending.length()) {
                    if (next == rows.size()) {
                        break;
                    }
                    pending = csvLine(rows.get(next++));
                    pendingAt = 0;
                    if (next % PROGRESS_EVERY == 0) {
                        progress.rowsDone(next);
                    }
                }
                int n = Math.min(length - written, pending.length() - pendingAt);
                pending.getChars(pendingAt, pendingAt + n, buffer, offset + written);
                pendingAt += n;
                written += n;
            }
            return written == 0 && length > 0 ? -1 : written;
        }

        private static String csvLine(RegionCsv.Row row) {
            return row.line() + "," + row.code() + ",\"" + row.name().replace("\"", "\"\"") + "\","
                    + row.level().name() + "," + (row.parentCode() == null ? "" : row.parentCode()) + "\n";
        }

        @Override
        public void close() {
        }
    }
}
