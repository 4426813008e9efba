package id.lentera.journey;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import id.lentera.account.DemoAccounts;
import id.lentera.support.BrowserTest;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 3 (regions) on a phone: the admin uploads a region file and follows the import to its
 * summary; a social worker picks a kelurahan by typing part of its name.
 */
class RegionJourneyTest extends BrowserTest {

    @Autowired
    private DemoAccounts demoAccounts;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeAll
    void createDemoOffice() {
        demoAccounts.createIfMissing();
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @Test
    void adminFollowsAnImportFromProgressBarToSummary() {
        signIn("admin", DemoAccounts.PASSWORD);
        openMenuIfFolded();
        page.locator("#mainNav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Wilayah")
                .setExact(true)).click();
        assertThat(page).hasURL(url("/admin/regions"));

        // an import that is still loading, as another admin's would be: the bar shows how far it is
        long running = jdbc.queryForObject("""
                insert into region_import (file_name, started_by, started_at, heartbeat_at, state, phase, rows_total, rows_done)
                values ('besar.csv', 'admin', ?, ?, 'RUNNING', 'LOADING', 10000, 5000) returning id""", Long.class,
                Timestamp.from(TestClock.get().instant()), Timestamp.from(TestClock.get().instant()));
        page.navigate(url("/admin/regions/imports/" + running));
        Locator bar = page.locator(".progress[role=progressbar]");
        assertThat(bar).hasAttribute("aria-valuenow", "45");
        assertThat(page.getByText("Memuat baris ke basis data…")).isVisible();
        assertThat(page.getByText("5.000 dari 10.000 baris")).isVisible();
        screenshot("regions-01-progress");
        assertNoHorizontalScroll("import progress");
        // the page polls: once the import has moved on, the bar follows without a reload
        jdbc.update("update region_import set rows_done = 10000, phase = 'APPLYING' where id = ?", running);
        assertThat(bar).hasAttribute("aria-valuenow", "70");
        jdbc.update("update region_import set state = 'FAILED', phase = 'DONE', finished_at = now() where id = ?", running);
        assertThat(page.locator("[data-test=region-import-failed]")).isVisible();
        assertThat(bar).hasCount(0);

        // the admin's own upload
        page.navigate(url("/admin/regions"));
        page.getByLabel("Berkas CSV").setInputFiles(Path.of("src/test/resources/regions/uji-86.csv"));
        screenshot("regions-02-upload");
        page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Impor")
                .setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/regions/imports/\\d+$"));
        assertThat(page.locator(".alert-success").first()).hasText("Impor dimulai.");
        Locator summary = page.locator("[data-test=region-import-summary]");
        assertThat(summary).isVisible();
        assertThat(page.locator("[data-test=region-import-applied]")).hasText("Impor selesai: 7 baris dibaca.");
        assertThat(summary.locator("tr[data-level=VILLAGE] [data-test=rows]")).hasText("3");
        assertThat(summary.locator("tr[data-level=DISTRICT] [data-test=rows]")).hasText("2");
        assertThat(summary.locator("tr[data-level=TOTAL] [data-test=rows]")).hasText("7");
        screenshot("regions-03-summary");
        assertNoHorizontalScroll("import summary");
        assertTrue((Boolean) page.evaluate("() => [...document.querySelectorAll('.table-responsive')]"
                + ".every(e => e.scrollWidth <= e.clientWidth)"), "the summary fits the phone without scrolling");

        // and it is in the activity log
        page.navigate(url("/admin/activity"));
        assertThat(page.locator("[data-test=activity-action]").filter(new Locator.FilterOptions()
                .setHasText("Mengimpor wilayah")).first()).isVisible();
    }

    @Test
    void workerPicksAKelurahanByTypingPartOfItsName() {
        signIn("peksos1", DemoAccounts.PASSWORD);
        page.navigate(url("/regions"));
        Locator search = page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Ketik nama wilayah"));
        assertThat(search).isVisible();
        assertThat(page.locator("#code")).hasAttribute("type", "hidden");

        search.click();
        // with nothing typed the office's city opens, to go down through its kecamatan
        assertThat(page.locator("#code-results [data-region-path]")).containsText("Kota Binjai");
        search.pressSequentially("tanah me");
        Locator choice = page.locator("#code-results [data-region-choice='12.75.05.1001']");
        assertThat(choice).containsText("Tanah Merah");
        assertThat(choice).containsText("Binjai Selatan, Kota Binjai");
        screenshot("regions-04-picker-typed");
        assertNoHorizontalScroll("picker");
        choice.click();

        assertThat(page.locator("#code-chosen")).hasText("Tanah Merah — Binjai Selatan, Kota Binjai");
        assertThat(page.locator("#code")).hasValue("12.75.05.1001");
        page.locator("[data-test=region-lookup-form]").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Tampilkan")).click();
        assertThat(page).hasURL(Pattern.compile(".*[?&]code=12\\.75\\.05\\.1001.*"));
        assertTrue(!page.url().contains("q="), "the search text is not sent with the form: " + page.url());
        assertThat(page.locator("[data-test=region-code]")).hasText("12.75.05.1001");
        assertThat(page.locator("#code-chosen")).hasText("Tanah Merah — Binjai Selatan, Kota Binjai");
        screenshot("regions-05-picked");
    }
}
