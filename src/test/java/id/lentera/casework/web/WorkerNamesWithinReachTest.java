package id.lentera.casework.web;

import id.lentera.account.CurrentUser;
import id.lentera.casework.Casework;
import id.lentera.casework.TestOffice;
import id.lentera.client.Sex;
import id.lentera.client.TestClients;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Names of accounts are shown only within the teams the user may read (issue 14): a worker's id
 * typed into a filter of the caseload, the visit list or the team's worker page names nobody of
 * another team. The filter is then empty, shown by the id typed (as an unknown team is), or the
 * worker page is not found (as a team not led is).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkerNamesWithinReachTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Casework casework;

    TestOffice office;
    String otherName;

    @BeforeAll
    void office() {
        office = new TestOffice(context);
        otherName = "Test " + office.otherWorker.username();
        // the other team's worker holds a case, so there is something a leak could show
        long client = new TestClients(context).clientHeadingHousehold(office.otherWorker,
                "Klien Tim Lain " + System.nanoTime(), Sex.F, java.time.LocalDate.of(1990, 1, 1), null, null,
                "12.75.05.1001");
        SignedIn.run(office.otherWorker, () -> casework.open(client, null, TestClock.today(), office.otherWorker));
        office.openCase("Klien Tim Kasus " + System.nanoTime());
    }

    private String page(CurrentUser user, String path) throws Exception {
        return mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theCaseloadFilteredByAnotherTeamsWorkerDoesNotNameThem() throws Exception {
        for (CurrentUser user : new CurrentUser[] {office.worker, office.colleague, office.supervisor}) {
            String html = page(user, "/cases?worker=" + office.otherWorker.id());
            assertThat(html).as(user.username()).doesNotContain(otherName)
                    .contains("data-test=\"worker-filter\"").contains(String.valueOf(office.otherWorker.id()))
                    .doesNotContain("data-test=\"case-row\"");
        }
    }

    @Test
    void theCaseloadNamesAWorkerWithinTheUsersTeams() throws Exception {
        String worker = "Test " + office.worker.username();
        assertThat(page(office.supervisor, "/cases?worker=" + office.worker.id())).contains(worker);
        // a colleague's caseload is not theirs to read, but the colleague is named
        assertThat(page(office.colleague, "/cases?worker=" + office.worker.id())).contains(worker);
        assertThat(page(office.otherSupervisor, "/cases?worker=" + office.otherWorker.id())).contains(otherName);
        assertThat(page(office.head, "/cases?worker=" + office.otherWorker.id())).contains(otherName);
    }

    @Test
    void theVisitListFilteredByAnotherTeamsWorkerDoesNotNameThem() throws Exception {
        for (CurrentUser user : new CurrentUser[] {office.worker, office.colleague, office.supervisor}) {
            assertThat(page(user, "/visits?worker=" + office.otherWorker.id())).as(user.username())
                    .doesNotContain(otherName);
            assertThat(page(user, "/visits?status=done&worker=" + office.otherWorker.id())).as(user.username())
                    .doesNotContain(otherName);
        }
        assertThat(page(office.head, "/visits?worker=" + office.otherWorker.id())).contains(otherName);
        assertThat(page(office.otherSupervisor, "/visits?worker=" + office.otherWorker.id())).contains(otherName);
    }

    @Test
    void theWorkerPageOfAnotherTeamsWorkerUnderOnesOwnTeamIsNotFound() throws Exception {
        String html = mvc.perform(get("/team/workers/" + office.otherWorker.id() + "?team=" + office.teamId)
                .with(as(office.supervisor))).andExpect(status().isNotFound()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain(otherName);
        mvc.perform(get("/team/workers/" + office.otherWorker.id()).with(as(office.supervisor)))
                .andExpect(status().isNotFound());
        assertThat(page(office.supervisor, "/team/workers/" + office.worker.id() + "?team=" + office.teamId))
                .contains("Test " + office.worker.username());
        assertThat(page(office.head, "/team/workers/" + office.otherWorker.id())).contains(otherName);
    }
}
