package id.lentera.client.web;

import java.net.URI;
import java.util.List;

import id.lentera.account.CurrentUser;
import id.lentera.casework.TestOffice;
import id.lentera.client.JoinFixtures;
import id.lentera.support.DeclaredRoutes;
import id.lentera.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The requests to join a household, route by role: only a supervisor who sees the household
 * answers; another team's supervisor gets 404, every other role 403, a stranger the sign-in page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HouseholdJoinRoutesAccessTest {

    static final List<String> ROUTES = List.of("GET /households/joins", "POST /households/joins/{id}/accept",
            "POST /households/joins/{id}/refuse");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    TestOffice office;

    @BeforeAll
    void anOffice() {
        office = new TestOffice(context);
    }

    @Test
    void theListCoversEveryJoinRoute() {
        assertThat(DeclaredRoutes.under(context, "/households/joins")).containsExactlyInAnyOrderElementsOf(ROUTES);
    }

    private MockHttpServletRequestBuilder request(String route, JoinFixtures.Made made) {
        String path = route.substring(route.indexOf(' ') + 1).replace("{id}", String.valueOf(made.requestId()));
        return route.startsWith("GET") ? get(URI.create(path))
                : post(URI.create(path)).param("version", String.valueOf(made.version())).param("comment", "Bukan")
                        .with(csrf());
    }

    private String state(JoinFixtures.Made made) {
        return jdbc.queryForObject("select state from household_join_request where id = ?", String.class,
                made.requestId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /households/joins", "POST /households/joins/{id}/accept",
            "POST /households/joins/{id}/refuse"})
    void onlyTheHouseholdsSupervisorAnswers(String route) throws Exception {
        for (CurrentUser refused : List.of(office.worker, office.colleague, office.otherWorker, office.head,
                office.admin)) {
            JoinFixtures.Made made = JoinFixtures.aRequest(context, office);
            assertThat(mvc.perform(request(route, made).with(as(refused))).andReturn().getResponse().getStatus())
                    .as(refused.role() + " " + refused.username()).isEqualTo(403);
            assertThat(state(made)).isEqualTo("PENDING");
        }
        JoinFixtures.Made made = JoinFixtures.aRequest(context, office);
        var other = mvc.perform(request(route, made).with(as(office.otherSupervisor))).andReturn().getResponse();
        if (route.startsWith("GET")) {
            assertThat(other.getStatus()).isEqualTo(200);
            assertThat(other.getContentAsString()).as("another team's request is not on the list")
                    .doesNotContain(made.kk().substring(12)).doesNotContain("Yuni " + made.kk().substring(7));
        } else {
            assertThat(other.getStatus()).isEqualTo(404);
        }
        assertThat(state(made)).isEqualTo("PENDING");

        var anonymous = mvc.perform(request(route, made)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(URI.create(anonymous.getRedirectedUrl()).getPath()).isEqualTo("/login");

        var own = mvc.perform(request(route, made).with(as(office.supervisor))).andReturn().getResponse();
        if (route.startsWith("GET")) {
            assertThat(own.getStatus()).isEqualTo(200);
            assertThat(own.getContentAsString()).contains("Yuni " + made.kk().substring(7)).doesNotContain(made.kk());
        } else {
            assertThat(own.getStatus()).isEqualTo(302);
            assertThat(own.getRedirectedUrl()).isEqualTo("/households/joins");
            assertThat(state(made)).isEqualTo(route.endsWith("accept") ? "ACCEPTED" : "REFUSED");
        }
    }
}
