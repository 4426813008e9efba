package id.lentera.journey;

import java.time.LocalDate;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 3 on a phone, first contact with "Bapak S": the worker searches, finds nobody, registers
 * him without a NIK (lost, like his KTP and KK) heading a new household in Tanah Merah, sees his
 * page; registering him a second time stops at the duplicate warning. Indonesian texts, as seen.
 */
class ClientJourneyTest extends BrowserTest {

    private static final String NAME = "Sutrisno";

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
        assertThat(page.locator("main")).containsText("lahir sekitar " + (LocalDate.now().getYear() - 45));
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

        // 4. the same man registered again: the duplicate comes first, with what was typed kept
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
        screenshot("clients-04-duplicate-warning");
        assertNoHorizontalScroll("duplicate warning");

        // 5. and the search now finds him, despite a typo
        page.navigate(url("/clients"));
        label("Cari klien").fill("Sutrisna");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cari").setExact(true)).click();
        assertThat(page.locator("[data-test=client-row]").first()).containsText(NAME);
    }

    private void fillBapakS() {
        label("Nama lengkap").fill(NAME);
        label("Jenis kelamin").selectOption(new SelectOption().setLabel("Laki-laki"));
        label("Jika tidak ada NIK, sebabnya").selectOption(new SelectOption().setLabel("Hilang"));
        label("Tahun lahir (perkiraan)").fill(String.valueOf(LocalDate.now().getYear() - 45));
        label("Situasi tempat tinggal").selectOption(new SelectOption().setLabel("Di rumah"));
        label("Kelurahan/desa saat ini").fill("12.75.05.1001");
        label("Keluarga baru, klien sebagai kepala keluarga").check();
        label("Jalan / alamat").fill("Jl. Gatot Subroto Gg. Mawar");
        label("Kelurahan/desa keluarga").fill("12.75.05.1001");
        page.locator("#documentStatusKTP_EL").selectOption("LOST");
        page.locator("#documentStatusKK").selectOption("LOST");
        label("Fakir miskin").check();
        label("Pekerjaan").fill("buruh harian");
        label("Penghasilan per bulan (Rp)").fill("1.200.000");
        label("Status perkawinan").selectOption(new SelectOption().setLabel("Cerai mati"));
        label("Setuju menerima layanan").check();
    }

    private void save() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan").setExact(true)).click();
    }

    private Locator label(String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    private void assertNoHorizontalScroll(String where) {
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) page.evaluate(
                "() => [document.documentElement.scrollWidth, window.innerWidth]");
        assertTrue(widths.get(0).intValue() <= widths.get(1).intValue(),
                where + " scrolls sideways: " + widths.get(0) + " px wide at " + widths.get(1) + " px");
    }
}
