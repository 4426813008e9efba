package id.lentera.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.client.Sex;
import id.lentera.client.TestClients;
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

/** The case generator on PostgreSQL: consistent cases the application can show and work with. */
@IntegrationTest
class CaseGeneratorTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseGenerator generator;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void givesClientsWithoutACaseOneEachInEveryStageThatTheWorkerCanOpen() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        CurrentUser worker = accounts.account(Role.SOCIAL_WORKER);
        TestClients clients = new TestClients(context);
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            made.add(clients.clientHeadingHousehold(worker, "Generasi Kasus " + i, Sex.F, LocalDate.of(1985, 1, 1),
                    null, null, "12.75.05.1001"));
        }

        CaseGenerator.Result result = generator.generate(80);

        assertThat(result.cases()).isEqualTo(80);
        String ours = " from case_file f where f.client_id in (" + String.join(",", made.stream().map(String::valueOf).toList()) + ")";
        assertThat(count("select count(*)" + ours)).isEqualTo(80);
        assertThat(count("select count(distinct client_id)" + ours)).isEqualTo(80);
        assertThat(count("select count(*)" + ours + " and worker_id = " + worker.id())).isEqualTo(80);
        List<Map<String, Object>> byStage = jdbc.queryForList("select stage, status, count(*) as n" + ours + " group by 1, 2");
        assertThat(byStage).hasSizeGreaterThanOrEqualTo(5);
        assertThat(count("select count(*)" + ours + " and status = 'CLOSED' and (closed_on is null or termination_reason is null)"))
                .isZero();
        // every case has its moves from opening to its stage, and its worker has access through it while open
        assertThat(count("select count(*)" + ours + " and (select count(*) from stage_transition t where t.case_file_id = f.id) "
                + "<> array_position(array['ENGAGEMENT','ASSESSMENT','PLANNING','INTERVENTION','EVALUATION','TERMINATION'], f.stage)"))
                .isZero();
        assertThat(count("select count(*)" + ours + " and status = 'OPEN' and not exists (select 1 from client_caseworker w "
                + "where w.case_id = f.id and w.until is null and w.worker_id = f.worker_id)")).isZero();
        assertThat(count("select count(*)" + ours + " and status = 'CLOSED' and exists (select 1 from client_caseworker w "
                + "where w.case_id = f.id and w.until is null)")).isZero();
        assertThat(count("select count(*)" + ours + " and (last_activity_at > now() or stage_since > now())")).isZero();
        // numbers are unique and the year's counter is past them, so the next case gets a new one
        assertThat(count("select count(*) from (select number from case_file group by number having count(*) > 1) d")).isZero();
        assertThat(count("select count(*)" + ours + " and substring(number from 9)::int > (select last_number "
                + "from case_number_counter k where k.year = extract(year from f.opened_on)::int)")).isZero();

        for (Long id : jdbc.queryForList("select distinct on (stage, status) id" + ours + " order by stage, status, id", Long.class)) {
            mvc.perform(get("/cases/" + id).with(as(worker))).andExpect(status().isOk());
        }
        mvc.perform(get("/cases").with(as(worker))).andExpect(status().isOk());
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
