package id.lentera.account.web;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import id.lentera.account.AccountFilter;
import id.lentera.account.AccountManagement;
import id.lentera.account.AccountView;
import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TeamManagement;
import id.lentera.account.TeamManagement.TeamView;
import id.lentera.account.TestAccounts;
import id.lentera.audit.AuditLog;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static id.lentera.account.TestAccounts.unique;
import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every admin page and action, with the real security configuration: only an admin gets through;
 * other roles get 403 and anonymous visitors are sent to the sign-in page, and neither changes
 * anything by posting. Each route and role is its own case.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminRoutesAccessTest {

    /** What must be in place before a route is tried, so that a change by the route would show. */
    enum Setup {
        NONE,
        /** the target account is locked by failed sign-ins (else unlocking changes nothing) */
        LOCK_TARGET,
        /** the target account is deactivated (else reactivating changes nothing) */
        DEACTIVATE_TARGET
    }

    /**
     * One admin route. {@code {account}} and {@code {team}} stand for a fresh account and team; the
     * form is what an admin sends for the action to succeed (others send the same).
     */
    record Route(HttpMethod method, String template, Setup setup,
            BiFunction<Fixture, AdminRoutesAccessTest, MultiValueMap<String, String>> form) {

        static Route get(String template) {
            return new Route(HttpMethod.GET, template, Setup.NONE, (fixture, test) -> new LinkedMultiValueMap<>());
        }

        static Route post(String template) {
            return post(template, Setup.NONE);
        }

        static Route post(String template, Setup setup) {
            return new Route(HttpMethod.POST, template, setup, (fixture, test) -> new LinkedMultiValueMap<>());
        }

        static Route post(String template,
                BiFunction<Fixture, AdminRoutesAccessTest, MultiValueMap<String, String>> form) {
            return new Route(HttpMethod.POST, template, Setup.NONE, form);
        }

        String path(Fixture fixture) {
            return template.replace("{account}", String.valueOf(fixture.target.id()))
                    .replace("{team}", String.valueOf(fixture.teamId));
        }

        /** As the controllers declare it, e.g. {@code POST /admin/accounts/{id}/edit}. */
        String mapping() {
            return method.name() + " " + template.replace("{account}", "{id}").replace("{team}", "{id}");
        }

        @Override
        public String toString() {
            return method.name() + " " + template;
        }
    }

    static final List<Route> ROUTES = List.of(
            Route.get("/admin/accounts"),
            Route.get("/admin/accounts/new"),
            Route.get("/admin/accounts/{account}"),
            Route.get("/admin/accounts/{account}/edit"),
            Route.post("/admin/accounts/new", (fixture, test) -> form(
                    "username", fixture.newUsername,
                    "fullName", "Akun Baru Uji",
                    "role", Role.HEAD_OF_OFFICE.name(),
                    "language", "id")),
            Route.post("/admin/accounts/{account}/edit", (fixture, test) -> form(
                    "username", fixture.target.username(),
                    "fullName", "Nama Sudah Diubah",
                    "role", Role.HEAD_OF_OFFICE.name(),
                    "language", "id",
                    "version", String.valueOf(test.state(fixture).target().version()))),
            Route.post("/admin/accounts/{account}/deactivate"),
            Route.post("/admin/accounts/{account}/reactivate", Setup.DEACTIVATE_TARGET),
            Route.post("/admin/accounts/{account}/unlock", Setup.LOCK_TARGET),
            Route.post("/admin/accounts/{account}/reset-password"),
            Route.get("/admin/teams"),
            Route.get("/admin/teams/new"),
            Route.get("/admin/teams/{team}"),
            Route.get("/admin/teams/{team}/edit"),
            Route.post("/admin/teams/new", (fixture, test) -> form("name", fixture.newTeamName)),
            Route.post("/admin/teams/{team}/edit", (fixture, test) -> form(
                    "name", fixture.teamName + " diubah",
                    "version", String.valueOf(test.state(fixture).team().version()))),
            Route.get("/admin/activity"));

    private static final Set<Role> NON_ADMIN_ROLES = Set.of(Role.SOCIAL_WORKER, Role.SUPERVISOR, Role.HEAD_OF_OFFICE);

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private AccountManagement accountManagement;

    @Autowired
    private TeamManagement teamManagement;

    @Autowired
    private AuditLog auditLog;

    private TestAccounts testAccounts;
    private final Map<Role, CurrentUser> actors = new EnumMap<>(Role.class);

    @BeforeAll
    void createOnePersonPerRole() {
        testAccounts = new TestAccounts(context);
        for (Role role : Role.values()) {
            actors.put(role, testAccounts.account(role));
        }
    }

    static Stream<Route> routes() {
        return ROUTES.stream();
    }

    static Stream<Arguments> routesForEachNonAdminRole() {
        return ROUTES.stream().flatMap(route -> NON_ADMIN_ROLES.stream().sorted()
                .map(role -> Arguments.of(route, role)));
    }

    @Test
    void routeListCoversEveryAdminEndpointOfTheApplication() {
        Set<String> declared = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    // the region module's admin routes are tried by its own RegionAdminWebTest, the PKH
                    // table's by EligibilityRoutesAccessTest, the office settings by SupervisionRoutesAccessTest
                    if (pattern.startsWith("/admin") && !pattern.startsWith("/admin/regions")
                            && !pattern.startsWith("/admin/pkh") && !pattern.startsWith("/admin/office")) {
                        if (methods.isEmpty()) {
                            declared.add("ANY " + pattern);
                        }
                        methods.forEach(method -> declared.add(method.name() + " " + pattern));
                    }
                }
            }
        }
        assertThat(declared).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(ROUTES.stream().map(Route::mapping).toList());
    }

    @ParameterizedTest(name = "{0} as {1} is forbidden")
    @MethodSource("routesForEachNonAdminRole")
    void refusesEveryRoleButAdmin(Route route, Role role) throws Exception {
        Fixture fixture = prepare(route);
        State before = state(fixture);

        mvc.perform(request(route, fixture).with(as(actors.get(role))))
                .andExpect(status().isForbidden());

        assertThat(state(fixture)).as("nothing changed").isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} anonymously goes to sign-in")
    @MethodSource("routes")
    void sendsAnonymousVisitorsToSignIn(Route route) throws Exception {
        Fixture fixture = prepare(route);
        State before = state(fixture);

        MvcResult result = mvc.perform(request(route, fixture))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        assertThat(URI.create(result.getResponse().getRedirectedUrl()).getPath()).isEqualTo("/login");
        assertThat(state(fixture)).as("nothing changed").isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} as ADMIN")
    @MethodSource("routes")
    void letsAdminThrough(Route route) throws Exception {
        Fixture fixture = prepare(route);
        State before = state(fixture);

        var result = mvc.perform(request(route, fixture).with(as(actors.get(Role.ADMIN))));

        if (route.method() == HttpMethod.GET) {
            result.andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
            assertThat(state(fixture)).as("a page only shows").isEqualTo(before);
        } else {
            MvcResult done = result.andExpect(status().is3xxRedirection()).andReturn();
            assertThat(done.getResponse().getRedirectedUrl()).startsWith("/admin/");
            assertThat(done.getFlashMap().get("failure")).as("no rule refused the action").isNull();
            assertThat(state(fixture)).as("the action was carried out").isNotEqualTo(before);
        }
    }

    @Test
    void workerPostingDeactivateLeavesTheAccountActive() throws Exception {
        CurrentUser target = testAccounts.account(Role.HEAD_OF_OFFICE);

        mvc.perform(post("/admin/accounts/{id}/deactivate", target.id()).with(csrf())
                        .with(as(actors.get(Role.SOCIAL_WORKER))))
                .andExpect(status().isForbidden());

        assertThat(asAdmin(() -> accountManagement.find(target.id())).active()).isTrue();
    }

    // --- fixtures

    /** Fresh records for one case, so that cases never see each other's changes. */
    static final class Fixture {
        final CurrentUser target;
        final long teamId;
        final String teamName;
        final String newUsername = unique("baru");
        final String newTeamName = unique("Tim Baru");

        Fixture(CurrentUser target, long teamId, String teamName) {
            this.target = target;
            this.teamId = teamId;
            this.teamName = teamName;
        }
    }

    /** Everything a route could change, as an admin sees it. */
    record State(AccountView target, TeamView team, long accountsNamedNew, long teamsNamedNew, long auditEntries) {
    }

    private Fixture prepare(Route route) throws Exception {
        CurrentUser target = testAccounts.account(Role.HEAD_OF_OFFICE);
        long teamId = testAccounts.team("tim");
        Fixture fixture = new Fixture(target, teamId, asAdmin(() -> teamManagement.find(teamId)).name());
        switch (route.setup()) {
            case LOCK_TARGET -> {
                for (int i = 0; i < 5; i++) {
                    mvc.perform(formLogin().user(target.username()).password("salah-" + i))
                            .andExpect(redirectedUrl("/login?error"));
                }
                assertThat(state(fixture).target().lockedUntil()).as("locked first").isNotNull();
            }
            case DEACTIVATE_TARGET -> {
                SignedIn.run(admin(), () -> accountManagement.deactivate(target.id(), admin()));
                assertThat(state(fixture).target().active()).as("deactivated first").isFalse();
            }
            case NONE -> {
            }
        }
        return fixture;
    }

    State state(Fixture fixture) {
        return asAdmin(() -> new State(
                accountManagement.find(fixture.target.id()),
                teamManagement.find(fixture.teamId),
                accountManagement.search(new AccountFilter(fixture.newUsername, null, null, null), PageRequest.of(0, 1))
                        .getTotalElements(),
                teamManagement.search(fixture.newTeamName, PageRequest.of(0, 1)).getTotalElements(),
                Stream.of(fixture.target.username(), fixture.teamName, fixture.newUsername, fixture.newTeamName)
                        .mapToLong(name -> auditLog.search(null, name, PageRequest.of(0, 1)).getTotalElements())
                        .sum()));
    }

    private MockHttpServletRequestBuilder request(Route route, Fixture fixture) {
        String path = route.path(fixture);
        if (route.method() == HttpMethod.GET) {
            return get(path).accept(MediaType.TEXT_HTML);
        }
        return post(path).params(route.form().apply(fixture, this)).with(csrf()).accept(MediaType.TEXT_HTML);
    }

    private CurrentUser admin() {
        return actors.get(Role.ADMIN);
    }

    private <T> T asAdmin(java.util.function.Supplier<T> action) {
        return SignedIn.run(admin(), action);
    }

    private static MultiValueMap<String, String> form(String... namesAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }
}
