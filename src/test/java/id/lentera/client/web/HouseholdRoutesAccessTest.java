package id.lentera.client.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.client.ClientRuleException;
import id.lentera.client.HouseholdRoster;
import id.lentera.client.HouseholdView;
import id.lentera.support.SignedIn;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static id.lentera.client.web.HouseholdFixtures.form;
import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every /households route as each kind of person: the worker whose client lives there gets through;
 * a worker or supervisor of another team gets 404 (the household is not theirs to know of); the
 * head of office reads the page but gets 403 on every form and action; the admin gets 403 on all;
 * anonymous visitors go to sign-in. Refusals change nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HouseholdRoutesAccessTest {

    enum Actor { OWNER, OTHER_WORKER, OTHER_SUPERVISOR, HEAD_OF_OFFICE, ADMIN }

    record Route(HttpMethod method, String template, BiFunction<Fixture, HouseholdView, MultiValueMap<String, String>> form) {

        static Route get(String template) {
            return new Route(HttpMethod.GET, template, (f, v) -> HouseholdFixtures.form());
        }

        static Route post(String template, BiFunction<Fixture, HouseholdView, MultiValueMap<String, String>> form) {
            return new Route(HttpMethod.POST, template, form);
        }

        String path(Fixture f) {
            return template.replace("{h}", String.valueOf(f.made.id())).replace("{m}", String.valueOf(f.made.memberId()))
                    .replace("{c}", String.valueOf(f.homelessClient));
        }

        String mapping() {
            return method.name() + " " + template.replace("{h}", "{id}").replace("{m}", "{memberId}")
                    .replace("?client={c}", "");
        }

        boolean isDetail() {
            return method == HttpMethod.GET && template.equals("/households/{h}");
        }

        @Override
        public String toString() {
            return method.name() + " " + template;
        }
    }

    static final List<Route> ROUTES = List.of(
            Route.get("/households/{h}"),
            Route.get("/households/new?client={c}"),
            Route.post("/households/new?client={c}", (f, v) -> form("kelurahanCode", HouseholdFixtures.KELURAHAN,
                    "clientRelationship", "HEAD")),
            Route.get("/households/{h}/edit"),
            Route.post("/households/{h}/edit", (f, v) -> form("street", "Jl. Baru", "rt", "4", "rw", "5",
                    "kelurahanCode", "12.75.05.1002", "clientRelationship", "HEAD", "version", String.valueOf(v.version()))),
            Route.get("/households/{h}/members/new"),
            Route.post("/households/{h}/members/new", (f, v) -> memberForm("Anak Baru", 0)),
            Route.get("/households/{h}/members/{m}/edit"),
            Route.post("/households/{h}/members/{m}/edit", (f, v) -> {
                var form = memberForm("Anak Diubah", v.member(f.made.memberId()).personVersion());
                form.set("schooling", "SMP");
                return form;
            }),
            Route.get("/households/{h}/members/{m}/leave"),
            Route.post("/households/{h}/members/{m}/leave", (f, v) -> form("leftOn", TestClock.today().toString(),
                    "reason", "Merantau", "version", String.valueOf(v.member(f.made.memberId()).memberVersion()))),
            Route.get("/households/{h}/members/{m}/death"),
            Route.post("/households/{h}/members/{m}/death", (f, v) -> form("diedOn", TestClock.today().toString(),
                    "version", String.valueOf(v.member(f.made.memberId()).personVersion()))),
            Route.get("/households/{h}/head"),
            Route.post("/households/{h}/head", (f, v) -> form("newHeadMemberId", String.valueOf(f.made.memberId()),
                    "formerHeadRelationship", "PARENT", "version", String.valueOf(v.version()))),
            Route.get("/households/{h}/registry/new"),
            Route.post("/households/{h}/registry/new", (f, v) -> form("registry", "DTKS", "status", "NOT_REGISTERED",
                    "checkedOn", TestClock.today().toString(), "source", "CEK_BANSOS")));

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    HouseholdFixtures fixtures;
    final Map<Actor, CurrentUser> actors = new EnumMap<>(Actor.class);

    @BeforeAll
    void createPeople() {
        TestAccounts accounts = new TestAccounts(context);
        fixtures = new HouseholdFixtures(context);
        actors.put(Actor.OWNER, accounts.account(Role.SOCIAL_WORKER));
        actors.put(Actor.OTHER_WORKER, accounts.account(Role.SOCIAL_WORKER));
        actors.put(Actor.OTHER_SUPERVISOR, accounts.account(Role.SUPERVISOR));
        actors.put(Actor.HEAD_OF_OFFICE, accounts.account(Role.HEAD_OF_OFFICE));
        actors.put(Actor.ADMIN, accounts.account(Role.ADMIN));
    }

    static MultiValueMap<String, String> memberForm(String name, long version) {
        var fields = new ArrayList<>(HouseholdFixtures.memberFields(name));
        fields.add("version");
        fields.add(String.valueOf(version));
        return form(fields.toArray(String[]::new));
    }

    static Stream<Arguments> routesAndActors() {
        return ROUTES.stream().flatMap(r -> Stream.of(Actor.values()).map(a -> Arguments.of(r, a)));
    }

    static Stream<Route> routes() {
        return ROUTES.stream();
    }

    /** The household as its worker sees it, and whether the homeless client got a home. */
    record State(HouseholdView household, boolean clientHoused) {
    }

    final class Fixture {
        final HouseholdFixtures.Made made = fixtures.household(actors.get(Actor.OWNER), 1);
        final long homelessClient = fixtures.homelessClient(actors.get(Actor.OWNER));

        State state() {
            HouseholdView view = fixtures.view(actors.get(Actor.OWNER), made.id());
            // a view with the history left out: the page's own reading is no change
            var household = new HouseholdView(view.id(), view.version(), view.kkNumber(), view.maskedKk(),
                    view.street(), view.rt(), view.rw(), view.kelurahanCode(), view.place(), view.editable(),
                    view.members(), view.formerMembers(), view.registry(), List.of());
            return new State(household, clientHoused());
        }

        private boolean clientHoused() {
            try {
                SignedIn.run(actors.get(Actor.OWNER), () -> context.getBean(HouseholdRoster.class)
                        .clientWithoutHousehold(homelessClient, actors.get(Actor.OWNER)));
                return false;
            } catch (ClientRuleException e) {
                return true;
            }
        }
    }

    @Test
    void routeListCoversEveryHouseholdEndpoint() {
        Set<String> declared = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                for (String pattern : info.getPatternValues()) {
                    // the requests to join a household answer to its supervisors: HouseholdJoinRoutesAccessTest
                    if (pattern.startsWith("/households") && !pattern.startsWith("/households/joins")) {
                        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                        if (methods.isEmpty()) {
                            declared.add("ANY " + pattern);
                        }
                        methods.forEach(m -> declared.add(m.name() + " " + pattern));
                    }
                }
            }
        }
        assertThat(declared).containsExactlyInAnyOrderElementsOf(ROUTES.stream().map(Route::mapping).toList());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("routesAndActors")
    void answersEachRouteAsTheActorMay(Route route, Actor actor) throws Exception {
        Fixture fixture = new Fixture();
        State before = fixture.state();

        MvcResult result = mvc.perform(request(route, fixture, before.household()).with(as(actors.get(actor))))
                .andReturn();
        int status = result.getResponse().getStatus();

        switch (actor) {
            case OWNER -> {
                if (route.method() == HttpMethod.GET) {
                    assertThat(status).isEqualTo(200);
                    assertThat(fixture.state()).isEqualTo(before);
                } else {
                    assertThat(status).as(result.getResponse().getContentAsString()).isEqualTo(302);
                    assertThat(result.getResponse().getRedirectedUrl()).startsWith("/households/");
                    assertThat(fixture.state()).as("the action was carried out").isNotEqualTo(before);
                }
            }
            case OTHER_WORKER, OTHER_SUPERVISOR -> assertThat(status).isEqualTo(404);
            case HEAD_OF_OFFICE -> assertThat(status).isEqualTo(route.isDetail() ? 200 : 403);
            case ADMIN -> assertThat(status).isEqualTo(403);
        }
        if (actor != Actor.OWNER) {
            assertThat(fixture.state()).as("nothing changed").isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0} anonymously goes to sign-in")
    @MethodSource("routes")
    void sendsAnonymousVisitorsToSignIn(Route route) throws Exception {
        Fixture fixture = new Fixture();
        State before = fixture.state();
        MvcResult result = mvc.perform(request(route, fixture, before.household())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(URI.create(result.getResponse().getRedirectedUrl()).getPath()).isEqualTo("/login");
        assertThat(fixture.state()).isEqualTo(before);
    }

    @Test
    void theHeadOfOfficeReadsThePageWithoutFormsAndWithTheKkMasked() throws Exception {
        Fixture fixture = new Fixture();
        String html = mvc.perform(get("/households/{id}", fixture.made.id()).with(as(actors.get(Actor.HEAD_OF_OFFICE))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("/members/new").doesNotContain("/registry/new").doesNotContain("/edit\"");
    }

    private MockHttpServletRequestBuilder request(Route route, Fixture fixture, HouseholdView view) {
        String path = route.path(fixture);
        if (route.method() == HttpMethod.GET) {
            return get(URI.create(path)).accept(MediaType.TEXT_HTML);
        }
        return post(URI.create(path)).params(route.form().apply(fixture, view)).with(csrf()).accept(MediaType.TEXT_HTML);
    }
}
