package id.lentera.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.lentera.account.CurrentUser;
import id.lentera.casework.ActivityType;
import id.lentera.casework.CaseFile;
import id.lentera.casework.Casework;
import id.lentera.casework.ReferralDestination;
import id.lentera.casework.TestOffice;
import id.lentera.client.ClientRecords;
import id.lentera.client.HouseholdRoster;
import id.lentera.client.Sex;
import id.lentera.client.TestClients;
import id.lentera.shared.NotAudited;
import id.lentera.shared.PersonalData;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import id.lentera.visit.VisitFixtures;
import id.lentera.visit.VisitPhotos;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every view of personal data leaves an entry: the GET routes of the personal-data areas are read
 * from the request mappings (not from a hand-kept list), each must carry an audit decision, and
 * each audited one, opened by someone who may, must write an entry naming who and which record.
 * Searches keep their filters but never the text typed; refused requests for records are kept and
 * the admin can filter both on the activity page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataAuditTest {

    /** The areas whose pages show clients, households, cases and visits (and the supervisor's lists of them). */
    static final List<String> PERSONAL_AREAS = List.of("/clients", "/households", "/cases", "/visits", "/eligibility",
            "/exports", "/approvals", "/team");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Casework casework;
    @Autowired
    ClientRecords records;
    @Autowired
    HouseholdRoster roster;
    @Autowired
    VisitPhotos photos;

    TestOffice office;
    long caseId;
    long clientId;
    long householdId;
    long memberId;
    long goalId;
    long activityId;
    long referralId;
    long visitId;
    UUID photoId;

    @BeforeAll
    void aCaseWithEveryRecordAndAVisitWithAPhoto() {
        VisitFixtures visits = new VisitFixtures(context);
        office = visits.office;
        CurrentUser w = office.worker;
        caseId = visits.aCase("Jejak Audit");
        LocalDate today = TestClock.today();
        SignedIn.run(w, () -> {
            casework.recordActivity(caseId, today, ActivityType.COUNSELLING, "Konseling", null, null, w);
            casework.refer(caseId, ReferralDestination.DUKCAPIL, "Disdukcapil Binjai", "KTP", today, w);
        });
        CaseFile file = office.file(caseId);
        clientId = file.getClientId();
        goalId = file.getGoals().get(0).getId();
        activityId = file.getActivities().get(0).getId();
        referralId = file.getReferrals().get(0).getId();
        // a letter is printed only once it has its number, taken by an explicit POST of the case's worker
        SignedIn.run(w, () -> context.getBean(id.lentera.supervision.Exports.class)
                .takeReferralLetterNumber(caseId, referralId, w));
        householdId = SignedIn.run(w, () -> records.open(clientId, w)).household().id();
        memberId = SignedIn.run(w, () -> roster.view(householdId, w)).members().get(0).memberId();
        visitId = visits.plannedToday(caseId);
        byte[] png = VisitFixtures.png(40, 40);
        photoId = SignedIn.run(w, () -> photos.add(visitId, png.length, () -> png, w)).publicId();
    }

    /** A GET route of the app: its pattern and its handler. */
    record Route(String pattern, HandlerMethod handler) {
        @Override
        public String toString() {
            return "GET " + pattern;
        }
    }

    List<Route> personalDataRoutes() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
                Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
                if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                    continue;
                }
                for (String pattern : e.getKey().getPatternValues()) {
                    if (PERSONAL_AREAS.stream().anyMatch(area -> pattern.equals(area) || pattern.startsWith(area + "/")
                            || pattern.startsWith(area + "."))) {
                        routes.add(new Route(pattern, e.getValue()));
                    }
                }
            }
        }
        routes.sort((a, b) -> a.pattern().compareTo(b.pattern()));
        return routes;
    }

    @Test
    void everyGetRouteOfThePersonalDataAreasHasAnAuditDecision() {
        List<Route> routes = personalDataRoutes();
        assertThat(routes).as("the walk finds the routes").hasSizeGreaterThan(30);
        List<String> undecided = new ArrayList<>();
        for (Route route : routes) {
            PersonalData audited = route.handler().getMethodAnnotation(PersonalData.class);
            NotAudited notAudited = route.handler().getMethodAnnotation(NotAudited.class);
            if ((audited == null) == (notAudited == null)
                    || (notAudited != null && notAudited.value().isBlank())
                    || (audited != null && audited.value().isBlank())) {
                undecided.add(route.toString());
            }
        }
        assertThat(undecided).as("GET routes with no (or two) audit decisions: add @PersonalData or @NotAudited(why)")
                .isEmpty();
        assertThat(routes.stream().filter(r -> r.handler().hasMethodAnnotation(NotAudited.class)).count())
                .as("not auditing is the exception").isLessThan(6);
    }

    /**
     * Areas that show no client's data: sign-in, one's own account, the admin's pages, regions,
     * figures; and {@code /test}, the controllers that only tests declare.
     */
    static final Set<String> OTHER_AREAS = Set.of("/", "/login", "/account", "/admin", "/regions", "/dashboard",
            "/error", "/test");

    @Test
    void aNewAreaOfTheAppMustBeClassifiedBeforeItShipsUnaudited() {
        Set<String> areas = new java.util.TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
                Matcher first = Pattern.compile("^/[^/.{]*").matcher(pattern);
                if (first.find()) {
                    areas.add(first.group());
                }
            }));
        }
        assertThat(areas).as("every area is either walked for audit decisions or known to hold no client data")
                .isSubsetOf(Stream.concat(PERSONAL_AREAS.stream(), OTHER_AREAS.stream()).toList())
                .containsAll(PERSONAL_AREAS);
    }

    @TestFactory
    Stream<DynamicTest> everyPersonalDataPageWritesAnEntryNamingWhoAndWhich() {
        return personalDataRoutes().stream().filter(r -> r.handler().hasMethodAnnotation(PersonalData.class))
                .map(route -> DynamicTest.dynamicTest(route.toString(), () -> opensAndIsRecorded(route)));
    }

    private void opensAndIsRecorded(Route route) throws Exception {
        PersonalData audit = route.handler().getMethodAnnotation(PersonalData.class);
        String path = path(route);
        // the first of those who may open it: the case's worker, else its supervisor (reassign, reopen)
        for (CurrentUser user : List.of(office.worker, office.supervisor)) {
            long before = entriesBy(user);
            long refusedBefore = refusalsBy(user);
            long idBefore = maxId();
            MockHttpServletRequestBuilder request = get(path).accept(MediaType.TEXT_HTML, MediaType.ALL).with(as(user));
            for (Map.Entry<String, String> p : parameters(route).entrySet()) {
                request = request.param(p.getKey(), p.getValue());
            }
            var response = mvc.perform(request).andReturn().getResponse();
            if (response.getStatus() == 403 || response.getStatus() == 404) {
                assertThat(refusalsBy(user)).as("a refusal of %s is recorded", path).isEqualTo(refusedBefore + 1);
                continue;
            }
            assertThat(response.getStatus()).as("%s as %s", path, user.role()).isEqualTo(200);
            if (audit.recordedByService()) {
                // the referral letter also records the opening of the client's record whose NIK it prints
                assertThat(entriesBy(user)).as("an entry for %s", path).isGreaterThan(before);
            } else {
                assertThat(entriesBy(user)).as("one entry for %s", path).isEqualTo(before + 1);
            }
            List<Map<String, Object>> entries = jdbc.queryForList("""
                    select category, action, target, detail from audit_entry
                     where actor = ? and category <> 'REFUSED' and id > ? order by id""", user.username(), idBefore);
            if (!audit.recordedByService()) {
                assertThat(entries).extracting(e -> e.get("category") + " " + e.get("action"))
                        .containsExactly("VIEW " + audit.value());
            }
            if (!audit.id().isEmpty()) {
                String id = idValue(route, audit.id());
                assertThat(entries).as("the record is named").anySatisfy(e -> assertThat(String.valueOf(e.get("target")))
                        .matches(".*\\b" + Pattern.quote(id) + "$"));
            }
            return;
        }
        throw new AssertionError("nobody who works on the case could open " + path);
    }

    private String idValue(Route route, String name) {
        Map<String, String> params = parameters(route);
        if (params.containsKey(name)) {
            return params.get(name);
        }
        return variables(route).get(name);
    }

    /** The fixture's ids for the route's path variables (by area and name). */
    private Map<String, String> variables(Route route) {
        String pattern = route.pattern();
        String id = pattern.startsWith("/clients") ? String.valueOf(clientId)
                : pattern.startsWith("/households") || pattern.startsWith("/eligibility") ? String.valueOf(householdId)
                : pattern.startsWith("/visits") ? String.valueOf(visitId)
                : pattern.startsWith("/team") ? String.valueOf(office.worker.id())
                : String.valueOf(caseId);
        Map<String, String> values = new TreeMap<>();
        values.put("id", id);
        values.put("memberId", String.valueOf(memberId));
        values.put("goalId", String.valueOf(goalId));
        values.put("activityId", String.valueOf(activityId));
        values.put("referralId", String.valueOf(referralId));
        values.put("publicId", photoId.toString());
        return values;
    }

    private String path(Route route) {
        Map<String, String> values = variables(route);
        Matcher variable = Pattern.compile("\\{(\\w+)(?::([^}|]+)[^}]*)?}").matcher(route.pattern());
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = variable.group(2) != null ? variable.group(2) : values.get(variable.group(1));
            assertThat(value).as("a fixture for {%s} of %s", variable.group(1), route).isNotNull();
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }

    /** The request parameters the handler asks for that name a record or a period. */
    private Map<String, String> parameters(Route route) {
        Map<String, String> known = Map.of("client", String.valueOf(clientId), "case", String.valueOf(caseId),
                "month", YearMonth.from(TestClock.today()).toString());
        Map<String, String> parameters = new LinkedHashMap<>();
        for (MethodParameter parameter : route.handler().getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = param.name().isEmpty() ? param.value() : param.name();
                name = name.isEmpty() ? parameter.getParameterName() : name;
                if (name != null && known.containsKey(name)) {
                    parameters.put(name, known.get(name));
                }
            }
        }
        return parameters;
    }

    private long entriesBy(CurrentUser user) {
        Long n = jdbc.queryForObject("select count(*) from audit_entry where actor = ? and category <> 'REFUSED'",
                Long.class, user.username());
        return n == null ? 0 : n;
    }

    private long refusalsBy(CurrentUser user) {
        Long n = jdbc.queryForObject("select count(*) from audit_entry where actor = ? and category = 'REFUSED'",
                Long.class, user.username());
        return n == null ? 0 : n;
    }

    private long maxId() {
        Long id = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        return id == null ? 0 : id;
    }

    // --- searches

    @Test
    void aSearchIsRecordedWithItsFiltersButNeverTheNameOrNumberTyped() throws Exception {
        CurrentUser worker = office.worker;
        String name = "Sarinah " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
        String nik = TestClients.nikOf(LocalDate.of(1980, 5, 17), Sex.F);
        new TestClients(context).clientHeadingHousehold(worker, name, Sex.F, LocalDate.of(1980, 5, 17), nik, null,
                "12.75.05.1001");
        long before = maxId();

        assertThat(mvc.perform(get("/clients").param("q", name).param("kelurahan", "12.75.05.1001")
                .param("openCase", "false").with(as(worker))).andReturn().getResponse().getContentAsString())
                .contains(name);
        assertThat(mvc.perform(post("/clients").param("q", nik.substring(0, 8) + " " + nik.substring(8))
                .with(csrf()).with(as(worker))).andReturn().getResponse().getStatus()).isEqualTo(200);

        List<Map<String, Object>> entries = jdbc.queryForList("""
                select action, target, detail from audit_entry where id > ? and actor = ? and action = 'CLIENT_SEARCHED'
                 order by id""", before, worker.username());
        assertThat(entries).hasSize(2);
        assertThat((String) entries.get(0).get("detail")).contains("kelurahan=12.75.05.1001").contains("openCase=false")
                .contains("text=name");
        assertThat((String) entries.get(1).get("detail")).isEqualTo("text=number");
        Long leaks = jdbc.queryForObject("""
                select count(*) from audit_entry where id > ?
                   and (coalesce(target, '') || ' ' || coalesce(detail, '')) ilike any (array[?, ?, ?])""",
                Long.class, before, "%" + name.split(" ")[1] + "%", "%" + nik.substring(8) + "%", "%Sarinah%");
        assertThat(leaks).as("neither the name nor the NIK typed is in the log").isZero();
    }

    // --- refused requests

    @Test
    void aRefusedRequestForARecordIsRecordedWithWhoAndWhat() throws Exception {
        long before = maxId();
        assertThat(mvc.perform(get("/clients/{id}", clientId).with(as(office.otherWorker))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/households/{id}", householdId).with(as(office.admin))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/cases/{id}", caseId + 1_000_000).with(as(office.worker))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);

        List<Map<String, Object>> refused = jdbc.queryForList("""
                select actor, action, target, detail from audit_entry where id > ? and category = 'REFUSED' order by id""",
                before);
        assertThat(refused).extracting(e -> e.get("actor") + " " + e.get("action") + " " + e.get("target"))
                .contains(office.otherWorker.username() + " REFUSED_404 /clients/" + clientId,
                        office.admin.username() + " REFUSED_403 /households/" + householdId,
                        office.worker.username() + " REFUSED_404 /cases/" + (caseId + 1_000_000));
        assertThat(refused).filteredOn(e -> office.otherWorker.username().equals(e.get("actor")))
                .extracting(e -> e.get("detail")).containsExactly("GET /clients/{id}");
        Long views = jdbc.queryForObject("select count(*) from audit_entry where id > ? and actor = ? and category <> 'REFUSED'",
                Long.class, before, office.otherWorker.username());
        assertThat(views).as("a refused request is no view").isZero();
    }

    @Test
    void theAdminFiltersRefusedRequestsAndViewsOnTheActivityPage() throws Exception {
        CurrentUser prober = office.otherSupervisor;
        mvc.perform(get("/households/{id}", householdId).with(as(prober)));
        mvc.perform(get("/households/{id}", householdId).with(as(office.supervisor)));

        String refused = mvc.perform(get("/admin/activity").param("category", "REFUSED").param("q", prober.username())
                .with(as(office.admin))).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("/households/" + householdId).contains("GET /households/{id}")
                .contains("Ditolak (404");
        assertThat(refused).doesNotContain("Membuka halaman keluarga");

        String views = mvc.perform(get("/admin/activity").param("category", "VIEW")
                .param("q", office.supervisor.username()).with(as(office.admin))).andReturn().getResponse()
                .getContentAsString();
        assertThat(views).contains("Membuka halaman keluarga").contains("household " + householdId)
                .doesNotContain("Ditolak (");
        assertThat(views).contains("<option value=\"VIEW\" selected=\"selected\">Melihat data pribadi</option>");
    }
}
