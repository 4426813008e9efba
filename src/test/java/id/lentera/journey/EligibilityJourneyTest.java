package id.lentera.journey;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import id.lentera.account.DemoAccounts;
import id.lentera.client.ClientSummaries;
import id.lentera.client.DemoClients;
import id.lentera.eligibility.EligibilityCheck;
import id.lentera.support.BrowserTest;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 6 on a phone: peksos1 opens Bapak S's household (demo data) and the panel says "eligible
 * once registered" with the two school components and the steps to get a KTP-el and to be proposed
 * for the DTSEN; she records his new KTP-el and the DTSEN registration (decile 2); the panel then
 * says eligible, Rp 2.400.000 a year, and its history shows the change. The demo household is put
 * back as it was afterwards, since other tests read the demo data.
 */
class EligibilityJourneyTest extends BrowserTest {

    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    DemoClients demoClients;
    @Autowired
    ClientSummaries clients;
    @Autowired
    EligibilityCheck check;
    @Autowired
    JdbcTemplate jdbc;

    long householdId;
    long headPersonId;
    long lastRegistryEntry;

    @BeforeAll
    void bapakS() {
        demoAccounts.createIfMissing();
        demoClients.load();
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        long clientId = demoClients.seedClientIds().get(DemoClients.SEED_BAPAK_S_NAME);
        householdId = clients.find(clientId).orElseThrow().householdId();
        headPersonId = jdbc.queryForObject("select person_id from client where id = ?", Long.class, clientId);
        lastRegistryEntry = jdbc.queryForObject("select coalesce(max(id), 0) from registry_status where household_id = ?",
                Long.class, householdId);
    }

    @AfterAll
    void putTheDemoHouseholdBack() {
        jdbc.update("delete from registry_status where household_id = ? and id > ?", householdId, lastRegistryEntry);
        jdbc.update("update person_document set status = 'LOST', number = null where person_id = ? and type = 'KTP_EL'",
                headPersonId);
        check.evaluate(List.of(householdId), TestClock.today(), EligibilityCheck.Trigger.CHANGE);
    }

    @Test
    void bapakSBecomesEligibleOnceHisKtpAndTheDtsenAreRecorded() {
        signIn("peksos1", DemoAccounts.PASSWORD);
        page.navigate(url("/households/" + householdId));
        Locator panel = page.locator("[data-test=pkh-panel]");
        assertThat(panel.locator("[data-test=pkh-verdict]")).containsText("Memenuhi syarat setelah terdaftar");
        assertThat(panel.locator("[data-test=pkh-components]")).containsText("Anak SD/sederajat");
        assertThat(panel.locator("[data-test=pkh-components]")).containsText("Anak SMP/sederajat");
        assertThat(panel.locator("[data-test=pkh-steps]")).containsText("Urus KTP-el di Dukcapil");
        assertThat(panel.locator("[data-test=pkh-steps]"))
                .containsText("Usulkan ke DTSEN melalui kelurahan (musyawarah kelurahan)");
        panel.scrollIntoViewIfNeeded();
        assertNoHorizontalScroll("household page with the PKH panel");
        screenshot("eligibility-01-once-registered");

        // his new KTP-el, on his member card (the head is listed first)
        page.locator("[data-test=member]").first().getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Ubah").setExact(true)).click();
        label("KTP-el").selectOption(new SelectOption().setLabel("Punya"));
        button("Simpan").click();
        assertThat(page.locator("[data-test=pkh-ktp]")).containsText("Supardi punya KTP-el");
        assertThat(page.locator("[data-test=pkh-steps]")).not().containsText("Urus KTP-el di Dukcapil");
        assertThat(page.locator("[data-test=pkh-verdict]")).containsText("Memenuhi syarat setelah terdaftar");

        // the DTSEN check
        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Catat pengecekan")
                .setExact(true)).click();
        label("Data").selectOption(new SelectOption().setLabel("DTSEN"));
        label("Status").selectOption(new SelectOption().setLabel("Terdaftar"));
        label("Desil (DTSEN)").fill("2");
        label("Tanggal dicek").fill(TestClock.today().toString());
        label("Sumber").selectOption(new SelectOption().setLabel("Cek Bansos"));
        button("Simpan pengecekan").click();

        Locator verdict = page.locator("[data-test=pkh-verdict]");
        assertThat(verdict).containsText("Memenuhi syarat PKH");
        assertThat(verdict.locator("[data-test=pkh-amount]")).containsText("Rp 2.400.000 per tahun");
        assertThat(verdict.locator("[data-test=pkh-amount]")).containsText("Rp 600.000 per tahap");
        assertThat(verdict.locator("[data-test=pkh-since]")).containsText("Memenuhi syarat PKH sejak");
        assertThat(verdict.locator("[data-test=pkh-since]")).containsText("desil 2");
        assertThat(page.locator("[data-test=pkh-steps]")).not().containsText("Usulkan ke DTSEN");
        Locator history = page.locator("[data-test=pkh-history]");
        history.locator("summary").click();
        assertThat(history).containsText("Memenuhi syarat setelah terdaftar");
        assertThat(history).containsText("Memenuhi syarat PKH · Rp 2.400.000");
        page.locator("[data-test=pkh-panel]").scrollIntoViewIfNeeded();
        assertNoHorizontalScroll("household page with the panel after registration");
        screenshot("eligibility-02-eligible");

        // the badge in the client list
        page.navigate(url("/clients?q=Supardi"));
        assertThat(page.locator("[data-test=client-row]", new Page.LocatorOptions().setHasText("Supardi")).first()
                .locator("[data-test=pkh-badge]")).hasText("PKH: layak");
    }
}
