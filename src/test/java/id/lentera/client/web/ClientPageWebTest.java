package id.lentera.client.web;

import java.util.Map;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.client.Sex;
import id.lentera.client.TestClients;
import id.lentera.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static id.lentera.client.web.ClientRoutesAccessTest.randomName;
import static id.lentera.client.web.ClientWebForms.registration;
import static id.lentera.client.web.ClientWebForms.with;
import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The client page: details, links to the household and casework pages, history in words; the access log page. */
@IntegrationTest
class ClientPageWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    TestAccounts accounts;
    CurrentUser worker;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        worker = accounts.account(Role.SOCIAL_WORKER);
    }

    private long register(Map<String, String> changes) throws Exception {
        MvcResult result = mvc.perform(post("/clients/new").params(with(registration(randomName("Parjo")), changes))
                .with(csrf()).with(as(worker))).andReturn();
        String url = result.getResponse().getRedirectedUrl();
        assertThat(url).startsWith("/clients/");
        return Long.parseLong(url.substring("/clients/".length()));
    }

    private String page(CurrentUser user, long id) throws Exception {
        MvcResult result = mvc.perform(get("/clients/{id}", id).with(as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @Test
    void showsTheRecordWithRegionNamesAndLinksToHouseholdAndCase() throws Exception {
        String kk = "1275051" + String.format("%09d", java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 999_999_999));
        long id = register(Map.of("householdChoice", "NEW", "kkNumber", kk, "street", "Jl. Samanhudi", "rt", "2",
                "rw", "5", "householdKelurahanCode", "12.75.05.1001", "originRegionCode", "12.71",
                "maritalStatus", "WIDOWED", "incomePerMonth", "900000"));
        String html = page(worker, id);
        assertThat(html).contains("Tanah Merah, Binjai Selatan, Kota Binjai").contains("Kota Medan")
                .contains("Cerai mati").contains("Rp 900.000").contains("buruh harian").contains(kk)
                .contains("href=\"/cases/new?client=" + id + "\"").contains("Buka kasus")
                .containsPattern("href=\"/households/\\d+\"")
                .contains("Mendaftarkan klien");
    }

    @Test
    void aClientWithoutHouseholdLinksToCreatingOne() throws Exception {
        long id = register(Map.of());
        assertThat(page(worker, id)).contains("data-test=\"no-household\"")
                .contains("href=\"/households/new?client=" + id + "\"");
    }

    @Test
    void theHeadOfOfficeReadsWithoutButtonsToChangeAnything() throws Exception {
        long id = register(Map.of());
        String html = page(accounts.account(Role.HEAD_OF_OFFICE), id);
        assertThat(html).contains("buruh harian").doesNotContain("/clients/" + id + "/edit")
                .doesNotContain("/cases/new").doesNotContain("/households/new");
    }

    @Test
    void theHistorySaysWhoChangedWhatInWords() throws Exception {
        long id = register(Map.of());
        String edit = mvc.perform(get("/clients/{id}/edit", id).with(as(worker))).andReturn().getResponse()
                .getContentAsString();
        String version = ClientFormWebTest.inputValue(edit, "version");
        String name = ClientFormWebTest.inputValue(edit, "fullName");
        mvc.perform(post("/clients/{id}/edit", id).params(with(registration(name), Map.of("version", version,
                "occupation", "tukang becak", "situation", "SHELTER", "documentStatus[KTP_EL]", "HAVE"))).with(csrf())
                .with(as(worker))).andReturn();

        String html = page(worker, id);
        int history = html.indexOf("data-test=\"history\"");
        assertThat(history).isPositive();
        String entries = html.substring(history);
        assertThat(entries).contains(worker.username()).contains("Pekerjaan").contains("buruh harian")
                .contains("tukang becak").contains("Di jalan").contains("Di rumah singgah/panti")
                .contains("KTP-el").contains("Hilang").contains("Punya");
    }

    @Test
    void theAdminSeesClientOpeningsInTheActivityLogByItsOwnCategory() throws Exception {
        long id = register(Map.of());
        page(worker, id);
        CurrentUser admin = accounts.account(Role.ADMIN);
        String html = mvc.perform(get("/admin/activity").param("category", "CLIENT").param("q", "#" + id)
                .with(as(admin))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Membuka data klien").contains("Mendaftarkan klien").contains("#" + id)
                .contains("<option value=\"CLIENT\" selected=\"selected\">Data klien</option>");
        assertThat(mvc.perform(get("/admin/activity").param("category", "NOPE").with(as(admin))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
    }
}
