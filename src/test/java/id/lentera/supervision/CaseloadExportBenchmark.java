package id.lentera.supervision;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TeamManagement;
import id.lentera.account.TestAccounts;
import id.lentera.casework.CaseFilter;
import id.lentera.client.Sex;
import id.lentera.client.TestClients;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static id.lentera.account.TestAccounts.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caseload XLSX export of 100,000 rows: under 30 seconds, and memory as flat as for 10,000
 * (the rows are streamed from a cursor and written in batches). Not part of {@code verify} (it
 * writes 110,000 cases into the test database, then removes them):
 *
 * <pre>./mvnw -B test -Dtest=CaseloadExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@IntegrationTest
class CaseloadExportBenchmark {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Exports exports;

    @Test
    void exportsAHundredThousandRowsInUnderThirtySecondsWithFlatMemory() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        CurrentUser admin = accounts.account(unique("admin"), Role.ADMIN, null);
        CurrentUser head = accounts.account(unique("kabid"), Role.HEAD_OF_OFFICE, null);
        long small = SignedIn.run(admin, () -> context.getBean(TeamManagement.class).create(unique("Tim Kecil"), null, admin));
        long large = SignedIn.run(admin, () -> context.getBean(TeamManagement.class).create(unique("Tim Besar"), null, admin));
        CurrentUser worker = accounts.account(unique("peksos"), Role.SOCIAL_WORKER, large);
        long client = new TestClients(context).clientHeadingHousehold(worker, "Klien Tolok Ukur", Sex.M,
                LocalDate.of(1970, 1, 1), null, null, "12.75.05.1001");
        try {
            generate(client, worker.id(), small, 10_000, "S");
            generate(client, worker.id(), large, 100_000, "L");
            jdbc.execute("analyze case_file");
            Run warmUp = export(head, small);
            Run ten = export(head, small);
            Run hundred = export(head, large);
            System.out.printf("caseload export: 10,000 rows %d ms, live heap +%d MB (%d samples); 100,000 rows %d ms,"
                    + " live heap +%d MB (%d samples), file %d KB%n", ten.millis, ten.peakMb, ten.samples,
                    hundred.millis, hundred.peakMb, hundred.samples, hundred.bytes / 1024);
            assertThat(warmUp.rows).isEqualTo(10_000);
            assertThat(hundred.rows).isEqualTo(100_000);
            assertThat(hundred.readBack).isEqualTo(100_001);
            assertThat(Duration.ofMillis(hundred.millis)).isLessThan(Duration.ofSeconds(30));
            // ten times the rows, not ten times the memory: a batch at a time
            assertThat(hundred.peakMb).isLessThan(ten.peakMb + 16);
        } finally {
            jdbc.update("delete from case_file where team_id in (?, ?)", small, large);
        }
    }

    void generate(long client, long worker, long team, int rows, String tag) {
        String prefix = "B" + tag + Long.toString(System.nanoTime() % 1_000_000, 36);
        jdbc.update("""
                insert into case_file (number, client_id, worker_id, team_id, opened_on, stage, stage_since, status,
                                       risk_level, closed_on, last_activity_at, termination_reason)
                select ? || '-' || g, ?, ?, ?, current_date - (g % 700),
                       (array['ENGAGEMENT','ASSESSMENT','PLANNING','INTERVENTION','EVALUATION','TERMINATION'])[1 + g % 6],
                       now() - (g % 300) * interval '1 day', 'CLOSED', (array['LOW','MEDIUM','HIGH'])[1 + g % 3],
                       current_date, now() - (g % 400) * interval '1 day', 'GOALS_ACHIEVED'
                  from generate_series(1, ?) g""", prefix, client, worker, team, rows);
    }

    record Run(long rows, long millis, long peakMb, long bytes, long readBack, int samples) {
    }

    Run export(CurrentUser head, long team) throws Exception {
        Path file = Files.createTempFile("caseload", ".xlsx");
        // the live heap while the export runs: every 256 KB written, a full collection and a look at
        // what is left; a list of every row would grow with the rows, streamed batches stay level
        System.gc();
        long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        java.util.concurrent.atomic.AtomicLong live = new java.util.concurrent.atomic.AtomicLong(baseline);
        java.util.concurrent.atomic.AtomicInteger samples = new java.util.concurrent.atomic.AtomicInteger();
        long start = System.nanoTime();
        long rows;
        try (OutputStream out = new java.io.FilterOutputStream(new BufferedOutputStream(Files.newOutputStream(file))) {
            private long written;
            private long nextSample = 256 * 1024;

            @Override
            public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
                out.write(bytes, offset, length);
                written += length;
                if (written >= nextSample) {
                    nextSample += 256 * 1024;
                    System.gc();
                    live.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    samples.incrementAndGet();
                }
            }
        }) {
            CaseFilter filter = new CaseFilter(null, null, null, false, false, null, team, 30);
            rows = SignedIn.run(head, () -> exports.caseloadXlsx(filter, head, Locale.forLanguageTag("id"), out));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = live.get();
        long readBack;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new BufferedInputStream(Files.newInputStream(file)))) {
            try (var stream = workbook.getFirstSheet().openStream()) {
                readBack = stream.count();
            }
        }
        long bytes = Files.size(file);
        Files.delete(file);
        return new Run(rows, millis, Math.max(0, peak - baseline) / (1024 * 1024), bytes, readBack, samples.get());
    }
}
