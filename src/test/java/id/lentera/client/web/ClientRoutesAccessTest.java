package id.lentera.client.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.lentera.account.CurrentUser;
import id.lentera.account.Language;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.client.Sex;
import id.lentera.client.TestClients;
import id.lentera.support.DeclaredRoutes;
import id.lentera.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every /clients route as every kind of user: the worker who registered the client, the
 * supervisor of that worker's team, a worker and a supervisor of another team, the head of office
 * (reads, changes nothing), the admin (no client data at all) and an anonymous visitor. Each
 * refused POST is checked to have changed nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientRoutesAccessTest {

    enum Actor { OWNER, TEAM_SUPERVISOR, OTHER_WORKER, OTHER_SUPERVISOR, HEAD_OF_OFFICE, ADMIN }

    record Route(HttpMethod method, String template) {

        String mapping() {
            return method.name() + " " + template.replace("{client}", "{id}");
        }

        @Override
        public String toString() {
            return mapping();
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route(HttpMethod.GET, "/clients"),
            new Route(HttpMethod.POST, "/clients"),
            new Route(HttpMethod.GET, "/clients/new"),
            new Route(HttpMethod.POST, "/clients/new"),
            new Route(HttpMethod.GET, "/clients/{client}"),
            new Route(HttpMethod.GET, "/clients/{client}/edit"),
            new Route(HttpMethod.POST, "/clients/{client}/edit"),
            // the head of office's deliberate reveal of NIK and KK (the others see them whole anyway)
            new Route(HttpMethod.POST, "/clients/{client}/nik"),
            new Route(HttpMethod.GET, "/clients/{client}/nik"));

    /** The status each actor gets on each route; 302 is a successful save (post/redirect/get). */
    static final Map<Actor, List<Integer>> EXPECTED = Map.of(
            Actor.OWNER, List.of(200, 200, 200, 302, 200, 200, 302, 403, 200),
            Actor.TEAM_SUPERVISOR, List.of(200, 200, 200, 302, 200, 200, 302, 403, 200),
            Actor.OTHER_WORKER, List.of(200, 200, 200, 302, 404, 404, 404, 403, 404),
            Actor.OTHER_SUPERVISOR, List.of(200, 200, 200, 302, 404, 404, 404, 403, 404),
            Actor.HEAD_OF_OFFICE, List.of(200, 200, 403, 403, 200, 403, 403, 200, 200),
            Actor.ADMIN, List.of(403, 403, 403, 403, 403, 403, 403, 403, 403));

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    TestAccounts accounts;
    TestClients clients;
    final Map<Actor, CurrentUser> actors = new java.util.EnumMap<>(Actor.class);

    @BeforeAll
    void createPeople() {
        accounts = new TestAccounts(context);
        clients = new TestClients(context);
        CurrentUser owner = accounts.account(Role.SOCIAL_WORKER);
        actors.put(Actor.OWNER, owner);
        actors.put(Actor.TEAM_SUPERVISOR, supervisorOf(owner.teamId()));
        CurrentUser other = accounts.account(Role.SOCIAL_WORKER);
        actors.put(Actor.OTHER_WORKER, other);
        actors.put(Actor.OTHER_SUPERVISOR, supervisorOf(other.teamId()));
        actors.put(Actor.HEAD_OF_OFFICE, accounts.account(Role.HEAD_OF_OFFICE));
        actors.put(Actor.ADMIN, accounts.account(Role.ADMIN));
    }

    private CurrentUser supervisorOf(long teamId) {
        String username = jdbc.queryForObject("select u.username from team t join user_account u on u.id = t.supervisor_id"
                + " where t.id = ?", String.class, teamId);
        long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        return new CurrentUser(id, username, "Test " + username, Role.SUPERVISOR, null, Language.id,
                false);
    }

    static Stream<Arguments> routesAndActors() {
        return Stream.of(Actor.values()).flatMap(actor -> {
            List<Integer> statuses = EXPECTED.get(actor);
            return java.util.stream.IntStream.range(0, ROUTES.size())
                    .mapToObj(i -> Arguments.of(ROUTES.get(i), actor, statuses.get(i)));
        });
    }

    @Test
    void routeListCoversEveryClientsEndpoint() {
        assertThat(DeclaredRoutes.under(context, "/clients"))
                .containsExactlyInAnyOrderElementsOf(ROUTES.stream().map(Route::mapping).toList());
    }

    @ParameterizedTest(name = "{0} as {1} answers {2}")
    @MethodSource("routesAndActors")
    void answersEachActorAsExpected(Route route, Actor actor, int expected) throws Exception {
        String name = randomName("Tarigan");
        long client = clients.streetClient(actors.get(Actor.OWNER), name, null, Sex.M, 1970);
        State before = state(client);

        int status = mvc.perform(request(route, client, name + " baru").with(as(actors.get(actor))))
                .andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(expected);
        if (route.method() == HttpMethod.POST && expected != 302) {
            assertThat(state(client)).as("a refused POST changes nothing").isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0} anonymously goes to sign-in")
    @MethodSource("routes")
    void sendsAnonymousVisitorsToSignIn(Route route) throws Exception {
        String name = randomName("Ginting");
        long client = clients.streetClient(actors.get(Actor.OWNER), name, null, Sex.M, 1970);
        State before = state(client);
        String redirect = mvc.perform(request(route, client, name + " baru")).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(URI.create(redirect).getPath()).isEqualTo("/login");
        assertThat(state(client)).isEqualTo(before);
    }

    /** Long and random, so that no earlier case's client looks like a duplicate of this one. */
    static String randomName(String first) {
        return first + " " + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40, 1L << 62), 36);
    }

    static Stream<Route> routes() {
        return ROUTES.stream();
    }

    /** The client's name and version, and how many clients carry the name a POST would save. */
    record State(String name, long version, long withNewName) {
    }

    private State state(long client) {
        var row = jdbc.queryForMap("select p.full_name, c.version from client c join person p on p.id = c.person_id"
                + " where c.id = ?", client);
        String name = (String) row.get("full_name");
        long renamed = jdbc.queryForObject("select count(*) from person where full_name = ?", Long.class,
                name + " baru");
        return new State(name, ((Number) row.get("version")).longValue(), renamed);
    }

    private MockHttpServletRequestBuilder request(Route route, long client, String postedName) {
        String path = route.template().replace("{client}", String.valueOf(client));
        if (route.method() == HttpMethod.GET) {
            return get(path).accept(MediaType.TEXT_HTML);
        }
        if (path.equals("/clients")) {
            // a search by KK number: answered at once, not redirected
            return post(path).param("q", "1275051502180007").with(csrf()).accept(MediaType.TEXT_HTML);
        }
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>(ClientWebForms.registration(postedName));
        // the name is unique, so no duplicate warning holds the save back
        return post(path).params(form).with(csrf()).accept(MediaType.TEXT_HTML);
    }
}
