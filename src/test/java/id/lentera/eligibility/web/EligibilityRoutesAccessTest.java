package id.lentera.eligibility.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.lentera.account.CurrentUser;
import id.lentera.eligibility.BenefitTables;
import id.lentera.eligibility.EligibilityFixtures;
import id.lentera.support.DeclaredRoutes;
import id.lentera.support.IntegrationTest;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every eligibility route as each kind of person: the household's worker and their supervisor get
 * through; another team's worker or supervisor gets 404 on the household's panel and forms; the head
 * of office reads and gets 403 on forms; the admin gets 403 everywhere except the benefit table,
 * which is the admin's alone; the map is for supervisors and the head of office; anonymous visitors
 * go to sign-in.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EligibilityRoutesAccessTest {

    enum Actor { WORKER, SUPERVISOR, OTHER_WORKER, OTHER_SUPERVISOR, HEAD_OF_OFFICE, ADMIN }

    /** A route and what each actor gets, in the order of {@link Actor}. */
    record Route(String method, String template, int... statuses) {

        String mapping() {
            return method + " " + template.replace("{h}", "{id}");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/eligibility/households/{h}", 200, 200, 404, 404, 200, 403),
            new Route("GET", "/eligibility/households/{h}/panel", 200, 200, 404, 404, 200, 403),
            new Route("GET", "/eligibility/households/{h}/participation", 200, 200, 404, 404, 403, 403),
            new Route("POST", "/eligibility/households/{h}/participation", 302, 302, 404, 404, 403, 403),
            new Route("GET", "/eligibility/unregistered", 403, 200, 403, 200, 200, 403),
            new Route("GET", "/eligibility/unregistered/export", 403, 200, 403, 200, 200, 403),
            new Route("GET", "/admin/pkh", 403, 403, 403, 403, 403, 200),
            new Route("GET", "/admin/pkh/edit", 403, 403, 403, 403, 403, 200),
            new Route("POST", "/admin/pkh/edit", 403, 403, 403, 403, 403, 302));

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    BenefitTables tables;
    @Autowired
    JdbcTemplate jdbc;

    EligibilityFixtures fixtures;
    long household;
    Map<Actor, CurrentUser> actors;

    @BeforeAll
    void setUp() {
        fixtures = new EligibilityFixtures(context);
        household = fixtures.onceRegistered(true);
        var o = fixtures.office;
        actors = Map.of(Actor.WORKER, o.worker, Actor.SUPERVISOR, o.supervisor, Actor.OTHER_WORKER, o.otherWorker,
                Actor.OTHER_SUPERVISOR, o.otherSupervisor, Actor.HEAD_OF_OFFICE, o.head, Actor.ADMIN, o.admin);
    }

    static Stream<Arguments> routesAndActors() {
        return ROUTES.stream().flatMap(r -> Stream.of(Actor.values()).map(a -> Arguments.of(r, a)));
    }

    static Stream<Route> routes() {
        return ROUTES.stream();
    }

    @Test
    void routeListCoversEveryEndpoint() {
        var declared = DeclaredRoutes.under(context, "/eligibility");
        declared.addAll(DeclaredRoutes.under(context, "/admin/pkh"));
        assertThat(declared).containsExactlyInAnyOrderElementsOf(ROUTES.stream().map(Route::mapping).toList());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("routesAndActors")
    void answersEachRouteAsTheActorMay(Route route, Actor actor) throws Exception {
        long participations = count("select count(*) from pkh_participation where household_id = " + household);
        long tableVersions = count("select count(*) from pkh_benefit_table");

        MvcResult result = mvc.perform(request(route).with(as(actors.get(actor)))).andReturn();

        int expected = route.statuses()[actor.ordinal()];
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(expected);
        boolean changed = expected == 302;
        assertThat(count("select count(*) from pkh_participation where household_id = " + household))
                .isEqualTo(participations + (changed && route.template().contains("participation") ? 1 : 0));
        assertThat(count("select count(*) from pkh_benefit_table"))
                .isEqualTo(tableVersions + (changed && route.template().startsWith("/admin") ? 1 : 0));
    }

    @ParameterizedTest(name = "{0} anonymously goes to sign-in")
    @MethodSource("routes")
    void sendsAnonymousVisitorsToSignIn(Route route) throws Exception {
        MvcResult result = mvc.perform(request(route)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(URI.create(result.getResponse().getRedirectedUrl()).getPath()).isEqualTo("/login");
    }

    @Test
    void theMapShowsTheTeamsHouseholdsToItsSupervisorAndTheHeadOnly() throws Exception {
        String link = "/households/" + household + "\"";
        assertThat(page("/eligibility/unregistered?kelurahan=12.75.05.1001", Actor.SUPERVISOR)).contains(link)
                .contains("Administrasi");
        assertThat(page("/eligibility/unregistered?kelurahan=12.75.05.1001", Actor.HEAD_OF_OFFICE)).contains(link);
        assertThat(page("/eligibility/unregistered?kelurahan=12.75.05.1001", Actor.OTHER_SUPERVISOR))
                .doesNotContain(link);
    }

    @Test
    void choosingAKelurahanStillOffersEveryOtherOne() {
        CurrentUser head = actors.get(Actor.HEAD_OF_OFFICE);
        var map = context.getBean(id.lentera.eligibility.UnregisteredMap.class);
        var all = id.lentera.support.SignedIn.run(head, () -> map.find(
                new id.lentera.eligibility.UnregisteredMap.Filter(null, null), head,
                org.springframework.data.domain.PageRequest.of(0, 20)));
        var one = id.lentera.support.SignedIn.run(head, () -> map.find(
                new id.lentera.eligibility.UnregisteredMap.Filter("12.75.05.1001", null), head,
                org.springframework.data.domain.PageRequest.of(0, 20)));
        assertThat(one.countsByKelurahan()).isEqualTo(all.countsByKelurahan());
        assertThat(one.rows().getTotalElements()).isEqualTo(all.countsByKelurahan().get("12.75.05.1001"));
        assertThat(one.rows().getContent()).allSatisfy(r -> assertThat(r.kelurahanCode()).isEqualTo("12.75.05.1001"));
    }

    @Test
    void thePanelIsAFragmentThatSaysWhy() throws Exception {
        String html = page("/eligibility/households/" + household + "/panel", Actor.WORKER);
        assertThat(html).doesNotContain("<html").contains("Memenuhi syarat setelah terdaftar")
                .contains("Usulkan ke DTSEN melalui kelurahan (musyawarah kelurahan)").contains("Rp 900.000");
        assertThat(page("/eligibility/households/" + household + "/panel", Actor.HEAD_OF_OFFICE))
                .doesNotContain("/participation\"");
    }

    @Test
    void thePanelSpeaksEnglishWhenChosen() throws Exception {
        String html = page("/eligibility/households/" + household + "?lang=en", Actor.WORKER);
        assertThat(html).contains("Eligible once registered")
                .contains("Propose for the DTSEN through the kelurahan (musyawarah kelurahan)")
                .contains("Pupil in SD").contains("Rp 900.000 a year").doesNotContain("pkh.");
    }

    @Test
    void theHouseholdClientAndCasePagesLoadThePanelWithALinkForPhonesWithoutJavaScript() throws Exception {
        String panel = "hx-get=\"/eligibility/households/" + household + "/panel\"";
        String link = "href=\"/eligibility/households/" + household + "\"";
        for (String path : List.of("/households/" + household, "/clients/" + fixtures.lastClientId,
                "/cases/" + fixtures.lastCaseId)) {
            assertThat(page(path, Actor.WORKER)).as(path).contains(panel).contains(link).contains("hx-trigger=\"load\"");
        }
    }

    @Test
    void theCaseloadAndTheClientListShowTheVerdictAsABadge() throws Exception {
        assertThat(page("/cases?status=ALL", Actor.WORKER)).contains("PKH: layak bila terdaftar");
        assertThat(page("/clients", Actor.WORKER)).contains("PKH: layak bila terdaftar");
    }

    private String page(String path, Actor actor) throws Exception {
        return mvc.perform(get(URI.create(path)).with(as(actors.get(actor))).accept(MediaType.TEXT_HTML)).andReturn()
                .getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder request(Route route) {
        String path = route.template().replace("{h}", String.valueOf(household));
        if (route.method().equals("GET")) {
            return get(URI.create(path)).accept(MediaType.TEXT_HTML);
        }
        var request = post(URI.create(path)).with(csrf()).accept(MediaType.TEXT_HTML);
        if (path.contains("participation")) {
            return request.param("status", "PARTICIPANT").param("since", TestClock.today().toString())
                    .param("firstStage", "2");
        }
        var newest = tables.versions().stream().max(java.util.Comparator.comparingLong(BenefitTables.Version::id))
                .orElseThrow();
        return BenefitTableFormsWebTest.tableForm(request, newest.id(), BenefitTableFormsWebTest.inYears(2));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
