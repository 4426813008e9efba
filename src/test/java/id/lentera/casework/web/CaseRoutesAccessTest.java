package id.lentera.casework.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import id.lentera.account.CurrentUser;
import id.lentera.casework.ActivityType;
import id.lentera.casework.CaseFile;
import id.lentera.casework.Casework;
import id.lentera.casework.ReferralDestination;
import id.lentera.casework.TestOffice;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every case and approval route for every role and for people of the same and another team: who
 * gets the page (200), who is refused (403), and for whom the case does not exist (404), also when
 * guessing ids. A refused post changes nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseRoutesAccessTest {

    /** Who tries: the case belongs to WORKER of SUPERVISOR's team. */
    enum Who { WORKER, SUPERVISOR, COLLEAGUE, OTHER_SUPERVISOR, OTHER_WORKER, HEAD, ADMIN }

    /** What a route is for: reading, working on the case, or supervising it. */
    enum Kind { READ, WORK, SUPERVISE, QUEUE }

    record Route(RequestMethod method, String template, Kind kind) {
        @Override
        public String toString() {
            return method + " " + template;
        }

        String mapping() {
            return method + " " + template.replace("{case}", "{id}").replace("{client}", "{id}");
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route(RequestMethod.GET, "/cases", Kind.QUEUE),
            new Route(RequestMethod.GET, "/cases/{case}", Kind.READ),
            new Route(RequestMethod.GET, "/cases/{case}/print", Kind.READ),
            new Route(RequestMethod.GET, "/cases/{case}/engagement", Kind.WORK),
            new Route(RequestMethod.POST, "/cases/{case}/engagement", Kind.WORK),
            new Route(RequestMethod.GET, "/cases/{case}/assessment", Kind.WORK),
            new Route(RequestMethod.POST, "/cases/{case}/assessment", Kind.WORK),
            new Route(RequestMethod.GET, "/cases/{case}/goals/new", Kind.WORK),
            new Route(RequestMethod.POST, "/cases/{case}/goals/new", Kind.WORK),
            new Route(RequestMethod.GET, "/cases/{case}/goals/{goalId}", Kind.WORK),
            new Route(RequestMethod.POST, "/cases/{case}/goals/{goalId}", Kind.WORK),
            new Route(RequestMethod.GET, "/cases/{case}/activities/new", Kind.WORK),
            new Route(RequestMethod.POST, "/cases/{case}/activities/new", Kind.WORK),
            new Route(RequestMethod.GET, "/cases/{case}/activities/{activityId}", Kind.WORK),
            new Route(RequestMethod.POST, "/cases/{case}/activities/{activityId}", Kind.WORK),
            new Route(RequestMethod.GET, "/cases/{case}/referrals/new", Kind.WORK),
            new Route(RequestMethod.POST, "/cases/{case}/referrals/new", Kind.WORK),
            new Route(RequestMethod.GET, "/cases/{case}/referrals/{referralId}", Kind.WORK),
            new Route(RequestMethod.POST, "/cases/{case}/referrals/{referralId}", Kind.WORK),
            new Route(RequestMethod.GET, "/cases/{case}/referrals/{referralId}/outcome", Kind.WORK),
            new Route(RequestMethod.POST, "/cases/{case}/referrals/{referralId}/outcome", Kind.WORK),
            new Route(RequestMethod.GET, "/cases/{case}/evaluation", Kind.WORK),
            new Route(RequestMethod.POST, "/cases/{case}/evaluation", Kind.WORK),
            new Route(RequestMethod.GET, "/cases/{case}/termination", Kind.WORK),
            new Route(RequestMethod.POST, "/cases/{case}/termination", Kind.WORK),
            new Route(RequestMethod.GET, "/cases/{case}/notes/new", Kind.WORK),
            new Route(RequestMethod.POST, "/cases/{case}/notes/new", Kind.WORK),
            new Route(RequestMethod.POST, "/cases/{case}/advance", Kind.WORK),
            new Route(RequestMethod.POST, "/cases/{case}/approval-requests", Kind.WORK),
            new Route(RequestMethod.GET, "/cases/{case}/back", Kind.WORK),
            new Route(RequestMethod.POST, "/cases/{case}/back", Kind.WORK),
            new Route(RequestMethod.GET, "/cases/{case}/reassign", Kind.SUPERVISE),
            new Route(RequestMethod.POST, "/cases/{case}/reassign", Kind.SUPERVISE),
            new Route(RequestMethod.GET, "/cases/{case}/reopen", Kind.SUPERVISE),
            new Route(RequestMethod.POST, "/cases/{case}/reopen", Kind.SUPERVISE),
            new Route(RequestMethod.GET, "/approvals", Kind.QUEUE),
            new Route(RequestMethod.POST, "/approvals/{caseId}/{kind}", Kind.SUPERVISE),
            new Route(RequestMethod.GET, "/cases/new", Kind.WORK),
            new Route(RequestMethod.POST, "/cases/new", Kind.WORK));

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Casework casework;

    TestOffice office;
    Map<Who, CurrentUser> people;
    long caseId;
    long goalId;
    long referralId;
    long activityId;
    long clientId;
    long newClientId;

    @BeforeAll
    void aCaseInIntervention() {
        office = new TestOffice(context);
        people = Map.of(Who.WORKER, office.worker, Who.SUPERVISOR, office.supervisor, Who.COLLEAGUE, office.colleague,
                Who.OTHER_SUPERVISOR, office.otherSupervisor, Who.OTHER_WORKER, office.otherWorker, Who.HEAD, office.head,
                Who.ADMIN, office.admin);
        caseId = office.caseInIntervention("Rute Akses");
        newClientId = office.client("Belum Berkasus");
        CurrentUser w = office.worker;
        LocalDate today = TestClock.today();
        SignedIn.run(w, () -> {
            casework.recordActivity(caseId, today, ActivityType.COUNSELLING, "Konseling", null, null, w);
            casework.refer(caseId, ReferralDestination.DUKCAPIL, "Disdukcapil Binjai", "KTP", today, w);
        });
        CaseFile file = file();
        goalId = file.getGoals().get(0).getId();
        referralId = file.getReferrals().get(0).getId();
        activityId = file.getActivities().get(0).getId();
        clientId = file.getClientId();
    }

    CaseFile file() {
        return office.file(caseId);
    }

    String path(Route route, long id) {
        return route.template().replace("{case}", String.valueOf(id)).replace("{caseId}", String.valueOf(id))
                .replace("{kind}", "PLAN").replace("{goalId}", String.valueOf(goalId))
                .replace("{referralId}", String.valueOf(referralId)).replace("{activityId}", String.valueOf(activityId));
    }

    /** What each person gets from each kind of route (posts are refused the same way as pages). */
    static int expected(Route route, Who who) {
        if (who == Who.ADMIN) {
            return 403;
        }
        boolean caseRoute = route.template().contains("{case");
        boolean onTheCase = who == Who.WORKER || who == Who.SUPERVISOR || who == Who.HEAD;
        return switch (route.kind()) {
            case QUEUE -> route.template().equals("/approvals") && who != Who.SUPERVISOR && who != Who.OTHER_SUPERVISOR
                    ? 403 : 200;
            case READ -> onTheCase ? 200 : 404;
            case WORK -> {
                if (!caseRoute) {
                    // opening a case for a client the worker registered
                    yield who == Who.HEAD ? 403 : (who == Who.WORKER || who == Who.SUPERVISOR ? 200 : 404);
                }
                yield !onTheCase ? 404 : who == Who.HEAD ? 403 : 200;
            }
            case SUPERVISE -> !onTheCase ? 404 : who == Who.SUPERVISOR ? 200 : 403;
        };
    }

    static Stream<Arguments> pagesAndPeople() {
        return ROUTES.stream().filter(route -> route.method() == RequestMethod.GET)
                .flatMap(route -> Stream.of(Who.values()).map(who -> Arguments.of(route, who)));
    }

    static Stream<Arguments> refusedPosts() {
        return ROUTES.stream().filter(route -> route.method() == RequestMethod.POST)
                .flatMap(route -> Stream.of(Who.values()).filter(who -> expected(route, who) != 200)
                        .map(who -> Arguments.of(route, who)));
    }

    @Test
    void routeListCoversEveryCaseAndApprovalEndpoint() {
        Set<String> declared = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/cases") || pattern.startsWith("/approvals")) {
                        info.getMethodsCondition().getMethods().forEach(m -> declared.add(m.name() + " " + pattern));
                    }
                }
            }
        }
        assertThat(declared).containsExactlyInAnyOrderElementsOf(ROUTES.stream().map(Route::mapping).toList());
    }

    @ParameterizedTest(name = "GET {0} as {1}")
    @MethodSource("pagesAndPeople")
    void pagesAnswerEachPersonAsTheirAccessSays(Route route, Who who) throws Exception {
        var request = get(path(route, caseId)).accept(MediaType.TEXT_HTML).with(as(people.get(who)));
        if (route.template().equals("/cases/new")) {
            request = request.param("client", String.valueOf(newClientId));
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(expected(route, who));
    }

    @ParameterizedTest(name = "POST {0} as {1} is refused and changes nothing")
    @MethodSource("refusedPosts")
    void refusedPostsChangeNothing(Route route, Who who) throws Exception {
        int expected = expected(route, who);
        long before = file().getVersion();
        var request = post(path(route, caseId)).with(csrf()).with(as(people.get(who))).accept(MediaType.TEXT_HTML)
                .param("reason", "alasan").param("text", "catatan").param("notedOn", TestClock.today().toString())
                .param("target", "EVALUATION").param("kind", "PLAN").param("decision", "approve")
                .param("workerId", String.valueOf(office.colleague.id())).param("openedOn", TestClock.today().toString())
                .param("client", String.valueOf(clientId)).param("version", String.valueOf(before));
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(expected);
        assertThat(file().getVersion()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void guessingIdsFindsNothing() throws Exception {
        long missing = caseId + 1_000_000;
        for (String path : List.of("/cases/" + missing, "/cases/" + missing + "/engagement", "/cases/" + missing + "/print",
                "/cases/" + caseId + "/goals/" + (goalId + 1_000_000), "/cases/" + caseId + "/referrals/" + (referralId + 1_000_000) + "/outcome",
                "/cases/" + caseId + "/referrals/" + (referralId + 1_000_000),
                "/cases/" + caseId + "/activities/" + (activityId + 1_000_000),
                "/cases/new?client=" + (clientId + 1_000_000))) {
            assertThat(mvc.perform(get(path).with(as(office.worker))).andReturn().getResponse().getStatus())
                    .as(path).isEqualTo(404);
        }
        assertThat(mvc.perform(get("/cases/abc").with(as(office.worker))).andReturn().getResponse().getStatus())
                .isBetween(400, 404);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        var response = mvc.perform(get("/cases/" + caseId)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }
}
