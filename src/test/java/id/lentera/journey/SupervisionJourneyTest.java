package id.lentera.journey;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import id.lentera.account.CurrentUser;
import id.lentera.account.DemoAccounts;
import id.lentera.account.TeamDirectory;
import id.lentera.casework.ApprovalKind;
import id.lentera.casework.BarrierCategory;
import id.lentera.casework.Casework;
import id.lentera.casework.Engagement;
import id.lentera.casework.GoalPlan;
import id.lentera.casework.ProblemEntry;
import id.lentera.casework.ReferralSource;
import id.lentera.casework.RelationEntry;
import id.lentera.casework.RelationQuality;
import id.lentera.casework.RelationScope;
import id.lentera.casework.RiskLevel;
import id.lentera.casework.Stage;
import id.lentera.client.Sex;
import id.lentera.client.TestClients;
import id.lentera.supervision.XlsxRows;
import id.lentera.support.TestClock;
import id.lentera.visit.VisitLog;
import id.lentera.visit.VisitPurpose;
import id.lentera.support.BrowserTest;
import id.lentera.support.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.lentera.account.TestAccounts.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7 as the demo office does it, on a phone and on a desktop: koordinator opens the team
 * page, sees peksos1's overdue visit and opens the list behind the figure, hands one of peksos1's cases to peksos2, approves peksos1's plan from the queue and
 * downloads the caseload XLSX (opened and checked); kabid opens the dashboard and downloads the
 * monthly PDF (a PDF with the month's title).
 */
class SupervisionJourneyTest extends BrowserTest {

    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    TeamDirectory directory;
    @Autowired
    Casework casework;
    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    VisitLog visits;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    CurrentUser koordinator;
    CurrentUser peksos1;
    CurrentUser peksos2;

    @BeforeAll
    void demoOffice() {
        demoAccounts.createIfMissing();
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        koordinator = directory.byUsername("koordinator").orElseThrow();
        peksos1 = directory.byUsername("peksos1").orElseThrow();
        peksos2 = directory.byUsername("peksos2").orElseThrow();
    }

    /**
     * Two new cases of peksos1: one to hand over, one in planning waiting for the plan's approval.
     * The koordinator registers the clients and opens the cases for peksos1, so the demo workers'
     * own registrations stay what the demo loader made (other tests count them).
     */
    record Cases(String reassignedClient, long reassigned, String plannedClient, long planned) {
    }

    Cases casesOfPeksos1() {
        TestClients clients = new TestClients(applicationContext);
        String reassignedName = "Pindahan " + unique("J").substring(2);
        String plannedName = "Rencana " + unique("J").substring(2);
        long one = clients.clientHeadingHousehold(koordinator, reassignedName, Sex.M, LocalDate.of(1975, 6, 1), null, null,
                "12.75.05.1001");
        long two = clients.clientHeadingHousehold(koordinator, plannedName, Sex.F, LocalDate.of(1985, 2, 3), null, null,
                "12.75.05.1001");
        LocalDate today = TestClock.today();
        long reassigned = SignedIn.run(koordinator, () -> casework.open(one, peksos1.id(), today, koordinator));
        long planned = SignedIn.run(koordinator, () -> casework.open(two, peksos1.id(), today, koordinator));
        return SignedIn.run(peksos1, () -> {
            casework.recordEngagement(planned, version(planned), new Engagement(today, "Kantor kelurahan",
                    ReferralSource.KELURAHAN, "Tidak punya KTP", true, true, "Mengurus KTP"), peksos1);
            casework.advance(planned, Stage.ASSESSMENT, null, peksos1);
            casework.recordAssessment(planned, version(planned),
                    List.of(new ProblemEntry("KTP hilang", BarrierCategory.ADMINISTRATIVE)), "Rajin", "Dokumen",
                    List.of(new RelationEntry(RelationScope.COMMUNITY, "Ketua RT", RelationQuality.STRONG, null)),
                    RiskLevel.MEDIUM, peksos1);
            casework.advance(planned, Stage.PLANNING, null, peksos1);
            casework.addGoal(planned, new GoalPlan("KTP terbit", "KTP diterima", today.plusMonths(2), "Peksos",
                    List.of("Ke Dukcapil")), peksos1);
            casework.requestApproval(planned, ApprovalKind.PLAN, peksos1);
            // a visit planned two days ago and not recorded: overdue on the team page (as the demo's VisitDemo makes one)
            long visit = visits.plan(planned, java.util.UUID.randomUUID(), today, null, VisitPurpose.MONITORING,
                    "Kunjungan pemantauan", peksos1);
            jdbc.update("update home_visit set scheduled_on = ? where id = ?", today.minusDays(2), visit);
            // and one done today, for the dashboard's visits per week
            long done = visits.plan(planned, java.util.UUID.randomUUID(), today, null, VisitPurpose.MONITORING, null,
                    peksos1);
            visits.record(done, java.util.UUID.randomUUID(), id.lentera.visit.VisitFixtures.report(null), null, peksos1);
            return new Cases(reassignedName, reassigned, plannedName, planned);
        });
    }

    long version(long caseId) {
        return casework.find(caseId, peksos1).file().getVersion();
    }

    @Test
    void onAPhone() throws Exception {
        journey("phone");
    }

    @Test
    void onADesktop() throws Exception {
        context.close();
        context = page.context().browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setLocale("id-ID"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        journey("desktop");
    }

    void journey(String device) throws Exception {
        Cases cases = casesOfPeksos1();

        // koordinator: the team page, peksos1's row, then peksos1's cases
        signIn("koordinator", DemoAccounts.PASSWORD);
        openMenuIfFolded();
        page.locator("#mainNav").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Tim saya").setExact(true)).click();
        assertThat(page.locator("h1")).containsText(DemoAccounts.TEAM);
        var row = page.locator("[data-test=worker-row][data-worker='" + peksos1.id() + "']");
        assertThat(row).isVisible();
        assertThat(page.locator("[data-test=total-row]")).isVisible();
        assertNoHorizontalScroll("team page");
        screenshot("supervision-" + device + "-01-team");
        // peksos1's overdue visit: the figure, then the list behind it
        var overdue = row.locator("[data-test=overdue-visits]");
        assertThat(overdue).not().hasText("0");
        overdue.click();
        assertThat(page.locator("h1")).hasText("Kunjungan terlambat");
        assertThat(page.locator("[data-test=visit-row]").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(cases.plannedClient()))).containsText("Terlambat sejak");
        assertNoHorizontalScroll("overdue visits");
        screenshot("supervision-" + device + "-01b-overdue-visits");
        page.goBack();
        row.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(peksos1.fullName()))
                .click();
        assertThat(page.locator("h1")).hasText(peksos1.fullName());

        // hand one case to peksos2, with a reason
        page.locator("[data-case='" + cases.reassigned() + "'] input[type=checkbox]").check();
        page.locator("#toWorker").selectOption(String.valueOf(peksos2.id()));
        label("Alasan pengalihan").fill("Peksos1 cuti melahirkan");
        screenshot("supervision-" + device + "-02-reassign");
        button("Alihkan").click();
        assertThat(page.locator(".alert-success")).containsText("Kasus sudah dialihkan.");
        assertThat(page.locator("[data-case='" + cases.reassigned() + "']")).hasCount(0);
        assertNoHorizontalScroll("worker page");

        // approve peksos1's plan from the queue
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Antrean persetujuan").setExact(true)).click();
        var request = page.locator("[data-test=approval-row]").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(cases.plannedClient()));
        assertThat(request).isVisible();
        request.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Setujui"))
                .click();
        assertThat(page.locator("[data-test=approval-row]").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(cases.plannedClient()))).hasCount(0);

        // the caseload of peksos2 as an XLSX: the reassigned case is there, with its new worker
        page.navigate(url("/cases?worker=" + peksos2.id()));
        Download download = page.waitForDownload(() -> page.locator("[data-test=export-xlsx]").click());
        List<List<String>> rows = XlsxRows.of(Files.readAllBytes(download.path()));
        assertThat(rows.get(0)).startsWith("Nomor kasus", "Klien", "Pekerja sosial");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(cases.reassignedClient(), peksos2.fullName()));
        assertThat(rows.stream().skip(1)).allSatisfy(r -> assertThat(r.get(2)).isEqualTo(peksos2.fullName()));
        signOut();

        // kabid: the dashboard and last month's report as a PDF
        signIn("kabid", DemoAccounts.PASSWORD);
        page.navigate(url("/dashboard"));
        assertThat(page.locator("h1")).hasText("Dasbor");
        assertThat(page.locator("[data-test=figure-open-by-stage] canvas")).isVisible();
        assertThat(page.locator("#t-stage")).containsText("Rencana intervensi");
        assertNoHorizontalScroll("dashboard");
        screenshot("supervision-" + device + "-03-dashboard");
        // the visit and PKH figures, each chart with its table
        assertThat(page.locator("#t-visits tbody tr")).hasCount(12);
        assertThat(page.locator("#t-visits tbody tr").last().locator("td")).not().hasText("0");
        assertThat(page.locator("[data-test=figure-visits-per-week] canvas")).isVisible();
        assertThat(page.locator("#t-pkh")).containsText("Layak bila terdaftar");
        page.locator("[data-test=figure-pkh]").scrollIntoViewIfNeeded();
        screenshot("supervision-" + device + "-03b-dashboard-visits-pkh");
        YearMonth month = TestClock.thisMonth().minusMonths(1);
        assertThat(page.locator("#month")).hasValue(month.toString());
        Download report = page.waitForDownload(() -> page.locator("[data-test=monthly-pdf]").click());
        byte[] pdf = Files.readAllBytes(report.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1)).contains("Laporan Bulanan " + month);
    }

}
