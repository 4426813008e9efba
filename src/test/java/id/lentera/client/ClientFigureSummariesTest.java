package id.lentera.client;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TeamManagement;
import id.lentera.account.TestAccounts;
import id.lentera.casework.TestOffice;
import id.lentera.eligibility.EligibilityFigures;
import id.lentera.eligibility.Verdict;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static id.lentera.account.TestAccounts.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The client figures' summary tables (V75, V76) after a sequence of writes: clients registered in
 * two teams of one supervisor, a case link of the other team opened, closed and opened again,
 * PPKS categories added and removed, registry checks added, changed and deleted, a client moving
 * to another household and kelurahan, verdicts inserted, changed and deleted. Each summary then
 * equals its rebuild, the figures are the known numbers, and they equal the figures computed
 * from the facts for several scopes.
 */
@IntegrationTest
class ClientFigureSummariesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ClientFigures figures;
    @Autowired
    EligibilityFigures eligibility;
    @Autowired
    ClientCaseworkers caseworkers;

    @Test
    void summariesFollowEveryWriteAndCountEachClientAndHouseholdOnce() {
        TestOffice office = new TestOffice(context);
        TestAccounts accounts = new TestAccounts(context);
        TestClients clients = new TestClients(context);
        CurrentUser lead = accounts.account(unique("koord"), Role.SUPERVISOR, null);
        TeamManagement teams = context.getBean(TeamManagement.class);
        long x = SignedIn.run(office.admin, () -> teams.create(unique("Tim X"), lead.id(), office.admin));
        long y = SignedIn.run(office.admin, () -> teams.create(unique("Tim Y"), lead.id(), office.admin));
        CurrentUser wx = accounts.account(unique("peksos"), Role.SOCIAL_WORKER, x);
        CurrentUser wy = accounts.account(unique("peksos"), Role.SOCIAL_WORKER, y);

        long d1 = clients.clientHeadingHousehold(wx, "Ringkas Satu", Sex.M, LocalDate.of(1970, 1, 2), null, null,
                "12.75.05.1001");
        long d2 = clients.clientHeadingHousehold(wy, "Ringkas Dua", Sex.F, LocalDate.of(1975, 3, 4), null, null,
                "12.75.04.1001");
        long d3 = clients.streetClient(wx, "Ringkas Tiga", "Tiga", Sex.M, 1980);
        long h1 = householdOf(d1);
        long h2 = householdOf(d2);
        jdbc.update("update client set current_kelurahan_code = '12.75.05.1001' where id = ?", d1);
        jdbc.update("update client set current_kelurahan_code = '12.75.04.1001' where id = ?", d2);
        ppks(d1, "FAKIR_MISKIN");
        ppks(d1, "LANSIA_TELANTAR");
        ppks(d2, "FAKIR_MISKIN");
        ppks(d3, "GELANDANGAN");
        ppks(d3, "PENGEMIS");
        jdbc.update("delete from client_ppks where client_id = ? and category_id = (select id from ppks_category"
                + " where code = 'PENGEMIS')", d3);

        // a worker of team Y takes a case of d1, which is then in both teams; closed and taken again
        long fakeCase = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        transactions.executeWithoutResult(s -> caseworkers.assigned(d1, fakeCase, wy.id(), y, TestClock.get().instant()));
        transactions.executeWithoutResult(s -> caseworkers.caseClosed(fakeCase, TestClock.get().instant()));
        transactions.executeWithoutResult(s -> caseworkers.assigned(d1, fakeCase, wy.id(), y, TestClock.get().instant()));
        // and a case of the office's own team, opened and closed through casework
        office.closedCase("Ringkas Empat");

        check(h1, "NOT_REGISTERED", "current_date - 60");
        check(h1, "REGISTERED", "current_date");
        long proposed = check(h2, "PROPOSED", "current_date - 1");
        long rejected = check(h2, "REJECTED", "current_date");
        jdbc.update("delete from registry_status where id = ?", rejected);
        jdbc.update("update registry_status set status = 'IN_VERIFICATION' where id = ?", proposed);

        verdict(h1, "ELIGIBLE", "12.75.05.1001");
        verdict(h2, "NOT_ELIGIBLE", "12.75.04.1001");

        Map<String, Long> bothTeams = ppks(lead, null, null);
        assertThat(bothTeams).containsOnly(entry("FAKIR_MISKIN", 2L), entry("LANSIA_TELANTAR", 1L),
                entry("GELANDANGAN", 1L));
        assertThat(ppks(lead, y, null)).containsOnly(entry("FAKIR_MISKIN", 2L), entry("LANSIA_TELANTAR", 1L));
        assertThat(mix(lead, null, null)).containsOnly(entry("REGISTERED", 1L), entry("IN_VERIFICATION", 1L));
        assertThat(verdicts(lead, null, null)).containsOnly(entry(Verdict.ELIGIBLE, 1L), entry(Verdict.NOT_ELIGIBLE, 1L));
        // several results in one statement, as the evaluation writes a batch
        jdbc.update("update household_eligibility set verdict = 'ONCE_REGISTERED' where household_id in (?, ?)", h1, h2);
        assertThat(verdicts(lead, null, null)).containsOnly(entry(Verdict.ONCE_REGISTERED, 2L));
        assertThat(verdicts(lead, x, null)).containsOnly(entry(Verdict.ONCE_REGISTERED, 1L));

        // d2 moves into h1 and to another kelurahan: h2 keeps no client of the teams
        jdbc.update("update household_member set left_on = current_date, left_reason = 'Pindah' where person_id = "
                + "(select person_id from client where id = ?) and left_on is null", d2);
        jdbc.update("insert into household_member (household_id, person_id, relationship, joined_on) select ?, "
                + "person_id, 'OTHER', current_date from client where id = ?", h1, d2);
        jdbc.update("update client set current_kelurahan_code = '12.75.05.2002' where id = ?", d2);
        verdict(h1, "CANNOT_TELL", "12.75.05.1001");

        assertThat(mix(lead, null, null)).containsOnly(entry("REGISTERED", 1L));
        assertThat(mix(lead, y, "12.75.05")).containsOnly(entry("REGISTERED", 1L));
        assertThat(mix(lead, y, "12.75.04")).isEmpty();
        assertThat(verdicts(lead, null, null)).containsOnly(entry(Verdict.CANNOT_TELL, 1L));
        // the head of office counts every evaluated household, h2 without a client too
        long onceRegistered = count("select count(*) from household_eligibility where verdict = 'ONCE_REGISTERED'"
                + " and kelurahan_code like '12.75.04.%'");
        assertThat(onceRegistered).isPositive();
        assertThat(verdicts(office.head, null, "12.75.04")).containsEntry(Verdict.ONCE_REGISTERED, onceRegistered);
        YearMonth thisMonth = TestClock.thisMonth();
        assertThat(SignedIn.run(lead, () -> figures.registeredPerMonth(lead, null, null, thisMonth, thisMonth)))
                .containsOnly(entry(thisMonth, 1L));

        jdbc.update("delete from household_eligibility where household_id = ?", h1);
        assertThat(verdicts(lead, null, null)).isEmpty();
        transactions.executeWithoutResult(s -> caseworkers.caseClosed(fakeCase, TestClock.get().instant()));
        assertThat(ppks(lead, y, null)).containsOnly(entry("FAKIR_MISKIN", 1L));

        ClientFigureSummaries summaries = new ClientFigureSummaries(jdbc, transactions);
        summaries.assertEqualToTheirRebuild();
        record Scope(CurrentUser user, Long team, boolean all, List<Long> teams, String kecamatan) {
        }
        for (Scope scope : List.of(new Scope(lead, null, false, List.of(x, y), null),
                new Scope(lead, x, false, List.of(x), null), new Scope(lead, y, false, List.of(y), "12.75.05"),
                new Scope(office.head, null, true, List.of(), null), new Scope(office.head, null, true, List.of(), "12.75.04"),
                new Scope(office.head, office.teamId, false, List.of(office.teamId), null))) {
            assertThat(ppks(scope.user(), scope.team(), scope.kecamatan())).as("%s", scope)
                    .isEqualTo(summaries.ppks(scope.all(), scope.teams(), scope.kecamatan()));
            assertThat(mix(scope.user(), scope.team(), scope.kecamatan())).as("%s", scope)
                    .isEqualTo(summaries.registryMix(scope.all(), scope.teams(), scope.kecamatan()));
            assertThat(registered(scope.user(), scope.team(), scope.kecamatan())).as("%s", scope)
                    .isEqualTo(summaries.registeredPerMonth(scope.all(), scope.teams(), scope.kecamatan()));
            assertThat(verdicts(scope.user(), scope.team(), scope.kecamatan())).as("%s", scope)
                    .isEqualTo(summaries.verdicts(scope.all(), scope.teams(), scope.kecamatan()).entrySet().stream()
                            .collect(Collectors.toMap(e -> Verdict.valueOf(e.getKey()), Map.Entry::getValue)));
        }
    }

    Map<String, Long> ppks(CurrentUser user, Long team, String kecamatan) {
        return SignedIn.run(user, () -> figures.byPpksCategory(user, team, kecamatan)).stream()
                .collect(Collectors.toMap(CategoryCount::code, CategoryCount::clients, Long::sum, TreeMap::new));
    }

    /** The registry mix without its zeros. */
    Map<String, Long> mix(CurrentUser user, Long team, String kecamatan) {
        return SignedIn.run(user, () -> figures.registryMix(user, team, kecamatan)).entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, TreeMap::new));
    }

    /** Households registered per month since 1990, months with none left out. */
    Map<String, Long> registered(CurrentUser user, Long team, String kecamatan) {
        YearMonth from = YearMonth.of(1990, 1);
        YearMonth to = TestClock.thisMonth().plusMonths(1);
        return SignedIn.run(user, () -> figures.registeredPerMonth(user, team, kecamatan, from, to)).entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(e -> e.getKey().atDay(1).toString(), Map.Entry::getValue, Long::sum,
                        TreeMap::new));
    }

    Map<Verdict, Long> verdicts(CurrentUser user, Long team, String kecamatan) {
        return SignedIn.run(user, () -> eligibility.byVerdict(user, team, kecamatan)).entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    long householdOf(long clientId) {
        return count("select m.household_id from household_member m join client c on c.person_id = m.person_id"
                + " where c.id = " + clientId + " and m.left_on is null");
    }

    void ppks(long clientId, String code) {
        jdbc.update("insert into client_ppks (client_id, category_id) select ?, id from ppks_category where code = ?",
                clientId, code);
    }

    long check(long householdId, String status, String on) {
        Long id = jdbc.queryForObject("insert into registry_status (household_id, registry, status, reason, checked_on,"
                + " source, recorded_at, recorded_by) values (?, 'DTKS', ?, 'Uji', " + on
                + ", 'SIKS_NG', now(), (select min(id) from user_account)) returning id", Long.class, householdId, status);
        return id == null ? 0 : id;
    }

    void verdict(long householdId, String verdict, String kelurahan) {
        id.lentera.eligibility.StoredVerdicts.store(jdbc, householdId, verdict, kelurahan);
    }

    long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
