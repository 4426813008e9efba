package id.lentera.casework;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import id.lentera.account.CurrentUser;
import id.lentera.client.ClientAccess;
import id.lentera.client.ClientQuery;
import id.lentera.client.ClientSearch;
import id.lentera.client.ClientSearchRow;
import id.lentera.client.DuplicateFinder;
import id.lentera.client.Registry;
import id.lentera.client.RegistryCheck;
import id.lentera.client.RegistrySource;
import id.lentera.client.RegistryState;
import id.lentera.client.RegistryStatusLog;
import id.lentera.client.Sex;
import id.lentera.client.TestClients;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The client search's filters act only on the clients the user may open (issue 14): a filter on a
 * fact the user may not read matches nothing, so no masked row ever appears because of a filter.
 * Four clients of one name: two of each team, one of each pair with an open case, all living with
 * HIV/AIDS (PPKS ODHA), in one kelurahan, in the registry. Every filter is tried by every role.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientSearchFiltersTest {

    static final String KELURAHAN = "12.75.05.1001";

    @Autowired
    ApplicationContext context;
    @Autowired
    Casework casework;
    @Autowired
    ClientAccess access;
    @Autowired
    ClientSearch search;
    @Autowired
    RegistryStatusLog registry;
    @Autowired
    DuplicateFinder finder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    TestOffice office;
    TestClients clients;
    String name;
    long odha;
    long oursOpen;
    long oursQuiet;
    long theirsOpen;
    long theirsQuiet;
    String theirNik;
    Set<Long> withOpenCase;

    @BeforeAll
    void office() {
        office = new TestOffice(context);
        clients = new TestClients(context);
        name = "Rahasia " + Long.toString(System.nanoTime(), 36);
        odha = jdbc.queryForObject("select id from ppks_category where code = 'ODHA'", Long.class);
        oursOpen = client(office.worker, null);
        oursQuiet = client(office.worker, null);
        LocalDate born = LocalDate.of(1980, 6, 15);
        theirNik = TestClients.nikOf(born, Sex.M);
        theirsOpen = client(office.otherWorker, theirNik);
        theirsQuiet = client(office.otherWorker, null);
        SignedIn.run(office.worker, () -> casework.open(oursOpen, null, TestClock.today(), office.worker));
        SignedIn.run(office.otherWorker, () -> casework.open(theirsOpen, null, TestClock.today(), office.otherWorker));
        withOpenCase = Set.of(oursOpen, theirsOpen);
    }

    /** A client of the given worker's team with every fact the filters ask about. */
    private long client(CurrentUser by, String nik) {
        long id = clients.clientHeadingHousehold(by, name, Sex.M, LocalDate.of(1980, 6, 15), nik, null, KELURAHAN);
        jdbc.update("insert into client_ppks (client_id, category_id) values (?, ?)", id, odha);
        long household = jdbc.queryForObject("""
                select m.household_id from household_member m join client c on c.person_id = m.person_id
                 where c.id = ? and m.left_on is null""", Long.class, id);
        SignedIn.run(by, () -> registry.record(household, new RegistryCheck(Registry.DTKS, RegistryState.REGISTERED,
                null, null, null, TestClock.today(), RegistrySource.CEK_BANSOS, null), by));
        return id;
    }

    private List<ClientSearchRow> find(CurrentUser user, ClientQuery query) {
        return SignedIn.run(user, () -> search.search(query, user, PageRequest.of(0, 20))).getContent();
    }

    private Set<Long> ids(List<ClientSearchRow> rows) {
        return rows.stream().map(ClientSearchRow::clientId).collect(Collectors.toSet());
    }

    private Set<Long> all() {
        return Set.of(oursOpen, oursQuiet, theirsOpen, theirsQuiet);
    }

    /** Each filter, and which of the four clients have the fact it asks about. */
    private Map<String, Filter> filters() {
        Map<String, Filter> filters = new LinkedHashMap<>();
        filters.put("kelurahan", new Filter(new ClientQuery(name, KELURAHAN, null, null, null), id -> true));
        filters.put("ppks", new Filter(new ClientQuery(name, null, odha, null, null), id -> true));
        filters.put("registry", new Filter(new ClientQuery(name, null, null, RegistryState.REGISTERED, null), id -> true));
        filters.put("openCase", new Filter(new ClientQuery(name, null, null, null, true), withOpenCase::contains));
        filters.put("noOpenCase", new Filter(new ClientQuery(name, null, null, null, false),
                id -> !withOpenCase.contains(id)));
        filters.put("everyFilter", new Filter(new ClientQuery(name, KELURAHAN, odha, RegistryState.REGISTERED, true),
                withOpenCase::contains));
        return filters;
    }

    record Filter(ClientQuery query, Predicate<Long> matches) {
    }

    @Test
    void aFilterNeverListsAClientTheUserMayNotOpenWhateverTheRole() {
        List<CurrentUser> readers = office.everyone().stream().filter(u -> u != office.admin).toList();
        for (CurrentUser user : readers) {
            Set<Long> opens = new HashSet<>();
            all().forEach(id -> {
                if (access.sees(user, id)) {
                    opens.add(id);
                }
            });
            filters().forEach((label, filter) -> {
                List<ClientSearchRow> rows = find(user, filter.query());
                Set<Long> expected = opens.stream().filter(filter.matches()).collect(Collectors.toSet());
                assertThat(rows).as("%s as %s: every row may be opened", label, user.username())
                        .allSatisfy(r -> assertThat(r.fullAccess()).isTrue());
                assertThat(ids(rows)).as("%s as %s", label, user.username()).isEqualTo(expected);
            });
        }
    }

    @Test
    void everyRoleOpensWhatItShouldSoTheFiltersAreTriedOnBothSides() {
        assertThat(all().stream().filter(id -> access.sees(office.worker, id))).containsExactlyInAnyOrder(oursOpen, oursQuiet);
        assertThat(all().stream().filter(id -> access.sees(office.colleague, id))).isEmpty();
        assertThat(all().stream().filter(id -> access.sees(office.supervisor, id))).containsExactlyInAnyOrder(oursOpen, oursQuiet);
        assertThat(all().stream().filter(id -> access.sees(office.otherWorker, id))).containsExactlyInAnyOrder(theirsOpen, theirsQuiet);
        assertThat(all().stream().filter(id -> access.sees(office.otherSupervisor, id))).containsExactlyInAnyOrder(theirsOpen, theirsQuiet);
        assertThat(all().stream().filter(id -> access.sees(office.head, id))).hasSize(4);
    }

    @Test
    void theAdminSearchesNothingFilteredOrNot() {
        for (Filter filter : filters().values()) {
            assertThatThrownBy(() -> find(office.admin, filter.query())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aPlainNameSearchStillListsEveryMatchMaskingWhatTheUserMayNotOpen() {
        for (CurrentUser user : office.everyone().stream().filter(u -> u != office.admin).toList()) {
            List<ClientSearchRow> rows = find(user, new ClientQuery(name, null, null, null, null));
            assertThat(ids(rows)).as(user.username()).isEqualTo(all());
            rows.forEach(r -> assertThat(r.fullAccess()).as(user.username() + " " + r.clientId())
                    .isEqualTo(access.sees(user, r.clientId())));
        }
    }

    @Test
    void aNikSearchListsTheMaskedRowButNotOnceAFilterIsAdded() {
        var byNik = find(office.worker, new ClientQuery(theirNik, null, null, null, null));
        assertThat(byNik).extracting(ClientSearchRow::clientId).containsExactly(theirsOpen);
        assertThat(byNik.get(0).fullAccess()).isFalse();

        assertThat(find(office.worker, new ClientQuery(theirNik, null, odha, null, null))).isEmpty();
        assertThat(find(office.worker, new ClientQuery(theirNik, null, null, null, true))).isEmpty();
        assertThat(find(office.otherWorker, new ClientQuery(theirNik, null, odha, null, true)))
                .extracting(ClientSearchRow::clientId).containsExactly(theirsOpen);
    }

    @Test
    void aMaskedRowNamesItsWorkerOnlyWithinTheUsersTeamsElseTheirTeam() {
        var asWorker = find(office.worker, new ClientQuery(name, null, null, null, null));
        ClientSearchRow theirs = asWorker.stream().filter(r -> r.clientId() == theirsOpen).findFirst().orElseThrow();
        assertThat(theirs.responsibleWorker()).isNull();
        assertThat(theirs.responsibleTeam()).startsWith("Tim Lain");
        // the colleague may not open the team's clients but knows who in the team holds them
        var asColleague = find(office.colleague, new ClientQuery(name, null, null, null, null));
        ClientSearchRow ours = asColleague.stream().filter(r -> r.clientId() == oursOpen).findFirst().orElseThrow();
        assertThat(ours.fullAccess()).isFalse();
        assertThat(ours.responsibleWorker()).isEqualTo("Test " + office.worker.username());
        assertThat(ours.responsibleTeam()).isNull();
        var asHead = find(office.head, new ClientQuery(name, null, null, null, null));
        assertThat(asHead).filteredOn(r -> r.clientId() == theirsOpen).extracting(ClientSearchRow::responsibleWorker)
                .containsExactly("Test " + office.otherWorker.username());
    }

    @Test
    void aDuplicateWarningNamesAnotherTeamsWorkerByTheirTeamOnly() {
        var probe = new DuplicateFinder.Probe(name, null, null, LocalDate.of(1980, 6, 15), null, null);
        var asWorker = SignedIn.run(office.worker, () -> finder.find(probe, office.worker));
        var theirs = asWorker.stream().filter(c -> Long.valueOf(theirsOpen).equals(c.clientId())).findFirst().orElseThrow();
        assertThat(theirs.fullAccess()).isFalse();
        assertThat(theirs.responsibleWorker()).isNull();
        assertThat(theirs.responsibleTeam()).startsWith("Tim Lain");
        var ours = asWorker.stream().filter(c -> Long.valueOf(oursOpen).equals(c.clientId())).findFirst().orElseThrow();
        assertThat(ours.responsibleWorker()).isEqualTo("Test " + office.worker.username());
        var asHead = SignedIn.run(office.head, () -> finder.find(probe, office.head));
        assertThat(asHead).filteredOn(c -> Long.valueOf(theirsOpen).equals(c.clientId()))
                .extracting(DuplicateFinder.Candidate::responsibleWorker)
                .containsExactly("Test " + office.otherWorker.username());
    }

    @Test
    void theListPageShowsNoMaskedRowForAFilterAsInTheIssue() throws Exception {
        String plain = page(office.worker, "?q=" + name.replace(' ', '+'));
        String filtered = page(office.worker, "?q=" + name.replace(' ', '+') + "&ppks=" + odha);
        assertThat(rows(plain)).isEqualTo(4);
        assertThat(plain).contains("Tim Lain").doesNotContain("Test " + office.otherWorker.username());
        assertThat(rows(filtered)).isEqualTo(2);
        assertThat(filtered).doesNotContain("Tim Lain");
        for (String filter : List.of("&kelurahan=" + KELURAHAN, "&registry=REGISTERED", "&openCase=true",
                "&openCase=false")) {
            String html = page(office.otherSupervisor, "?q=" + name.replace(' ', '+') + filter);
            assertThat(html).as(filter).doesNotContain("/clients/" + oursOpen + "\"")
                    .doesNotContain("/clients/" + oursQuiet + "\"");
            assertThat(html).as(filter).doesNotContain(">Terbatas<");
        }
    }

    private String page(CurrentUser user, String query) throws Exception {
        return mvc.perform(get("/clients" + query).with(as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static int rows(String html) {
        return html.split("data-test=\"client-row\"", -1).length - 1;
    }
}
