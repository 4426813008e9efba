package id.lentera.visit.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import id.lentera.account.CurrentUser;
import id.lentera.support.DeclaredRoutes;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import id.lentera.visit.VisitFixtures;
import id.lentera.visit.VisitPhotos;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Every visit and photo route for every role and for people of the same and another team: the
 * case's worker, its supervisor and the head of office see its visits; only the first two record
 * them; everyone else is told it does not exist; admins are refused everything. A refused post
 * changes nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitRoutesAccessTest {

    enum Who { WORKER, SUPERVISOR, COLLEAGUE, OTHER_SUPERVISOR, OTHER_WORKER, HEAD, ADMIN }

    enum Kind { AGENDA, LIST, READ, WORK }

    record Route(RequestMethod method, String template, Kind kind) {
        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route(RequestMethod.GET, "/visits/today", Kind.AGENDA),
            // each sees the visits they may see in it (VisitListWebTest); a team not theirs is not found (supervision's route test)
            new Route(RequestMethod.GET, "/visits", Kind.LIST),
            new Route(RequestMethod.GET, "/visits/new", Kind.WORK),
            new Route(RequestMethod.POST, "/visits/new", Kind.WORK),
            new Route(RequestMethod.GET, "/visits/{id}", Kind.READ),
            new Route(RequestMethod.GET, "/visits/{id}/record", Kind.WORK),
            new Route(RequestMethod.POST, "/visits/{id}/record", Kind.WORK),
            new Route(RequestMethod.GET, "/visits/{id}/outcome", Kind.WORK),
            new Route(RequestMethod.POST, "/visits/{id}/outcome", Kind.WORK),
            new Route(RequestMethod.POST, "/visits/{id}/photos", Kind.WORK),
            new Route(RequestMethod.GET, "/visits/photos/{publicId}", Kind.READ),
            new Route(RequestMethod.GET, "/visits/photos/{publicId}/thumb", Kind.READ));

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    VisitPhotos photos;

    VisitFixtures fx;
    Map<Who, CurrentUser> people;
    long caseId;
    long visitId;
    UUID photoId;

    @BeforeAll
    void aPlannedVisitWithAPhoto() {
        fx = new VisitFixtures(context);
        var o = fx.office;
        people = Map.of(Who.WORKER, o.worker, Who.SUPERVISOR, o.supervisor, Who.COLLEAGUE, o.colleague,
                Who.OTHER_SUPERVISOR, o.otherSupervisor, Who.OTHER_WORKER, o.otherWorker, Who.HEAD, o.head,
                Who.ADMIN, o.admin);
        caseId = fx.aCase("Akses Kunjungan");
        visitId = fx.plannedToday(caseId);
        byte[] png = VisitFixtures.png(50, 50);
        photoId = SignedIn.run(o.worker, () -> photos.add(visitId, png.length, () -> png, o.worker)).publicId();
    }

    static int expected(Route route, Who who) {
        if (who == Who.ADMIN) {
            return 403;
        }
        boolean onTheCase = who == Who.WORKER || who == Who.SUPERVISOR || who == Who.HEAD;
        return switch (route.kind()) {
            case AGENDA -> who == Who.HEAD ? 403 : 200;
            case LIST -> 200;
            case READ -> onTheCase ? 200 : 404;
            case WORK -> !onTheCase ? 404 : who == Who.HEAD ? 403 : 200;
        };
    }

    String path(Route route) {
        return route.template().replace("{id}", String.valueOf(visitId)).replace("{publicId}", photoId.toString());
    }

    static Stream<Arguments> pagesAndPeople() {
        return ROUTES.stream().filter(r -> r.method() == RequestMethod.GET)
                .flatMap(r -> Stream.of(Who.values()).map(w -> Arguments.of(r, w)));
    }

    static Stream<Arguments> refusedPosts() {
        return ROUTES.stream().filter(r -> r.method() == RequestMethod.POST)
                .flatMap(r -> Stream.of(Who.values()).filter(w -> expected(r, w) != 200).map(w -> Arguments.of(r, w)));
    }

    @Test
    void routeListCoversEveryVisitEndpoint() {
        assertThat(DeclaredRoutes.under(context, "/visits"))
                .containsExactlyInAnyOrderElementsOf(ROUTES.stream().map(Route::toString).toList());
    }

    @ParameterizedTest(name = "GET {0} as {1}")
    @MethodSource("pagesAndPeople")
    void pagesAnswerEachPersonAsTheirAccessSays(Route route, Who who) throws Exception {
        MockHttpServletRequestBuilder request = get(path(route)).accept(MediaType.TEXT_HTML, MediaType.ALL)
                .with(as(people.get(who)));
        if (route.template().equals("/visits/new")) {
            request = request.param("case", String.valueOf(caseId));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(expected(route, who));
        if (route.template().startsWith("/visits/photos") && response.getStatus() == 200) {
            // personal data like the pages: stored by no cache, the phone's included
            assertThat(response.getHeader("Cache-Control")).contains("no-store").doesNotContain("public")
                    .doesNotContain("max-age=3");
            assertThat(response.getContentType()).isEqualTo("image/jpeg");
        }
    }

    @ParameterizedTest(name = "POST {0} as {1} is refused and changes nothing")
    @MethodSource("refusedPosts")
    void refusedPostsChangeNothing(Route route, Who who) throws Exception {
        long version = fx.version(visitId);
        int visits = fx.count("case_id = ?", caseId);
        int photosBefore = SignedIn.run(fx.office.worker, () -> photos.image(photoId, true, fx.office.worker)).bytes().length;
        var request = multipart(path(route)).file(new MockMultipartFile("photo", "rumah.png", "image/png",
                        VisitFixtures.png(30, 30)))
                .with(csrf()).with(as(people.get(who))).accept(MediaType.TEXT_HTML)
                .param("case", String.valueOf(caseId)).param("key", UUID.randomUUID().toString())
                .param("scheduledOn", TestClock.today().toString()).param("purpose", "MONITORING")
                .param("visitedOn", TestClock.today().toString()).param("place", "HOME").param("observations", "x")
                .param("noPositionReason", "ditolak").param("version", String.valueOf(version))
                .param("outcome", "MISSED").param("reason", "tidak ada");
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(expected(route, who));
        assertThat(fx.version(visitId)).as("the visit unchanged").isEqualTo(version);
        assertThat(fx.count("case_id = ?", caseId)).as("no visit added").isEqualTo(visits);
        assertThat(fx.count("id = ? and status = 'PLANNED'", visitId)).isEqualTo(1);
        assertThat(photosBefore).isPositive();
        assertThat(countPhotos()).as("no photo added").isEqualTo(1);
    }

    int countPhotos() {
        Integer n = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select count(*) from visit_photo where visit_id = ?", Integer.class, visitId);
        return n == null ? 0 : n;
    }

    @Test
    void guessingIdsFindsNothing() throws Exception {
        CurrentUser worker = fx.office.worker;
        for (String path : List.of("/visits/" + (visitId + 1_000_000), "/visits/" + (visitId + 1_000_000) + "/record",
                "/visits/photos/" + UUID.randomUUID(), "/visits/photos/" + UUID.randomUUID() + "/thumb",
                "/visits/new?case=" + (caseId + 1_000_000))) {
            assertThat(mvc.perform(get(path).with(as(worker))).andReturn().getResponse().getStatus()).as(path)
                    .isEqualTo(404);
        }
        assertThat(mvc.perform(get("/visits/photos/" + visitId).with(as(worker))).andReturn().getResponse().getStatus())
                .as("a row id is no photo id").isBetween(400, 404);
        assertThat(mvc.perform(get("/visits/abc").with(as(worker))).andReturn().getResponse().getStatus())
                .isBetween(400, 404);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String path : List.of("/visits/today", "/visits/" + visitId, "/visits/photos/" + photoId)) {
            var response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        }
    }
}
