package id.lentera.client.web;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import id.lentera.account.CurrentUser;
import id.lentera.casework.TestOffice;
import id.lentera.client.Nik;
import id.lentera.client.Sex;
import id.lentera.client.TestClients;
import id.lentera.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The client page's access log ("who opened this"), shown to the supervisor of the client's team
 * only; and the head of office, who reads NIK and KK masked until deliberately revealing them.
 */
@IntegrationTest
class ClientAccessLogWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    TestOffice office;
    long clientId;
    String nik;
    String kk;

    @BeforeEach
    void aClientWithNikAndKk() {
        office = new TestOffice(context);
        LocalDate born = LocalDate.of(1975, 8, 9);
        nik = TestClients.nikOf(born, Sex.F);
        kk = "1275051" + String.format("%09d", ThreadLocalRandom.current().nextLong(1, 999_999_999));
        clientId = new TestClients(context).clientHeadingHousehold(office.worker, "Rosmawati Lubis", Sex.F, born, nik, kk,
                "12.75.05.1001");
    }

    private String page(CurrentUser user) throws Exception {
        var response = mvc.perform(get("/clients/{id}", clientId).with(as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void theSupervisorOfTheClientsTeamSeesWhoOpenedTheRecordAndWhen() throws Exception {
        page(office.worker);
        page(office.head);

        String html = page(office.supervisor);
        assertThat(html).contains("data-test=\"access-log\"").contains("Siapa yang membuka data ini");
        assertThat(html).contains(office.worker.fullName()).contains(office.head.fullName())
                .contains("(" + office.worker.username() + ")");
        // newest first: the supervisor's own opening, then the head's, then the worker's
        assertThat(html.indexOf("(" + office.head.username() + ")"))
                .isLessThan(html.indexOf("(" + office.worker.username() + ")"));
    }

    @Test
    void workersTheHeadAndOtherTeamsDoNotSeeTheAccessLog() throws Exception {
        page(office.supervisor);
        assertThat(page(office.worker)).doesNotContain("data-test=\"access-log\"")
                .doesNotContain(office.supervisor.username());
        assertThat(page(office.head)).doesNotContain("data-test=\"access-log\"");
        assertThat(mvc.perform(get("/clients/{id}", clientId).with(as(office.otherSupervisor))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theHeadSeesNikAndKkMaskedUntilTheDeliberateRevealWhichIsRecorded() throws Exception {
        String masked = page(office.head);
        assertThat(masked).doesNotContain(nik).doesNotContain(kk).contains(Nik.mask(nik)).contains(Nik.mask(kk))
                .contains("data-test=\"reveal-nik\"").contains("Tampilkan NIK");
        assertThat(page(office.worker)).contains(nik).contains(kk).doesNotContain("data-test=\"reveal-nik\"");

        var revealed = mvc.perform(post("/clients/{id}/nik", clientId).with(csrf()).with(as(office.head))).andReturn()
                .getResponse();
        assertThat(revealed.getStatus()).isEqualTo(200);
        assertThat(revealed.getContentAsString()).contains(nik).contains(kk).doesNotContain("data-test=\"reveal-nik\"");
        assertThat(jdbc.queryForList("select action from audit_entry where actor = ? and target = ? order by id",
                String.class, office.head.username(), "#" + clientId)).containsExactly("CLIENT_VIEWED", "NIK_REVEALED");

        // the next opening is masked again, and the supervisor sees the reveal in the access log
        assertThat(page(office.head)).doesNotContain(nik);
        assertThat(page(office.supervisor)).contains("NIK ditampilkan");
    }

    @Test
    void onlyTheHeadRevealsAndOnlyClientsTheyMayOpen() throws Exception {
        assertThat(mvc.perform(post("/clients/{id}/nik", clientId).with(csrf()).with(as(office.worker))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/clients/{id}/nik", clientId).with(csrf()).with(as(office.admin))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/clients/{id}/nik", clientId + 1_000_000).with(csrf()).with(as(office.head)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        var again = mvc.perform(get("/clients/{id}/nik", clientId).with(as(office.head))).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(again.getContentAsString()).as("no GET reveals").doesNotContain(nik).contains(Nik.mask(nik));
        assertThat(jdbc.queryForList("select action from audit_entry where actor = ?", String.class,
                office.head.username())).doesNotContain("NIK_REVEALED");
    }
}
