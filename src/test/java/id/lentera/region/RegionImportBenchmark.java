package id.lentera.region;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * How long the full official list (91,599 rows) takes to import: into the demo's table, again
 * unchanged, and again with 1,000 renamed villages. Not part of the normal suite (the name does not
 * end in Test); run it with {@code ./mvnw verify -Dtest=RegionImportBenchmark}. The numbers go into
 * docs/performance.md.
 */
@IntegrationTest
class RegionImportBenchmark {

    private static final Path FULL_LIST = Path.of("../shared/data/wilayah-kemendagri-2025.csv");
    private static final long LIMIT_MILLIS = 30_000;

    @Autowired
    private RegionImports imports;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RegionDirectory directory;
    @Autowired
    private ApplicationContext context;

    @Test
    void importsTheFullOfficialListWellUnderThirtySeconds() throws IOException {
        assumeTrue(Files.isReadable(FULL_LIST), "the official list is not at " + FULL_LIST.toAbsolutePath()
                + " (it is only in the project's shared folder); nothing to measure");
        byte[] file = Files.readAllBytes(FULL_LIST);
        CurrentUser admin = new TestAccounts(context).account(Role.ADMIN);

        long parseStart = System.nanoTime();
        RegionCsv.Result parsed = RegionCsv.parse(file);
        long parseMillis = (System.nanoTime() - parseStart) / 1_000_000;
        assertThat(parsed.acceptable()).isTrue();
        report("parse and check in memory (91,599 rows)", parseMillis);

        RegionImportView first = timed("first import (table holds only the demo's regions)", admin, file);
        assertThat(first.total().rowsRead()).isEqualTo(91_599);
        assertThat(first.total().added()).isEqualTo(91_599 - first.total().unchanged());

        RegionImportView again = timed("re-import, nothing changed", admin, file);
        assertThat(again.total().unchanged()).isEqualTo(91_599);

        RegionImportView renamed = timed("re-import with 1,000 villages renamed", admin, renameVillages(file, 1_000));
        assertThat(renamed.total().renamed()).isEqualTo(1_000);

        Integer regions = jdbc.queryForObject("select count(*) from region", Integer.class);
        System.out.printf("[benchmark] region rows in the table afterwards: %d%n", regions);

        measureSearch("tanah me", RegionLevel.VILLAGE);
        measureSearch("sukamaju", RegionLevel.VILLAGE);
        measureSearch("binjai", null);
        measureSearch("ma", RegionLevel.VILLAGE);
    }

    /** The picker's type-ahead on the full table: what one keystroke costs the database. */
    private void measureSearch(String text, RegionLevel level) {
        for (int i = 0; i < 5; i++) {
            directory.search(text, level, "12.75", 20);
        }
        int rounds = 50;
        long start = System.nanoTime();
        int found = 0;
        for (int i = 0; i < rounds; i++) {
            found = directory.search(text, level, "12.75", 20).size();
        }
        long micros = (System.nanoTime() - start) / 1_000 / rounds;
        System.out.printf("[benchmark] picker search \"%s\" (%s): %d matches shown, %.1f ms per search%n", text,
                level == null ? "any level" : level, found, micros / 1000.0);
    }

    private RegionImportView timed(String what, CurrentUser admin, byte[] file) {
        long start = System.nanoTime();
        RegionImportView run = ImportRuns.importAndWait(imports, admin, "wilayah-kemendagri-2025.csv", file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(run.state()).isEqualTo(RegionImportView.State.APPLIED);
        report(what + " " + run.total(), millis);
        assertThat(millis).as(what).isLessThan(LIMIT_MILLIS);
        return run;
    }

    private static byte[] renameVillages(byte[] file, int count) {
        Matcher village = Pattern.compile("(?m)^(\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}),([^\"\\r\\n]+)\\r?$")
                .matcher(new String(file, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        int renamed = 0;
        while (village.find()) {
            String replacement = renamed < count ? village.group(1) + "," + village.group(2) + " Baru" : village.group();
            renamed++;
            village.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        village.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void report(String what, long millis) {
        System.out.printf("[benchmark] %-90s %6d ms%n", what, millis);
    }
}
