package id.lentera.supervision.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.lentera.account.CurrentUser;
import id.lentera.casework.CaseFile;
import id.lentera.casework.Casework;
import id.lentera.casework.ReferralDestination;
import id.lentera.casework.TestOffice;
import id.lentera.supervision.Exports;
import id.lentera.support.DeclaredRoutes;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every supervision route for every role and for people of the same and another team: who gets
 * it (200, or a redirect after a successful post), who is refused (403), and for whom the team,
 * worker or case does not exist (404). A refused reassignment changes nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionRoutesAccessTest {

    enum Who { WORKER, SUPERVISOR, COLLEAGUE, OTHER_SUPERVISOR, OTHER_WORKER, HEAD, ADMIN }

    /** A route and what each person gets from it. */
    record Route(String method, String template, Map<Who, Integer> answers) {
        @Override
        public String toString() {
            return method + " " + template;
        }

        int expected(Who who) {
            return answers.get(who);
        }
    }

    static Map<Who, Integer> answers(int worker, int supervisor, int colleague, int otherSupervisor, int otherWorker,
            int head, int admin) {
        return Map.of(Who.WORKER, worker, Who.SUPERVISOR, supervisor, Who.COLLEAGUE, colleague,
                Who.OTHER_SUPERVISOR, otherSupervisor, Who.OTHER_WORKER, otherWorker, Who.HEAD, head, Who.ADMIN, admin);
    }

    /** Supervisors and the head of office; a supervisor only for their own team. */
    static final Map<Who, Integer> TEAM_OWN = answers(403, 200, 403, 404, 403, 200, 403);
    static final Map<Who, Integer> ANY_SUPERVISOR = answers(403, 200, 403, 200, 403, 200, 403);
    static final Map<Who, Integer> CASE_READERS = answers(200, 200, 404, 404, 404, 200, 403);
    static final Map<Who, Integer> ADMIN_ONLY = answers(403, 403, 403, 403, 403, 403, 200);

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/team", ANY_SUPERVISOR),
            new Route("GET", "/team?team={team}", TEAM_OWN),
            new Route("GET", "/team/workers/{worker}", TEAM_OWN),
            new Route("POST", "/team/workers/{worker}/reassign", answers(403, 302, 403, 404, 403, 403, 403)),
            // the lists behind the team page's visit figures (visit module): a team not led is not found;
            // without a team everyone but the admin gets the list of what they may see (contents: VisitListWebTest)
            new Route("GET", "/visits?status=overdue&worker={worker}&team={team}", answers(200, 200, 200, 404, 200, 200, 403)),
            new Route("GET", "/visits?status=done&worker={worker}", answers(200, 200, 200, 200, 200, 200, 403)),
            new Route("GET", "/dashboard", ANY_SUPERVISOR),
            new Route("GET", "/dashboard?team={team}", TEAM_OWN),
            new Route("GET", "/exports/caseload.xlsx", answers(200, 200, 200, 200, 200, 200, 403)),
            new Route("GET", "/exports/monthly.pdf?month={month}", ANY_SUPERVISOR),
            new Route("GET", "/exports/monthly.xlsx?month={month}", ANY_SUPERVISOR),
            new Route("GET", "/exports/cases/{case}/summary.pdf", CASE_READERS),
            new Route("GET", "/exports/cases/{case}/referrals/{referral}/letter", CASE_READERS),
            // the letter was numbered before; taking its number again gives the same one (details: below)
            new Route("POST", "/exports/cases/{case}/referrals/{referral}/letter/number",
                    answers(302, 302, 404, 404, 404, 403, 403)),
            new Route("GET", "/exports/cases/{case}/referrals/{referral}/letter.pdf", CASE_READERS),
            new Route("GET", "/admin/office", ADMIN_ONLY),
            // the version sent is stale, so the admin gets the form back with the conflict (200), nothing saved
            new Route("POST", "/admin/office", answers(403, 403, 403, 403, 403, 403, 200)));

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Casework casework;
    @Autowired
    Exports exports;
    @Autowired
    JdbcTemplate jdbc;

    TestOffice office;
    Map<Who, CurrentUser> people;
    long caseId;
    long spareCaseId;
    long referralId;

    @BeforeAll
    void aTeamWithCases() {
        office = new TestOffice(context);
        people = Map.of(Who.WORKER, office.worker, Who.SUPERVISOR, office.supervisor, Who.COLLEAGUE, office.colleague,
                Who.OTHER_SUPERVISOR, office.otherSupervisor, Who.OTHER_WORKER, office.otherWorker, Who.HEAD,
                office.head, Who.ADMIN, office.admin);
        caseId = office.caseInIntervention("Rute Supervisi");
        spareCaseId = office.openCase("Rute Cadangan");
        SignedIn.run(office.worker, () -> casework.refer(caseId, ReferralDestination.DUKCAPIL, "Disdukcapil Binjai",
                "KTP hilang", TestClock.today(), office.worker));
        referralId = office.file(caseId).getReferrals().get(0).getId();
        SignedIn.run(office.worker, () -> exports.takeReferralLetterNumber(caseId, referralId, office.worker));
    }

    String path(Route route) {
        return route.template().replace("{team}", String.valueOf(office.teamId))
                .replace("{worker}", String.valueOf(office.worker.id())).replace("{case}", String.valueOf(caseId))
                .replace("{referral}", String.valueOf(referralId)).replace("{month}", TestClock.thisMonth().toString());
    }

    MockHttpServletRequestBuilder request(Route route, Who who) {
        if (route.method().equals("GET")) {
            return get(path(route)).with(as(people.get(who)));
        }
        var request = post(path(route)).with(csrf()).with(as(people.get(who)));
        if (route.template().endsWith("/letter/number")) {
            return request;
        }
        if (route.template().startsWith("/team")) {
            // hands the spare case to the colleague and, for the next try, back
            return request.param("caseIds", String.valueOf(spareCaseId))
                    .param("toWorker", String.valueOf(office.file(spareCaseId).getWorkerId() == office.worker.id()
                            ? office.colleague.id() : office.worker.id()))
                    .param("reason", "Beban kerja");
        }
        return request.param("version", "999999").param("officeName", "Dinas Sosial Kota Binjai")
                .param("address", "Kota Binjai").param("letterheadLine1", "PEMERINTAH KOTA BINJAI")
                .param("city", "Binjai").param("headTitle", "Kepala Dinas Sosial").param("letterNumberPrefix", "400.9");
    }

    Stream<Arguments> routesAndPeople() {
        return ROUTES.stream().flatMap(route -> Stream.of(Who.values()).map(who -> Arguments.of(route, who)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("routesAndPeople")
    void eachPersonGetsWhatTheirAccessSays(Route route, Who who) throws Exception {
        CaseFile before = office.file(spareCaseId);
        int status = mvc.perform(request(route, who)).andReturn().getResponse().getStatus();
        int expected = route.expected(who);
        assertThat(status).isEqualTo(expected);
        if (route.method().equals("POST") && route.template().startsWith("/team") && expected != 302) {
            assertThat(office.file(spareCaseId).getWorkerId()).as("nothing reassigned").isEqualTo(before.getWorkerId());
        }
    }

    @Test
    void routeListCoversEverySupervisionEndpoint() {
        var declared = new java.util.TreeSet<String>();
        for (String prefix : List.of("/team", "/dashboard", "/exports", "/admin/office")) {
            declared.addAll(DeclaredRoutes.under(context, prefix));
        }
        assertThat(DeclaredRoutes.under(context, "/visits")).contains("GET /visits");
        assertThat(declared).containsExactlyInAnyOrderElementsOf(ROUTES.stream()
                .filter(r -> !r.template().startsWith("/visits"))
                .map(r -> r.method() + " " + r.template().replaceAll("\\?.*", "").replace("{case}", "{id}")
                        .replace("{worker}", "{id}").replace("{referral}", "{referralId}")
                        .replaceAll("monthly\\.(pdf|xlsx)", "monthly.{format:pdf|xlsx}"))
                .distinct().toList());
    }

    @Test
    void guessingIdsFindsNothing() throws Exception {
        for (String path : List.of("/team/workers/" + (office.worker.id() + 1_000_000),
                "/team?team=" + (office.teamId + 1_000_000),
                "/exports/cases/" + (caseId + 1_000_000) + "/summary.pdf",
                "/exports/cases/" + caseId + "/referrals/" + (referralId + 1_000_000) + "/letter.pdf",
                "/exports/cases/" + caseId + "/referrals/" + (referralId + 1_000_000) + "/letter")) {
            assertThat(mvc.perform(get(path).with(as(office.supervisor))).andReturn().getResponse().getStatus())
                    .as(path).isEqualTo(404);
        }
        assertThat(mvc.perform(post("/exports/cases/" + caseId + "/referrals/" + (referralId + 1_000_000)
                + "/letter/number").with(csrf()).with(as(office.supervisor))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        // a supervisor's page for someone who is not a social worker (the head of office) is not found either
        assertThat(mvc.perform(get("/team/workers/" + office.head.id()).with(as(office.supervisor))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    /** A referral of the case whose letter has no number yet. */
    long freshReferral(String reason) {
        SignedIn.run(office.worker, () -> casework.refer(caseId, ReferralDestination.DUKCAPIL, "Disdukcapil Binjai",
                reason, TestClock.today(), office.worker));
        return office.file(caseId).getReferrals().stream().filter(r -> r.getReason().equals(reason)).findFirst()
                .orElseThrow().getId();
    }

    Integer letterSeq(long referral) {
        return jdbc.queryForList("select seq from referral_letter where referral_id = ?", Integer.class, referral)
                .stream().findFirst().orElse(null);
    }

    Integer registerNow() {
        return jdbc.queryForList("select last_number from letter_register where year = ?", Integer.class,
                TestClock.today().getYear()).stream().findFirst().orElse(0);
    }

    @Test
    void aLetterNumberIsTakenOnlyByAPostOfTheCasesWorkerOrSupervisorNeverByAGetNorByTheHead() throws Exception {
        long referral = freshReferral("Akta kelahiran hilang");
        String base = "/exports/cases/" + caseId + "/referrals/" + referral;
        int register = registerNow();
        // looking at it and asking for its PDF, in every role that sees the case, takes nothing
        for (Who who : List.of(Who.WORKER, Who.SUPERVISOR, Who.HEAD)) {
            var page = mvc.perform(get(base + "/letter").with(as(people.get(who)))).andReturn().getResponse();
            assertThat(page.getStatus()).as(who.name()).isEqualTo(200);
            String html = page.getContentAsString();
            assertThat(html).as(who.name()).contains("Belum bernomor").doesNotContain("data-test=\"letter-pdf\"");
            if (who == Who.HEAD) {
                assertThat(html).doesNotContain("data-test=\"take-number\"").contains("data-test=\"may-not-number\"");
            } else {
                assertThat(html).as(who.name()).contains("data-test=\"take-number\"")
                        .contains("/letter/number");
            }
            var pdf = mvc.perform(get(base + "/letter.pdf").with(as(people.get(who)))).andReturn().getResponse();
            assertThat(pdf.getStatus()).as(who.name()).isEqualTo(302);
            assertThat(pdf.getRedirectedUrl()).isEqualTo(base + "/letter");
        }
        // the read-only head and the admin are refused; who does not see the case does not find it
        Map<Who, Integer> refused = Map.of(Who.HEAD, 403, Who.ADMIN, 403, Who.COLLEAGUE, 404,
                Who.OTHER_SUPERVISOR, 404, Who.OTHER_WORKER, 404);
        refused.forEach((who, status) -> {
            try {
                assertThat(mvc.perform(post(base + "/letter/number").with(csrf()).with(as(people.get(who))))
                        .andReturn().getResponse().getStatus()).as(who.name()).isEqualTo(status);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(letterSeq(referral)).as("no number after GETs and refused POSTs").isNull();
        assertThat(registerNow()).isEqualTo(register);

        // the case's worker takes it: the register's next number, shown on the page and printed
        var taken = mvc.perform(post(base + "/letter/number").with(csrf()).with(as(office.worker))).andReturn()
                .getResponse();
        assertThat(taken.getStatus()).isEqualTo(302);
        assertThat(taken.getRedirectedUrl()).isEqualTo(base + "/letter");
        assertThat(letterSeq(referral)).isEqualTo(register + 1);
        assertThat(mvc.perform(get(base + "/letter").with(as(office.head))).andReturn().getResponse()
                .getContentAsString()).contains("/" + (register + 1) + "/REHSOS/").contains("data-test=\"letter-pdf\"");
        assertThat(mvc.perform(get(base + "/letter.pdf").with(as(office.head))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        // the supervisor asking again gets the same number, and the register does not move
        assertThat(mvc.perform(post(base + "/letter/number").with(csrf()).with(as(office.supervisor))).andReturn()
                .getResponse().getStatus()).isEqualTo(302);
        assertThat(letterSeq(referral)).isEqualTo(register + 1);
        assertThat(registerNow()).isEqualTo(register + 1);
        // and the team's supervisor takes the number of another letter of the case
        long second = freshReferral("Kartu KIS");
        assertThat(mvc.perform(post("/exports/cases/" + caseId + "/referrals/" + second + "/letter/number").with(csrf())
                .with(as(office.supervisor))).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(letterSeq(second)).isEqualTo(register + 2);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_entry where category = 'SUPERVISION' and action = 'REFERRAL_LETTER_NUMBERED'
                   and target = ?""", Long.class, "case " + caseId)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String path : List.of("/team", "/dashboard", "/exports/caseload.xlsx", "/admin/office")) {
            var response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        }
    }
}
