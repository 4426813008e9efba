package id.lentera.journey;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.support.BrowserTest;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 3 on a phone, first contact with "Bapak S": the worker searches, finds nobody, registers
 * him without a NIK (lost, like his KTP and KK) heading a new household in Tanah Merah, sees his
 * page, adds his two school children (no NIKs either) on the household page; registering him a
 * second time stops at the duplicate warning. Indonesian texts, as seen.
 */
class ClientJourneyTest extends RosterJourney {

    // a name no other test and no generated family uses: the first search must find nobody
    private static final String NAME = "Samidjo Kartodikromo";

    @Autowired
    private ApplicationContext applicationContext;

    private CurrentUser worker;

    @BeforeAll
    void createWorker() {
        worker = new TestAccounts(applicationContext).account(Role.SOCIAL_WORKER);
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @Test
    void workerFindsNobodyRegistersBapakSAndIsWarnedTheSecondTime() {
        signIn(worker.username(), TestAccounts.PASSWORD);
        openMenuIfFolded();
        page.locator("#mainNav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Klien")
                .setExact(true)).click();
        assertThat(page).hasURL(url("/clients"));

        // 1. search first: nobody
        label("Cari klien").fill(NAME);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cari").setExact(true)).click();
        assertThat(page.locator("[data-test=no-clients]")).containsText("Tidak ada yang cocok");
        screenshot("clients-01-nobody-found");
        assertNoHorizontalScroll("search without result");

        // 2. register him from the prominent button
        page.locator("[data-test=no-clients] [data-test=register-client]").click();
        assertThat(page).hasURL(url("/clients/new"));
        fillBapakS();
        screenshot("clients-02-form");
        assertNoHorizontalScroll("registration form");
        save();

        // 3. his page
        assertThat(page.locator("[data-test=client-name]")).hasText(NAME);
        assertThat(page.getByText("Klien sudah didaftarkan.")).isVisible();
        assertThat(page.locator("[data-test=client-nik]")).containsText("Tidak ada NIK (Hilang)");
        assertThat(page.locator("main")).containsText("lahir sekitar " + (TestClock.today().getYear() - 45));
        assertThat(page.locator("main")).containsText("Cerai mati");
        assertThat(page.locator("main")).containsText("buruh harian");
        assertThat(page.locator("[data-test=household-summary]")).containsText("Kepala keluarga: " + NAME);
        assertThat(page.locator("[data-test=household-summary]")).containsText("Tanah Merah");
        assertThat(page.locator("[data-test=documents]")).containsText("Hilang");
        assertThat(page.locator("[data-test=open-case]")).isVisible();
        assertThat(page.locator("[data-test=history-entry]")).hasCount(1);
        screenshot("clients-03-client-page");
        assertNoHorizontalScroll("client page");
        String clientUrl = page.url();

        // 4. his two children, without NIK, on the household page: a household of three
        page.locator("[data-test=household-summary]").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Buka halaman keluarga")).click();
        assertThat(heading("Keluarga")).isVisible();
        addChild("Dimas", "Laki-laki", String.valueOf(TestClock.today().getYear() - 9), "SD/sederajat");
        addChild("Rahmat", "Laki-laki", String.valueOf(TestClock.today().getYear() - 13), "SMP/sederajat");
        assertThat(page.locator("[data-test=member]")).hasCount(3);
        assertThat(page.locator("[data-test=member]").filter(new Locator.FilterOptions().setHasText("Dimas"))
                .locator("[data-test=schooling]")).hasText("SD/sederajat");
        screenshot("clients-04-household-of-three");
        assertNoHorizontalScroll("household page");

        // 5. the same man registered again: the duplicate comes first, with what was typed kept
        page.navigate(url("/clients/new"));
        fillBapakS();
        save();
        assertThat(page).hasURL(url("/clients/new"));
        Locator warnings = page.locator("[data-test=warnings]");
        assertThat(warnings).containsText("Mungkin orang ini sudah terdaftar");
        assertThat(warnings.locator("[data-test=duplicate-candidate]").first()).containsText(NAME);
        assertThat(warnings.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(NAME)).first())
                .hasAttribute("href", clientUrl.substring(clientUrl.indexOf("/clients/")));
        assertThat(label("Nama lengkap")).hasValue(NAME);
        assertThat(label("Pekerjaan")).hasValue("buruh harian");
        assertThat(label("Alasan tetap mendaftarkan sebagai orang baru")).isVisible();
        screenshot("clients-05-duplicate-warning");
        assertNoHorizontalScroll("duplicate warning");

        // 6. and the search now finds him, written in the newer spelling (dj -> j)
        page.navigate(url("/clients"));
        label("Cari klien").fill("Samijo Kartodikromo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cari").setExact(true)).click();
        assertThat(page.locator("[data-test=client-row]").first()).containsText(NAME);
    }

    private void fillBapakS() {
        label("Nama lengkap").fill(NAME);
        label("Jenis kelamin").selectOption(new SelectOption().setLabel("Laki-laki"));
        label("Jika tidak ada NIK, sebabnya").selectOption(new SelectOption().setLabel("Hilang"));
        label("Tahun lahir (perkiraan)").fill(String.valueOf(TestClock.today().getYear() - 45));
        label("Situasi tempat tinggal").selectOption(new SelectOption().setLabel("Di rumah"));
        pickRegion("currentKelurahanCode", "tanah me", "12.75.05.1001");
        label("Keluarga baru, klien sebagai kepala keluarga").check();
        label("Jalan / alamat").fill("Jl. Gatot Subroto Gg. Mawar");
        pickRegion("householdKelurahanCode", "tanah me", "12.75.05.1001");
        page.locator("#documentStatusKTP_EL").selectOption("LOST");
        page.locator("#documentStatusKK").selectOption("LOST");
        label("Fakir miskin").check();
        label("Pekerjaan").fill("buruh harian");
        label("Penghasilan per bulan (Rp)").fill("1.200.000");
        label("Status perkawinan").selectOption(new SelectOption().setLabel("Cerai mati"));
        label("Setuju menerima layanan").check();
    }

    /** Types into the region picker's search box and taps the region it offers. */
    private void pickRegion(String field, String typed, String code) {
        Locator search = page.locator("#" + field + "-search");
        search.click();
        search.fill("");
        search.pressSequentially(typed);
        page.locator("#" + field + "-results [data-region-choice='" + code + "']").click();
        assertThat(page.locator("#" + field)).hasValue(code);
    }

    private void save() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan").setExact(true)).click();
    }
}
