package id.lentera.visit.web;

import java.util.UUID;

import id.lentera.account.CurrentUser;
import id.lentera.client.web.StatementCounting;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import id.lentera.visit.VisitFixtures;
import id.lentera.visit.VisitLog;
import id.lentera.visit.VisitPurpose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The agenda, the visit page and the case page with its visits run as many statements with one visit as with many. */
@IntegrationTest
@Import(StatementCounting.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitQueriesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    VisitLog visits;

    VisitFixtures few;
    VisitFixtures many;
    long fewCase;
    long manyCase;
    long fewVisit;
    long manyVisit;

    @BeforeAll
    void twoWorkers() {
        few = new VisitFixtures(context);
        fewCase = few.aCase("Sedikit");
        fewVisit = few.plannedToday(fewCase);
        many = new VisitFixtures(context);
        CurrentUser w = many.office.worker;
        for (int i = 0; i < 12; i++) {
            long c = many.aCase("Banyak " + i);
            many.plannedToday(c);
            int days = i;
            SignedIn.run(w, () -> visits.plan(c, UUID.randomUUID(), TestClock.today().plusDays(1 + days % 6), null,
                    VisitPurpose.OTHER, null, w));
            manyCase = c;
        }
        for (int i = 0; i < 5; i++) {
            many.done(manyCase);
        }
        manyVisit = many.plannedToday(manyCase);
        byte[] png = VisitFixtures.png(40, 40);
        for (int i = 0; i < 3; i++) {
            SignedIn.run(w, () -> context.getBean(id.lentera.visit.VisitPhotos.class).add(manyVisit, png.length,
                    () -> png, w));
        }
    }

    long statements(String path, CurrentUser user) {
        return StatementCounting.count(() -> {
            try {
                mvc.perform(get(path).with(as(user))).andExpect(status().isOk());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theAgendaRunsAFixedNumberOfStatements() {
        long one = statements("/visits/today", few.office.worker);
        long lots = statements("/visits/today", many.office.worker);
        assertThat(one).isPositive();
        assertThat(lots).isEqualTo(one);
    }

    @Test
    void theCasePageWithItsVisitsRunsAFixedNumberOfStatements() {
        assertThat(statements("/cases/" + manyCase, many.office.worker))
                .isEqualTo(statements("/cases/" + fewCase, few.office.worker));
    }

    @Test
    void theVisitPagesRunAFixedNumberOfStatements() {
        assertThat(statements("/visits/" + manyVisit, many.office.worker))
                .isEqualTo(statements("/visits/" + fewVisit, few.office.worker));
        assertThat(statements("/visits/" + manyVisit + "/record", many.office.worker))
                .isEqualTo(statements("/visits/" + fewVisit + "/record", few.office.worker));
    }
}
