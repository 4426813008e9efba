package id.lentera.visit;

import id.lentera.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The visit generator on PostgreSQL: visits spread over the cases, consistent, shown by the application. */
@IntegrationTest
class VisitGeneratorTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    VisitGenerator generator;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void spreadsTheVisitsOverEveryCaseAndLeavesAnOpenCasesLastOnePlanned() throws Exception {
        VisitFixtures fx = new VisitFixtures(context);
        long caseId = fx.aCase("Generasi Kunjungan");
        long otherCase = fx.aCase("Generasi Kunjungan Dua");
        long visitsBefore = count("select count(*) from home_visit");

        // only these two cases: the shared test database's demo cases stay as the demo made them
        VisitGenerator.Result result = generator.generate(9, java.util.List.of(caseId, otherCase));

        assertThat(result.visits()).isEqualTo(9);
        assertThat(count("select count(*) from home_visit")).isEqualTo(visitsBefore + 9);
        assertThat(count("select count(*) from home_visit where case_id = " + otherCase)).isEqualTo(4);
        String ours = " from home_visit where case_id = " + caseId + " and created_at >= now() - interval '1 day'";
        // this case was opened today and got the odd visit: its visits are done today, the last one planned
        assertThat(count("select count(*)" + ours + " and status = 'DONE' and visited_on <= current_date"
                + " and latitude between 3.5 and 3.7 and longitude between 98.4 and 98.6")).isEqualTo(4);
        assertThat(count("select count(*)" + ours + " and status = 'PLANNED' and visited_on is null")).isEqualTo(1);
        // every generated visit belongs to its case's client and worker, and no done visit lies ahead
        assertThat(count("select count(*) from home_visit v join case_file f on f.id = v.case_id "
                + "where f.id in (" + caseId + ", " + otherCase + ") and (v.client_id <> f.client_id or v.worker_id <> f.worker_id)"))
                .isZero();

        // the generator skips the day counts row by row and recounts them at the end
        assertThat(count("select coalesce(sum(visits), 0) from home_visit_day where status = 'DONE'"))
                .isEqualTo(count("select count(*) from home_visit where status = 'DONE'"));
        assertThat(count("select coalesce(sum(visits), 0) from home_visit_day where status = 'PLANNED'"))
                .isEqualTo(count("select count(*) from home_visit where status = 'PLANNED'"));

        mvc.perform(get("/cases/" + caseId).with(as(fx.office.worker))).andExpect(status().isOk());
        mvc.perform(get("/visits/today").with(as(fx.office.worker))).andExpect(status().isOk());
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
