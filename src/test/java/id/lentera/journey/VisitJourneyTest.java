package id.lentera.journey;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import id.lentera.account.AccountFilter;
import id.lentera.account.AccountManagement;
import id.lentera.account.CurrentUser;
import id.lentera.account.DemoAccounts;
import id.lentera.account.Language;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.casework.Casework;
import id.lentera.client.Sex;
import id.lentera.client.TestClients;
import id.lentera.support.BrowserTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import id.lentera.visit.VisitFixtures;
import id.lentera.visit.VisitLog;
import id.lentera.visit.VisitPurpose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5 at the door, on a phone in Binjai: peksos1 opens today's agenda, starts the visit for
 * Bapak S, takes the position, attaches a photo, fills the housing survey and saves; the visit is in
 * the case timeline with its position. Then the network drops before a save (and a photo fails, to be
 * sent again alone), and the session ends before another: nothing typed is lost, each visit is saved once.
 */
class VisitJourneyTest extends BrowserTest {

    static final double LATITUDE = 3.6001;
    static final double LONGITUDE = 98.4854;

    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    AccountManagement accounts;
    @Autowired
    ApplicationContext spring;
    @Autowired
    Casework casework;
    @Autowired
    VisitLog visits;
    @Autowired
    JdbcTemplate jdbc;

    CurrentUser peksos1;
    final String bapakS = "Supardi " + TestAccounts.unique("S").substring(2);

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setGeolocation(LATITUDE, LONGITUDE).setPermissions(List.of("geolocation"));
    }

    @BeforeAll
    void peksos1() {
        demoAccounts.createIfMissing();
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        CurrentUser admin = new TestAccounts(spring).account(TestAccounts.unique("admin"), Role.ADMIN, null);
        peksos1 = SignedIn.run(admin, () -> {
            var row = accounts.search(new AccountFilter("peksos1", null, null, null), PageRequest.of(0, 1)).getContent().get(0);
            var view = accounts.find(row.id());
            return new CurrentUser(row.id(), "peksos1", view.fullName(), Role.SOCIAL_WORKER, view.teamId(), Language.id, false);
        });
    }

    /** A client of peksos1 in Tanah Merah with an open case, and a visit planned today; the visit's id. */
    long visitPlannedToday(String name) {
        long client = new TestClients(spring).clientHeadingHousehold(peksos1, name, Sex.M, LocalDate.of(1981, 2, 3), null,
                null, "12.75.05.1001");
        return SignedIn.run(peksos1, () -> {
            long caseId = casework.open(client, null, TestClock.today(), peksos1);
            return visits.plan(caseId, UUID.randomUUID(), TestClock.today(), LocalTime.of(10, 0), VisitPurpose.ENGAGEMENT,
                    "Cek KTP-el dan KK", peksos1);
        });
    }

    int doneVisits(long visitId) {
        Integer n = jdbc.queryForObject("""
                select count(*) from home_visit where status = 'DONE'
                   and case_id = (select case_id from home_visit where id = ?)""", Integer.class, visitId);
        return n == null ? 0 : n;
    }

    Object draft(long visitId) {
        return page.evaluate("k => localStorage.getItem(k)", "lentera.visit." + visitId);
    }

    void select(String label, String option) {
        label(label).selectOption(new SelectOption().setLabel(option));
    }

    @Test
    void peksos1RecordsTheVisitForBapakSAtTheDoor() {
        long visitId = visitPlannedToday(bapakS);
        signIn("peksos1", DemoAccounts.PASSWORD);
        page.navigate(url("/visits/today"));
        Locator card = page.locator("[data-test=agenda-visit]").filter(new Locator.FilterOptions().setHasText(bapakS));
        assertThat(card).containsText("Pendekatan awal");
        assertThat(card.locator("xpath=ancestor::section")).containsText("Tanah Merah");
        assertNoHorizontalScroll("the agenda");
        screenshot("visit-01-agenda");

        // the first load of the form, as the phone fetches it: the document and whatever is not cached CSS/JS
        AtomicLong bytes = new AtomicLong();
        List<String> counted = new java.util.ArrayList<>();
        java.util.function.Consumer<Response> measure = response -> {
            String path = java.net.URI.create(response.url()).getPath();
            if (path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                    || path.startsWith("/img/")) {
                return;
            }
            var sizes = response.request().sizes();
            bytes.addAndGet(sizes.responseBodySize + sizes.responseHeadersSize);
            counted.add(path);
        };
        page.onResponse(measure);
        card.locator("[data-test=start-visit]").click();
        page.waitForURL("**/visits/" + visitId + "/record");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.offResponse(measure);
        System.out.println("Visit form first load: " + bytes.get() + " bytes beyond static files " + counted);
        assertThat(bytes.get()).as("first load of the visit form").isLessThan(150 * 1024);

        page.locator("[data-test=locate]").click();
        assertThat(page.locator("[data-test=position-status]")).containsText("Posisi didapat");
        assertThat(page.locator("#latitude")).hasValue("3.600100");
        assertThat(page.locator("#longitude")).hasValue("98.485400");
        assertThat(page.locator("[data-test=map-links] a").first()).hasAttribute("href", "geo:3.600100,98.485400");

        page.locator("#photos").setInputFiles(new FilePayload("rumah.png", "image/png", VisitFixtures.png(1200, 900)));
        assertThat(page.locator("[data-test=photo-item][data-state=uploaded]")).hasCount(1);
        assertThat(page.locator("[data-test=uploaded-photos] img")).hasCount(1);

        label("Bertemu dengan").fill("Bapak S dan anak sulung");
        label("Hasil pengamatan").fill("Rumah kontrakan semi permanen; KTP-el dan KK belum ada.");
        label("Kesepakatan").fill("Bapak S mengumpulkan surat pindah dari kabupaten asal");
        select("Status kepemilikan bangunan", "Kontrak/sewa");
        select("Jenis lantai terluas", "Semen/bata merah");
        select("Jenis dinding terluas", "Semi permanen");
        select("Jenis atap terluas", "Seng");
        select("Sumber air minum", "Sumur terlindung/bor");
        select("Sumber penerangan", "Listrik PLN dengan meteran");
        select("Daya terpasang (PLN)", "450 VA");
        select("Bahan bakar memasak", "Gas/elpiji");
        select("Fasilitas buang air besar", "Bersama/umum");
        label("Kunjungan berikutnya (boleh kosong)").fill(TestClock.today().plusDays(7).toString());
        assertNoHorizontalScroll("the visit form");
        screenshot("visit-02-form");

        page.locator("[data-test=save-visit]").click();
        page.waitForURL("**/visits/" + visitId);
        assertThat(page.locator("[data-test=visit-status]")).hasText("Selesai");
        assertThat(page.locator("[data-test=visit-position]")).containsText("3.600100,98.485400");
        assertThat(page.locator("[data-test=visit-photos] img")).hasCount(1);
        assertThat(draft(visitId)).as("the draft is gone once saved").isNull();
        assertNoHorizontalScroll("the visit page");
        screenshot("visit-03-saved");

        page.locator("[data-test=case-link]").click();
        Locator timeline = page.locator("[data-test=timeline]");
        assertThat(timeline).containsText("Kunjungan rumah: Pendekatan awal · posisi 3.600100,98.485400 (±");
        assertThat(timeline).containsText("Kunjungan rumah direncanakan");
        assertThat(page.locator("[data-test=timeline-action]")).hasCount(1);
        screenshot("visit-04-case-timeline");

        page.locator("[data-test=household-link]").click();
        assertThat(page.locator("[data-test=housing-survey]")).containsText("Kontrak/sewa");
        assertThat(page.locator("[data-test=housing-survey]")).containsText("450 VA");
        assertThat(doneVisits(visitId)).isEqualTo(1);
    }

    @Test
    void aSaveWithoutNetworkKeepsTheDraftAndSucceedsOnceTheNetworkIsBack() {
        long visitId = visitPlannedToday("Sutrisno " + TestAccounts.unique("O").substring(2));
        signIn("peksos1", DemoAccounts.PASSWORD);
        page.navigate(url("/visits/" + visitId + "/record"));
        label("Hasil pengamatan").fill("Ditulis di depan rumah tanpa sinyal");
        label("Alasan tanpa posisi").fill("Di dalam gang sempit, GPS tidak dapat posisi");

        context.setOffline(true);
        page.locator("#photos").setInputFiles(new FilePayload("gang.png", "image/png", VisitFixtures.png(640, 480)));
        assertThat(page.locator("[data-test=photo-item][data-state=failed]")).containsText("Foto belum terkirim");
        page.locator("[data-test=save-visit]").click();
        assertThat(page.locator("[data-test=send-status]")).containsText("tidak ada sambungan");
        assertThat(label("Hasil pengamatan")).hasValue("Ditulis di depan rumah tanpa sinyal");
        assertThat(String.valueOf(draft(visitId))).contains("Ditulis di depan rumah tanpa sinyal");
        assertThat(doneVisits(visitId)).isZero();
        screenshot("visit-05-offline");

        context.setOffline(false);
        // the failed photo is sent again on its own, the form untouched
        page.locator("[data-test=photo-item] button").click();
        assertThat(page.locator("[data-test=photo-item][data-state=uploaded]")).hasCount(1);
        page.locator("[data-test=save-visit]").click();
        page.waitForURL("**/visits/" + visitId);
        assertThat(page.locator("[data-test=visit-observations]")).hasText("Ditulis di depan rumah tanpa sinyal");
        assertThat(page.locator("[data-test=visit-photos] img")).hasCount(1);
        assertThat(doneVisits(visitId)).isEqualTo(1);
        assertThat(draft(visitId)).isNull();
    }

    @Test
    void aSaveAfterTheSessionEndedComesBackToTheFormWithTheDraftAfterSigningIn() {
        long visitId = visitPlannedToday("Sukardi " + TestAccounts.unique("E").substring(2));
        signIn("peksos1", DemoAccounts.PASSWORD);
        page.navigate(url("/visits/" + visitId + "/record"));
        label("Hasil pengamatan").fill("Sesi habis saat mengetik");
        label("Alasan tanpa posisi").fill("Izin lokasi ditolak");

        context.clearCookies();
        page.locator("[data-test=save-visit]").click();
        assertThat(page.locator("[data-test=send-status]")).containsText("Sesi Anda sudah berakhir");
        page.locator("[data-test=sign-in-again]").click();
        page.locator("#username").fill("peksos1");
        page.locator("#password").fill(DemoAccounts.PASSWORD);
        page.locator("button[type=submit]").click();
        page.waitForURL("**/visits/" + visitId + "/record**");
        assertThat(page.locator("[data-test=draft-restored]")).isVisible();
        assertThat(label("Hasil pengamatan")).hasValue("Sesi habis saat mengetik");
        screenshot("visit-06-draft-restored");
        page.locator("[data-test=save-visit]").click();
        page.waitForURL("**/visits/" + visitId);
        assertThat(doneVisits(visitId)).isEqualTo(1);
    }
}
