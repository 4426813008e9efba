package id.lentera.journey;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import id.lentera.account.TestAccounts;
import id.lentera.casework.TestOffice;
import id.lentera.client.Sex;
import id.lentera.client.TestClients;
import id.lentera.support.BrowserTest;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A worker of another team registers a child "into the household with KK …": the family stays
 * closed to them until the household's supervisor, on "Gabung keluarga", agrees.
 */
class HouseholdJoinJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    TestOffice office;
    String kk;
    String child;

    @BeforeAll
    void aFamilyOfTheOtherTeam() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        office = new TestOffice(spring);
        kk = "1275051" + String.format("%09d", ThreadLocalRandom.current().nextLong(1, 1_000_000_000L));
        new TestClients(spring).clientHeadingHousehold(office.worker, "Darmadi " + kk.substring(9), Sex.M,
                LocalDate.of(1979, 1, 5), null, kk, "12.75.05.1001");
        child = "Melati " + kk.substring(9);
    }

    @Test
    void theJoinWaitsForTheHouseholdsSupervisor() {
        // the worker of the other team registers the child, joining by the KK number she was shown
        signIn(office.otherWorker.username(), TestAccounts.PASSWORD);
        page.navigate(url("/clients/new"));
        label("Nama lengkap").fill(child);
        label("Jenis kelamin").selectOption(new SelectOption().setLabel("Perempuan"));
        label("Jika tidak ada NIK, sebabnya").selectOption(new SelectOption().setLabel("Tidak pernah punya"));
        label("Tahun lahir (perkiraan)").fill(String.valueOf(TestClock.today().getYear() - 8));
        label("Situasi tempat tinggal").selectOption(new SelectOption().setLabel("Di rumah"));
        label("Bergabung ke keluarga yang sudah tercatat (dengan nomor KK)").check();
        label("Nomor KK keluarga yang dituju").fill(kk);
        label("Hubungan dengan kepala keluarga").selectOption(new SelectOption().setLabel("Anak"));
        label("Setuju menerima layanan").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan").setExact(true)).click();

        assertThat(page.locator(".alert-success")).containsText("koordinatornya diminta menyetujui");
        assertThat(page.locator("[data-test=join-pending]")).containsText("Menunggu persetujuan koordinator");
        assertThat(page.locator("[data-test=household-summary]")).hasCount(0);
        assertThat(page.locator("main")).not().containsText("Darmadi");
        String clientUrl = page.url();
        screenshot("join-01-waiting");
        signOut();

        // the household's supervisor agrees from the menu
        signIn(office.supervisor.username(), TestAccounts.PASSWORD);
        openMenuIfFolded();
        page.locator("#mainNav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Gabung keluarga"))
                .click();
        Locator request = page.locator("[data-test=join-request]").filter(new Locator.FilterOptions().setHasText(child));
        assertThat(request).containsText("Anak dari kepala keluarga Darmadi");
        assertThat(request).containsText("Menunggu");
        screenshot("join-02-supervisor");
        assertNoHorizontalScroll("join requests");
        request.locator("[data-test=accept-join]").click();
        assertThat(page.locator(".alert-success")).containsText("Disetujui");
        signOut();

        // and the worker now sees the child in the family
        signIn(office.otherWorker.username(), TestAccounts.PASSWORD);
        page.navigate(clientUrl);
        assertThat(page.locator("[data-test=household-summary]")).containsText("Darmadi");
        assertThat(page.locator("[data-test=join-pending]")).hasCount(0);
    }
}
