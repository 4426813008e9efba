package id.lentera.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import id.lentera.account.AccountManagement;
import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.casework.ApprovalKind;
import id.lentera.casework.BarrierCategory;
import id.lentera.casework.CaseFile;
import id.lentera.casework.Casework;
import id.lentera.casework.MonthCount;
import id.lentera.casework.Stage;
import id.lentera.casework.TerminationReason;
import id.lentera.casework.TestOffice;
import id.lentera.casework.WorkerFigures;
import id.lentera.client.CategoryCount;
import id.lentera.client.ClientMoved;
import id.lentera.client.Sex;
import id.lentera.client.TestClients;
import id.lentera.eligibility.Verdict;
import id.lentera.support.TestClock;
import id.lentera.visit.VisitFixtures;
import id.lentera.visit.VisitLog;
import id.lentera.visit.VisitPurpose;
import id.lentera.shared.NotFoundException;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static id.lentera.account.TestAccounts.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Every team-page and dashboard figure against a data set built here, in a team of its own (the
 * database is shared with other tests, so each figure is read for this team only): four cases of
 * one worker (engagement, planning awaiting approval, intervention without activity for 45 days,
 * closed with "goals achieved"), PPKS categories and registry checks of their households; visits
 * (on the engagement case two done today, one done 14 and one 100 days ago; on the intervention
 * case one planned for 3 days ago, one today and one in 5 days) and a PKH verdict per household.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionFiguresTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Dashboard dashboard;
    @Autowired
    CaseloadReview review;
    @Autowired
    Casework casework;
    @Autowired
    VisitLog visits;
    @Autowired
    java.time.Clock clock;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    TestOffice office;
    long engagement;
    long planning;
    long intervention;
    long closed;
    YearMonth thisMonth;
    LocalDate today;

    @BeforeAll
    void aFixedDataSet() {
        office = new TestOffice(context);
        engagement = office.openCase("Figur Satu");
        planning = office.caseInPlanning("Figur Dua");
        intervention = office.caseInIntervention("Figur Tiga");
        closed = office.closedCase("Figur Empat");
        SignedIn.run(office.worker, () -> casework.requestApproval(planning, ApprovalKind.PLAN, office.worker));
        jdbc.update("update case_file set stage_since = now() - interval '10 days' where id = ?", engagement);
        jdbc.update("update case_file set stage_since = now() - interval '20 days' where id = ?", planning);
        jdbc.update("update case_file set stage_since = now() - interval '40 days', "
                + "last_activity_at = now() - interval '45 days' where id = ?", intervention);
        CaseFile one = office.file(engagement);
        CaseFile two = office.file(planning);
        CaseFile three = office.file(intervention);
        ppks(one.getClientId(), "FAKIR_MISKIN");
        ppks(two.getClientId(), "FAKIR_MISKIN");
        ppks(two.getClientId(), "LANSIA_TELANTAR");
        // household one: not registered two months ago, registered now (moved in this month); two: proposed
        check(one.getHouseholdId(), "NOT_REGISTERED", "current_date - 60");
        check(one.getHouseholdId(), "REGISTERED", "current_date");
        check(two.getHouseholdId(), "PROPOSED", "current_date");
        thisMonth = TestClock.thisMonth();
        today = LocalDate.now(clock);
        done(engagement, 0);
        done(engagement, 0);
        done(engagement, 14);
        done(engagement, 100);
        long overdue = planned(intervention, 0);
        jdbc.update("update home_visit set scheduled_on = ? where id = ?", today.minusDays(3), overdue);
        planned(intervention, 0);
        planned(intervention, 5);
        verdict(one.getHouseholdId(), "ELIGIBLE", "12.75.04.1001");
        verdict(two.getHouseholdId(), "ELIGIBLE", "12.75.05.1001");
        verdict(three.getHouseholdId(), "ONCE_REGISTERED", "12.75.05.1001");
        verdict(office.file(closed).getHouseholdId(), "NOT_ELIGIBLE", "12.75.05.1001");
    }

    long planned(long caseId, int inDays) {
        CurrentUser w = office.worker;
        return SignedIn.run(w, () -> visits.plan(caseId, UUID.randomUUID(), today.plusDays(inDays), null,
                VisitPurpose.MONITORING, null, w));
    }

    void done(long caseId, int daysAgo) {
        long id = planned(caseId, 0);
        CurrentUser w = office.worker;
        SignedIn.run(w, () -> visits.record(id, UUID.randomUUID(), VisitFixtures.report(null), null, w));
        jdbc.update("update home_visit set visited_on = ?, scheduled_on = ? where id = ?", today.minusDays(daysAgo),
                today.minusDays(daysAgo), id);
    }

    /** The household's current verdict, whatever the evaluation that ran when it was registered said. */
    void verdict(long householdId, String verdict, String kelurahan) {
        id.lentera.eligibility.StoredVerdicts.store(jdbc, householdId, verdict, kelurahan);
    }

    void ppks(long clientId, String code) {
        jdbc.update("insert into client_ppks (client_id, category_id) select ?, id from ppks_category where code = ?",
                clientId, code);
    }

    void check(long householdId, String status, String on) {
        jdbc.update("insert into registry_status (household_id, registry, status, checked_on, source, recorded_at, "
                + "recorded_by) values (?, 'DTKS', ?, " + on + ", 'SIKS_NG', now(), ?)", householdId, status,
                office.worker.id());
    }

    DashboardFigures figures(CurrentUser user, Long team) {
        return SignedIn.run(user, () -> dashboard.figures(user, team, null, null, null));
    }

    @Test
    void dashboardCountsOpenCasesByStage() {
        assertThat(figures(office.head, office.teamId).openByStage()).containsOnly(entry(Stage.ENGAGEMENT, 1L),
                entry(Stage.ASSESSMENT, 0L), entry(Stage.PLANNING, 1L), entry(Stage.INTERVENTION, 1L),
                entry(Stage.EVALUATION, 0L), entry(Stage.TERMINATION, 0L));
    }

    @Test
    void dashboardCountsCasesOpenedAndClosedPerMonthForTwelveMonths() {
        List<MonthCount> months = figures(office.head, office.teamId).openedAndClosed();
        assertThat(months).hasSize(12);
        assertThat(months.get(11)).isEqualTo(new MonthCount(thisMonth, 4, 1));
        assertThat(months.subList(0, 11)).allMatch(m -> m.opened() == 0 && m.closed() == 0);
        assertThat(months.get(0).month()).isEqualTo(thisMonth.minusMonths(11));
    }

    @Test
    void dashboardCountsClientsByPpksCategory() {
        assertThat(figures(office.head, office.teamId).clientsByPpks()).extracting(CategoryCount::code,
                CategoryCount::clients).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("LANSIA_TELANTAR", 1L),
                        org.assertj.core.groups.Tuple.tuple("FAKIR_MISKIN", 2L));
    }

    @Test
    void dashboardCountsBarriersOfTheCasesOpenInThePeriod() {
        // the three assessed cases each found one administrative barrier (TestOffice's assessment)
        assertThat(figures(office.head, office.teamId).barriers()).contains(entry(BarrierCategory.ADMINISTRATIVE, 3L),
                entry(BarrierCategory.HEALTH, 0L));
    }

    @Test
    void dashboardCountsHouseholdsMovedIntoTheRegistryAndTheCurrentMix() {
        DashboardFigures f = figures(office.head, office.teamId);
        assertThat(f.registeredPerMonth()).hasSize(12).containsEntry(thisMonth, 1L);
        assertThat(f.registeredPerMonth().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1);
        assertThat(f.registryMix()).contains(entry("REGISTERED", 1L), entry("PROPOSED", 1L),
                entry("NOT_REGISTERED", 0L), entry("NONE", 2L));
    }

    @Test
    void dashboardCountsTerminationsByReason() {
        assertThat(figures(office.head, office.teamId).terminations()).contains(
                entry(TerminationReason.GOALS_ACHIEVED, 1L), entry(TerminationReason.CLIENT_MOVED, 0L));
    }

    @Test
    void aSupervisorsDashboardIsTheirTeamsAndAnotherTeamIsNotFound() {
        DashboardFigures own = figures(office.supervisor, null);
        assertThat(own.openByStage().get(Stage.PLANNING)).isEqualTo(1);
        DashboardFigures other = figures(office.otherSupervisor, null);
        assertThat(other.openByStage().values()).allMatch(n -> n == 0);
        assertThatThrownBy(() -> figures(office.otherSupervisor, office.teamId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> figures(office.worker, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aKecamatanNarrowsTheFiguresToClientsLivingThere() {
        long clientId = office.file(engagement).getClientId();
        // the client module moves the client and says so (ClientMoved, in the same transaction); casework
        // keeps the kecamatan on the case from it rather than reading the client's table
        transactions.executeWithoutResult(status -> {
            jdbc.update("update client set current_kelurahan_code = '12.75.04.1001' where id = ?", clientId);
            context.publishEvent(new ClientMoved(clientId, "12.75.04.1001"));
        });
        DashboardFigures f = SignedIn.run(office.head,
                () -> dashboard.figures(office.head, office.teamId, "12.75.04", null, null));
        assertThat(f.openByStage().get(Stage.ENGAGEMENT)).isEqualTo(1);
        assertThat(f.openByStage().get(Stage.PLANNING)).isZero();
        assertThat(f.clientsByPpks()).extracting(CategoryCount::clients).containsExactly(1L);
    }

    @Test
    void teamPageCountsEachWorkersOpenCasesAndTheTeamsTotal() {
        TeamReview team = SignedIn.run(office.supervisor, () -> review.team(office.supervisor, office.teamId));
        assertThat(team.rows()).extracting(TeamReview.Row::workerId)
                .containsExactlyInAnyOrder(office.worker.id(), office.colleague.id());
        WorkerFigures worker = row(team, office.worker.id()).figures();
        assertThat(worker.open()).isEqualTo(3);
        assertThat(worker.openByStage()).contains(entry(Stage.ENGAGEMENT, 1L), entry(Stage.PLANNING, 1L),
                entry(Stage.INTERVENTION, 1L), entry(Stage.ASSESSMENT, 0L));
        assertThat(worker.awaitingApproval()).isEqualTo(1);
        assertThat(worker.quiet()).isEqualTo(1);
        assertThat(worker.medianDaysInStage()).isBetween(19.9, 20.1);
        assertThat(row(team, office.colleague.id()).figures().open()).isZero();
        assertThat(row(team, office.colleague.id()).needsReassignment()).isFalse();
        assertThat(team.total().open()).isEqualTo(3);
        assertThat(team.total().awaitingApproval()).isEqualTo(1);
    }

    @Test
    void teamPageIsForTheTeamsSupervisorAndTheHeadOfOfficeOnly() {
        assertThat(SignedIn.run(office.head, () -> review.team(office.head, office.teamId)).total().open())
                .isEqualTo(3);
        assertThatThrownBy(() -> SignedIn.run(office.otherSupervisor,
                () -> review.team(office.otherSupervisor, office.teamId))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.run(office.worker, () -> review.team(office.worker, office.teamId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDeactivatedWorkersOpenCasesNeedReassignmentUntilReassigned() {
        TestOffice office = new TestOffice(context);
        TestAccounts accounts = new TestAccounts(context);
        CurrentUser leaver = accounts.account(unique("keluar"), Role.SOCIAL_WORKER, office.teamId);
        long client = new TestClients(context).clientHeadingHousehold(leaver, "Klien Peninggalan", Sex.F,
                java.time.LocalDate.of(1980, 5, 5), null, null, "12.75.05.1001");
        long caseId = SignedIn.run(leaver, () -> casework.open(client, null, TestClock.today(), leaver));
        SignedIn.run(office.admin, () -> context.getBean(AccountManagement.class).deactivate(leaver.id(), office.admin));

        TeamReview before = SignedIn.run(office.supervisor, () -> review.team(office.supervisor, office.teamId));
        assertThat(row(before, leaver.id()).needsReassignment()).isTrue();
        assertThat(row(before, leaver.id()).figures().open()).isEqualTo(1);

        int moved = SignedIn.run(office.supervisor, () -> review.reassign(office.supervisor, leaver.id(), null,
                List.of(caseId), office.colleague.id(), "Pekerja keluar"));
        assertThat(moved).isEqualTo(1);
        TeamReview after = SignedIn.run(office.supervisor, () -> review.team(office.supervisor, office.teamId));
        assertThat(after.rows()).extracting(TeamReview.Row::workerId).doesNotContain(leaver.id());
        // the new worker sees the case at once
        assertThat(SignedIn.run(office.colleague, () -> casework.find(caseId, office.colleague)).file().getWorkerId())
                .isEqualTo(office.colleague.id());
    }

    @Test
    void reassigningSeveralCasesMovesAccessFromTheOldWorkerToTheNew() {
        TestOffice another = new TestOffice(context);
        long first = another.openCase("Pindah Satu");
        long second = another.openCase("Pindah Dua");
        SignedIn.run(another.supervisor, () -> review.reassign(another.supervisor, another.worker.id(), null,
                List.of(first, second), another.colleague.id(), "Beban kerja"));
        for (long id : List.of(first, second)) {
            assertThat(SignedIn.run(another.colleague, () -> casework.find(id, another.colleague))).isNotNull();
            assertThatThrownBy(() -> SignedIn.run(another.worker, () -> casework.find(id, another.worker)))
                    .isInstanceOf(NotFoundException.class);
        }
        WorkerCases colleague = SignedIn.run(another.supervisor,
                () -> review.worker(another.supervisor, another.colleague.id(), null, null, true, 0));
        assertThat(colleague.cases().getContent()).extracting(r -> r.id()).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void anotherTeamsSupervisorCannotReassignOrOpenTheWorker() {
        assertThatThrownBy(() -> SignedIn.run(office.otherSupervisor, () -> review.reassign(office.otherSupervisor,
                office.worker.id(), null, List.of(engagement), office.otherWorker.id(), "x")))
                .isInstanceOf(NotFoundException.class);
        // naming their own team does not get them the case either: casework does not find it for them
        long otherTeam = office.otherWorker.teamId();
        assertThatThrownBy(() -> SignedIn.run(office.otherSupervisor, () -> review.reassign(office.otherSupervisor,
                office.worker.id(), otherTeam, List.of(engagement), office.otherWorker.id(), "x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.run(office.otherSupervisor,
                () -> review.worker(office.otherSupervisor, office.worker.id(), null, null, true, 0)))
                .isInstanceOf(NotFoundException.class);
        assertThat(office.file(engagement).getWorkerId()).isEqualTo(office.worker.id());
    }

    @Test
    void workerDrillDownSortsByDaysInStage() {
        WorkerCases cases = SignedIn.run(office.supervisor,
                () -> review.worker(office.supervisor, office.worker.id(), null, "days", false, 0));
        // ascending by stage_since: the longest in its stage first
        assertThat(cases.cases().getContent()).extracting(r -> r.id()).containsExactly(intervention, planning,
                engagement);
        WorkerCases byActivity = SignedIn.run(office.supervisor,
                () -> review.worker(office.supervisor, office.worker.id(), null, "nonsense", false, 0));
        assertThat(byActivity.sort()).isEqualTo("activity");
        assertThat(byActivity.cases().getContent().get(2).id()).isEqualTo(intervention);
    }

    @Test
    void teamPageCountsOverdueVisitsAndVisitsDoneThisMonthPerWorkerAndForTheTeam() {
        TeamReview team = SignedIn.run(office.supervisor, () -> review.team(office.supervisor, office.teamId));
        long doneThisMonth = 2 + (today.minusDays(14).isBefore(today.withDayOfMonth(1)) ? 0 : 1);
        assertThat(row(team, office.worker.id()).visits()).isEqualTo(new TeamReview.Visits(1, doneThisMonth));
        assertThat(row(team, office.colleague.id()).visits()).isEqualTo(new TeamReview.Visits(0, 0));
        assertThat(team.totalVisits()).isEqualTo(new TeamReview.Visits(1, doneThisMonth));
        assertThat(team.monthStart()).isEqualTo(today.withDayOfMonth(1));
        // another team's supervisor reads only their own team, where none of these visits count
        TeamReview other = SignedIn.run(office.otherSupervisor, () -> review.team(office.otherSupervisor, null));
        assertThat(other.totalVisits()).isEqualTo(new TeamReview.Visits(0, 0));
    }

    @Test
    void workerDrillDownShowsEachCasesNextPlannedVisitAndItsHouseholdsVerdict() {
        WorkerCases cases = SignedIn.run(office.supervisor,
                () -> review.worker(office.supervisor, office.worker.id(), null, null, true, 0));
        // the earliest planned visit, an overdue one included; the done visits are not planned
        assertThat(cases.nextVisits()).containsOnly(entry(intervention, today.minusDays(3)));
        assertThat(cases.verdicts()).containsOnly(entry(office.file(engagement).getClientId(), "ELIGIBLE"),
                entry(office.file(planning).getClientId(), "ELIGIBLE"),
                entry(office.file(intervention).getClientId(), "ONCE_REGISTERED"));
    }

    @Test
    void dashboardCountsVisitsDonePerWeekForTwelveWeeks() {
        DashboardFigures f = figures(office.head, office.teamId);
        LocalDate thisWeek = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        assertThat(f.visitsPerWeek()).hasSize(12);
        assertThat(f.visitsPerWeek().keySet()).first().isEqualTo(thisWeek.minusWeeks(11));
        assertThat(f.visitsPerWeek()).containsEntry(thisWeek, 2L)
                .containsEntry(today.minusDays(14).with(java.time.temporal.TemporalAdjusters.previousOrSame(
                        java.time.DayOfWeek.MONDAY)), 1L);
        // the visit of 100 days ago is before the twelve weeks
        assertThat(f.visitsPerWeek().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
        assertThat(f.visitsUntil()).isEqualTo(today);
        assertThat(figures(office.otherSupervisor, null).visitsPerWeek().values()).allMatch(n -> n == 0);
        // a period that ended earlier: the twelve weeks up to its last day
        YearMonth earlier = thisMonth.minusMonths(6);
        DashboardFigures past = SignedIn.run(office.head,
                () -> dashboard.figures(office.head, office.teamId, null, earlier, earlier));
        assertThat(past.visitsUntil()).isEqualTo(earlier.atEndOfMonth());
        assertThat(past.visitsPerWeek().values()).allMatch(n -> n == 0);
    }

    @Test
    void dashboardCountsHouseholdsByPkhVerdict() {
        assertThat(figures(office.head, office.teamId).pkhVerdicts()).containsOnly(entry(Verdict.ELIGIBLE, 2L),
                entry(Verdict.ONCE_REGISTERED, 1L), entry(Verdict.NOT_ELIGIBLE, 1L), entry(Verdict.CANNOT_TELL, 0L));
        assertThat(figures(office.supervisor, null).pkhVerdicts()).containsEntry(Verdict.ELIGIBLE, 2L);
        assertThat(figures(office.otherSupervisor, null).pkhVerdicts().values()).allMatch(n -> n == 0);
        DashboardFigures kecamatan = SignedIn.run(office.head,
                () -> dashboard.figures(office.head, office.teamId, "12.75.04", null, null));
        assertThat(kecamatan.pkhVerdicts()).containsOnly(entry(Verdict.ELIGIBLE, 1L), entry(Verdict.ONCE_REGISTERED, 0L),
                entry(Verdict.NOT_ELIGIBLE, 0L), entry(Verdict.CANNOT_TELL, 0L));
        // over the whole office, at least this team's households
        assertThat(figures(office.head, null).pkhVerdicts().get(Verdict.ONCE_REGISTERED)).isGreaterThanOrEqualTo(1);
    }

    static TeamReview.Row row(TeamReview team, long workerId) {
        return team.rows().stream().filter(r -> r.workerId() == workerId).findFirst().orElseThrow();
    }
}
