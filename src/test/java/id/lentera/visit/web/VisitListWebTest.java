package id.lentera.visit.web;

import java.time.LocalDate;
import java.util.UUID;

import id.lentera.account.CurrentUser;
import id.lentera.client.web.StatementCounting;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.visit.VisitFixtures;
import id.lentera.visit.VisitLog;
import id.lentera.visit.VisitPurpose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The visit list behind the team page's figures: who sees which visits (a worker their own, a
 * supervisor their team's, the head of office all, an admin nothing), the two kinds and the period,
 * bad filter values, and a page that runs as many statements with one visit as with a full page.
 */
@IntegrationTest
@Import(StatementCounting.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitListWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    VisitLog visits;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    VisitFixtures small;
    VisitFixtures large;
    long overdueVisit;
    long doneVisit;
    long oldDoneVisit;
    LocalDate today;

    @BeforeAll
    void twoTeams() {
        today = LocalDate.now(clock);
        small = new VisitFixtures(context);
        long caseId = small.aCase("Daftar Kunjungan");
        overdueVisit = small.plannedToday(caseId);
        jdbc.update("update home_visit set scheduled_on = ? where id = ?", today.minusDays(2), overdueVisit);
        small.plannedToday(caseId);
        doneVisit = small.done(caseId);
        oldDoneVisit = small.done(caseId);
        jdbc.update("update home_visit set visited_on = ? where id = ?", today.minusDays(40), oldDoneVisit);
        large = new VisitFixtures(context);
        CurrentUser w = large.office.worker;
        for (int i = 0; i < 3; i++) {
            long c = large.aCase("Banyak Kunjungan " + i);
            for (int j = 0; j < 8; j++) {
                long id = SignedIn.run(w, () -> visits.plan(c, UUID.randomUUID(), today, null, VisitPurpose.OTHER, null, w));
                jdbc.update("update home_visit set scheduled_on = ? where id = ?", today.minusDays(1 + j), id);
            }
        }
    }

    String html(String path, CurrentUser user) throws Exception {
        var response = mvc.perform(get(path).with(as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    int status(String path, CurrentUser user) throws Exception {
        return mvc.perform(get(path).with(as(user))).andReturn().getResponse().getStatus();
    }

    @Test
    void aSupervisorSeesTheirWorkersOverdueVisitsAndDoneOnesOfThePeriod() throws Exception {
        var o = small.office;
        String overdue = html("/visits?status=overdue&worker=" + o.worker.id() + "&team=" + o.teamId, o.supervisor);
        assertThat(overdue).contains("data-visit=\"" + overdueVisit + "\"", "Daftar Kunjungan", o.worker.fullName());
        assertThat(overdue.split("data-test=\"visit-row\"")).hasSize(2);
        String done = html("/visits?status=done&worker=" + o.worker.id() + "&team=" + o.teamId + "&from="
                + today.withDayOfMonth(1) + "&to=" + today, o.supervisor);
        assertThat(done).contains("data-visit=\"" + doneVisit + "\"").doesNotContain("data-visit=\"" + oldDoneVisit + "\"");
        String longer = html("/visits?status=done&team=" + o.teamId + "&from=" + today.minusDays(60) + "&to=" + today,
                o.supervisor);
        assertThat(longer).contains("data-visit=\"" + doneVisit + "\"", "data-visit=\"" + oldDoneVisit + "\"");
    }

    @Test
    void eachPersonSeesOnlyTheVisitsOfCasesTheySee() throws Exception {
        var o = small.office;
        String marker = "data-visit=\"" + overdueVisit + "\"";
        assertThat(html("/visits?status=overdue", o.worker)).contains(marker);
        // the head of office sees every team's: narrowed to the worker, since other tests' older visits come first
        assertThat(html("/visits?status=overdue&worker=" + o.worker.id(), o.head)).contains(marker);
        assertThat(html("/visits?status=overdue&team=" + o.teamId, o.head)).contains(marker);
        assertThat(html("/visits?status=overdue", o.colleague)).doesNotContain(marker);
        assertThat(html("/visits?status=overdue&worker=" + o.worker.id(), o.colleague)).doesNotContain(marker);
        assertThat(html("/visits?status=overdue&worker=" + o.worker.id(), o.otherSupervisor)).doesNotContain(marker);
        assertThat(html("/visits?status=overdue&worker=" + o.worker.id(), o.otherWorker)).doesNotContain(marker);
        assertThat(status("/visits?status=overdue&team=" + o.teamId, o.otherSupervisor)).isEqualTo(404);
        assertThat(status("/visits?status=overdue", o.admin)).isEqualTo(403);
    }

    @Test
    void badFilterValuesAreSetAsideWithAMessage() throws Exception {
        var o = small.office;
        String html = html("/visits?status=later&from=kemarin&to=2026-13-45&worker=abc&page=x", o.supervisor);
        assertThat(html).contains("Pilihan tidak dikenal", "Isian tidak sah.", "is-invalid");
        String reversed = html("/visits?status=done&from=" + today + "&to=" + today.minusDays(10), o.supervisor);
        assertThat(reversed).contains("Tanggal awal sesudah tanggal akhir");
    }

    @Test
    void theListRunsAFixedNumberOfStatements() {
        long one = StatementCounting.count(() -> render("/visits?status=overdue", small.office.supervisor));
        long full = StatementCounting.count(() -> render("/visits?status=overdue", large.office.supervisor));
        assertThat(one).isPositive();
        // a full first page (20 of 24) adds the count query a single short page needs not
        assertThat(full).isBetween(one, one + 1);
    }

    void render(String path, CurrentUser user) {
        try {
            html(path, user);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
