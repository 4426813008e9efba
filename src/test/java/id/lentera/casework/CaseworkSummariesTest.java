package id.lentera.casework;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import id.lentera.account.CurrentUser;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Casework's summary tables (V72) against the facts: after writes through the application's
 * services (open, stage moves, approvals asked, returned and given, reassignment, close, reopen, a
 * new assessment, the client moving), each table holds what its rebuild function computes, and the
 * figures read from them are those of the data set built here.
 */
@IntegrationTest
class CaseworkSummariesTest {

    /** Each summary table with the condition of its rows that count (rows fallen to zero may stay). */
    static final Map<String, String> SUMMARIES = Map.of("case_stage_day", "cases <> 0", "case_activity_day",
            "cases <> 0", "case_awaiting_approval", "cases <> 0", "case_open_stage", "cases <> 0", "case_month",
            "opened <> 0 or closed <> 0", "case_termination_month", "cases <> 0", "case_barrier_month",
            "opened <> 0 or closed <> 0");

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Casework casework;
    @Autowired
    CaseloadFigures figures;

    @Test
    void afterWritesThroughTheServicesEachSummaryIsWhatItsRebuildComputes() {
        TestOffice office = new TestOffice(context);
        long engagement = office.openCase("Ringkas Satu");
        long planning = office.caseInPlanning("Ringkas Dua");
        long intervention = office.caseInIntervention("Ringkas Tiga");
        long closed = office.closedCase("Ringkas Empat");
        assertEachSummaryIsItsRebuild();

        CurrentUser worker = office.worker;
        CurrentUser supervisor = office.supervisor;
        // asked, returned, asked again, then handed to the colleague with the request still pending
        SignedIn.run(worker, () -> casework.requestApproval(planning, ApprovalKind.PLAN, worker));
        SignedIn.run(supervisor, () -> casework.decideApproval(planning, ApprovalKind.PLAN, false, "Lengkapi", supervisor));
        SignedIn.run(worker, () -> casework.requestApproval(planning, ApprovalKind.PLAN, worker));
        SignedIn.run(supervisor, () -> casework.reassign(planning, office.colleague.id(), "Cuti", supervisor));
        // reopened (back in assessment) and assessed anew: its problems replaced by two others
        SignedIn.run(supervisor, () -> casework.reopen(closed, "Klien kembali", supervisor));
        SignedIn.run(worker, () -> casework.recordAssessment(closed, office.version(closed),
                List.of(new ProblemEntry("Sakit", BarrierCategory.HEALTH), new ProblemEntry("Rumah", BarrierCategory.HOUSING),
                        new ProblemEntry("Tanpa kategori", null)),
                "Mau bekerja", "Berobat", List.of(), RiskLevel.HIGH, worker));
        SignedIn.run(worker, () -> casework.recordActivity(intervention, TestClock.today(), ActivityType.COUNSELLING,
                "Konseling", null, null, worker));
        // the client of the intervention case moves to kecamatan 12.75.04 (the client module's save)
        long movedClient = office.file(intervention).getClientId();
        office.moveClient(movedClient, "Ringkas Tiga", "12.75.04.1001");
        // as other tests date things back: straight SQL on the case runs the same triggers
        jdbc.update("update case_file set stage_since = now() - interval '10 days' where id = ?", engagement);
        jdbc.update("update case_file set stage_since = now() - interval '41 days', "
                + "last_activity_at = now() - interval '45 days' where id = ?", intervention);
        jdbc.update("update case_file set stage_since = now() - interval '20 days' where id = ?", planning);
        jdbc.update("update case_file set stage_since = now() - interval '30 days' where id = ?", closed);

        assertEachSummaryIsItsRebuild();
        assertThat(office.file(intervention).getKecamatan()).isEqualTo("12.75.04");

        // worker: engagement (10 days), intervention (41 days, quiet) and the reopened case (30 days)
        List<WorkerFigures> team = SignedIn.run(supervisor, () -> figures.team(office.teamId, 30, supervisor));
        WorkerFigures own = team.stream().filter(f -> !f.total() && f.workerId() == worker.id()).findFirst().orElseThrow();
        assertThat(own.open()).isEqualTo(3);
        assertThat(own.openByStage()).contains(entry(Stage.ENGAGEMENT, 1L), entry(Stage.ASSESSMENT, 1L),
                entry(Stage.INTERVENTION, 1L), entry(Stage.PLANNING, 0L));
        assertThat(own.quiet()).isEqualTo(1);
        assertThat(own.awaitingApproval()).isZero();
        assertThat(own.medianDaysInStage()).isEqualTo(30.0);
        WorkerFigures colleague = team.stream().filter(f -> !f.total() && f.workerId() == office.colleague.id())
                .findFirst().orElseThrow();
        assertThat(colleague.open()).isEqualTo(1);
        assertThat(colleague.awaitingApproval()).isEqualTo(1);
        assertThat(colleague.medianDaysInStage()).isEqualTo(20.0);
        // four open cases: 10, 20, 30 and 41 days; an even count's median is the mean of the middle two
        WorkerFigures total = team.get(team.size() - 1);
        assertThat(total.total()).isTrue();
        assertThat(total.open()).isEqualTo(4);
        assertThat(total.awaitingApproval()).isEqualTo(1);
        assertThat(total.medianDaysInStage()).isEqualTo(25.0);

        CurrentUser head = office.head;
        YearMonth month = TestClock.thisMonth();
        assertThat(SignedIn.run(head, () -> figures.openByStage(head, office.teamId, "12.75.04")))
                .containsEntry(Stage.INTERVENTION, 1L).containsEntry(Stage.ENGAGEMENT, 0L);
        // the reopened case: its old problem gone, two categorised new ones counted
        assertThat(SignedIn.run(head, () -> figures.barriers(head, office.teamId, null, month, month)))
                .contains(entry(BarrierCategory.ADMINISTRATIVE, 2L), entry(BarrierCategory.HEALTH, 1L),
                        entry(BarrierCategory.HOUSING, 1L));
        assertThat(SignedIn.run(head, () -> figures.terminations(head, office.teamId, null, month, month)).values())
                .allMatch(n -> n == 0);
        assertThat(SignedIn.run(head, () -> figures.openedAndClosed(head, office.teamId, null, month, month)))
                .containsExactly(new MonthCount(month, 4, 0));
        assertThat(SignedIn.run(head, () -> figures.monthByTeam(head, month)))
                .contains(new GroupFigures(Long.toString(office.teamId), 4, 4, 0));

        // the drill-down's count of a worker's whole open caseload comes from the summary
        var page = SignedIn.run(supervisor, () -> casework.caseload(
                new CaseFilter(null, null, CaseStatus.OPEN, false, false, worker.id(), office.teamId, 30), supervisor,
                PageRequest.of(0, 2, Sort.by(Sort.Direction.ASC, "stageSince", "id"))));
        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.getContent()).extracting(CaseRow::id).containsExactly(intervention, closed);
    }

    @Test
    void aCaseClosedAndItsClientMovedCountInTheMonthlyFiguresByKecamatan() {
        TestOffice office = new TestOffice(context);
        long closed = office.closedCase("Ringkas Lima");
        office.moveClient(office.file(closed).getClientId(), "Ringkas Lima", "12.75.03.1001");
        assertEachSummaryIsItsRebuild();
        CurrentUser head = office.head;
        YearMonth month = TestClock.thisMonth();
        assertThat(SignedIn.run(head, () -> figures.monthByKecamatan(head, month)))
                .filteredOn(g -> "12.75.03".equals(g.key())).singleElement()
                .satisfies(g -> {
                    assertThat(g.opened()).isGreaterThanOrEqualTo(1);
                    assertThat(g.closed()).isGreaterThanOrEqualTo(1);
                });
        assertThat(SignedIn.run(head, () -> figures.terminations(head, office.teamId, "12.75.03", month, month)))
                .containsEntry(TerminationReason.GOALS_ACHIEVED, 1L);
        // the team's month: opened and closed in it, so not open at its end
        assertThat(SignedIn.run(head, () -> figures.monthByTeam(head, month)))
                .contains(new GroupFigures(Long.toString(office.teamId), 0, 1, 1));
        // a month before the case existed has no line for the team
        assertThat(SignedIn.run(head, () -> figures.monthByTeam(head, month.minusMonths(1))))
                .noneMatch(g -> g.key().equals(Long.toString(office.teamId)));
    }

    @Test
    void aCaseOpenedForAClientWhoMovedHasTheClientsKecamatanAndAMoveWithoutKelurahanClearsIt() {
        TestOffice office = new TestOffice(context);
        long client = office.client("Ringkas Enam");
        office.moveClient(client, "Ringkas Enam", "12.75.02.1001");
        CurrentUser worker = office.worker;
        long caseId = SignedIn.run(worker, () -> casework.open(client, null, TestClock.today(), worker));
        long version = office.version(caseId);
        assertThat(office.file(caseId).getKecamatan()).isEqualTo("12.75.02");
        office.moveClient(client, "Ringkas Enam", null);
        assertThat(office.file(caseId).getKecamatan()).isNull();
        // the move is the client's: the case's version stays, so its open forms do not turn stale
        assertThat(office.version(caseId)).isEqualTo(version);
        assertEachSummaryIsItsRebuild();
    }

    @Test
    void theGeneratorsBulkLoadThenRebuildGivesTheFiguresOfItsCases() {
        TestOffice office = new TestOffice(context);
        List<Long> made = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long client = office.client("Ringkas Generasi " + i);
            if (i % 4 == 0) {
                office.moveClient(client, "Ringkas Generasi " + i, "12.75.03.1001");
            }
            made.add(client);
        }
        assertThat(context.getBean(CaseGenerator.class).generate(60).cases()).isEqualTo(60);
        assertEachSummaryIsItsRebuild();
        String ours = " from case_file c where c.team_id = " + office.teamId;
        assertThat(jdbc.queryForObject("select count(*)" + ours + " and c.kecamatan = '12.75.03'", Long.class))
                .isEqualTo(15);

        // the team page against aggregates over the cases themselves (whole office days)
        CurrentUser supervisor = office.supervisor;
        LocalDate today = TestClock.today();
        WorkerFigures total = SignedIn.run(supervisor, () -> figures.team(office.teamId, 30, supervisor)).stream()
                .filter(WorkerFigures::total).findFirst().orElseThrow();
        Map<String, Object> facts = jdbc.queryForMap("select count(*) as open, "
                + "count(*) filter (where lentera_case_day(c.last_activity_at) < cast(? as date)) as quiet, "
                + "count(*) filter (where exists (select 1 from approval_request a where a.case_file_id = c.id "
                + "and a.state = 'PENDING')) as awaiting, "
                + "percentile_cont(0.5) within group (order by cast(? as date) - lentera_case_day(c.stage_since)) as median"
                + ours + " and c.status = 'OPEN'", today.minusDays(30), today);
        assertThat(total.open()).isEqualTo(((Number) facts.get("open")).longValue()).isPositive();
        assertThat(total.quiet()).isEqualTo(((Number) facts.get("quiet")).longValue());
        assertThat(total.awaitingApproval()).isEqualTo(((Number) facts.get("awaiting")).longValue());
        assertThat(total.medianDaysInStage()).isEqualTo(((Number) facts.get("median")).doubleValue());
        for (Map<String, Object> row : jdbc.queryForList("select c.stage, count(*) as n" + ours
                + " and c.status = 'OPEN' group by c.stage")) {
            assertThat(total.openByStage().get(Stage.valueOf((String) row.get("stage"))))
                    .isEqualTo(((Number) row.get("n")).longValue());
        }

        // the dashboard over three years, against the same counts over the cases
        CurrentUser head = office.head;
        YearMonth to = TestClock.thisMonth();
        YearMonth from = to.minusMonths(35);
        java.sql.Date first = java.sql.Date.valueOf(from.atDay(1));
        java.sql.Date last = java.sql.Date.valueOf(to.atEndOfMonth());
        long opened = SignedIn.run(head, () -> figures.openedAndClosed(head, office.teamId, null, from, to)).stream()
                .mapToLong(MonthCount::opened).sum();
        assertThat(opened).isEqualTo(jdbc.queryForObject("select count(*)" + ours
                + " and c.opened_on between ? and ?", Long.class, first, last));
        YearMonth year = to.minusMonths(11);
        Map<BarrierCategory, Long> barriers = SignedIn.run(head, () -> figures.barriers(head, office.teamId, null, year, to));
        jdbc.query("select p.category, count(*) from case_problem p join case_file c on c.id = p.case_file_id"
                + " where c.team_id = ? and p.category is not null and c.opened_on <= ?"
                + " and (c.closed_on is null or c.closed_on >= ?) group by p.category", rs -> {
                    assertThat(barriers.get(BarrierCategory.valueOf(rs.getString(1)))).isEqualTo(rs.getLong(2));
                }, office.teamId, last, java.sql.Date.valueOf(year.atDay(1)));
        Map<TerminationReason, Long> reasons = SignedIn.run(head,
                () -> figures.terminations(head, office.teamId, null, from, to));
        assertThat(reasons.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(jdbc.queryForObject(
                "select count(*)" + ours + " and c.status = 'CLOSED' and c.closed_on between ? and ?", Long.class,
                first, last));
        YearMonth previous = to.minusMonths(1);
        java.sql.Date end = java.sql.Date.valueOf(previous.atEndOfMonth());
        assertThat(SignedIn.run(head, () -> figures.monthByTeam(head, previous)))
                .filteredOn(g -> g.key().equals(Long.toString(office.teamId))).singleElement()
                .extracting(GroupFigures::openAtMonthEnd).isEqualTo(jdbc.queryForObject("select count(*)" + ours
                        + " and c.opened_on <= ? and (c.closed_on is null or c.closed_on > ?)", Long.class, end, end));
        assertThat(SignedIn.run(head, () -> figures.openByStage(head, office.teamId, "12.75.03")).values().stream()
                .mapToLong(Long::longValue).sum()).isEqualTo(jdbc.queryForObject("select count(*)" + ours
                        + " and c.status = 'OPEN' and c.kecamatan = '12.75.03'", Long.class));
    }

    /**
     * Copies each summary's counting rows, runs its rebuild, and compares both ways; rolled back,
     * so the live tables stay as the triggers left them.
     */
    void assertEachSummaryIsItsRebuild() {
        transactions.executeWithoutResult(status -> {
            SUMMARIES.forEach((table, counting) -> jdbc.execute(
                    "create temp table live_" + table + " on commit drop as select * from " + table + " where " + counting));
            SUMMARIES.keySet().forEach(table -> jdbc.execute("select lentera_rebuild_" + table + "()"));
            SUMMARIES.forEach((table, counting) -> {
                String rebuilt = "select * from " + table + " where " + counting;
                assertThat(jdbc.queryForList("select * from live_" + table + " except " + rebuilt))
                        .as("%s rows the rebuild does not have", table).isEmpty();
                assertThat(jdbc.queryForList(rebuilt + " except select * from live_" + table))
                        .as("%s rows the triggers did not write", table).isEmpty();
            });
            status.setRollbackOnly();
        });
    }

    @Test
    void theSummariesCountDaysInTheOfficesZone() {
        var transactions = context.getBean(org.springframework.transaction.support.TransactionTemplate.class);
        // 23:30 in Binjai (WIB) is already 00:30 of the next day in Makassar (WITA)
        String lateEvening = "select lentera_case_day(timestamptz '2026-12-01 16:30:00+00')::text";
        try {
            assertThat(new CaseDayZone(jdbc, transactions, java.time.ZoneId.of("Asia/Makassar")).align()).isTrue();
            assertThat(jdbc.queryForObject(lateEvening, String.class)).isEqualTo("2026-12-02");
            assertEachSummaryIsItsRebuild();
        } finally {
            assertThat(context.getBean(CaseDayZone.class).align()).as("back to the configured zone").isTrue();
        }
        assertThat(jdbc.queryForObject(lateEvening, String.class)).isEqualTo("2026-12-01");
        assertThat(context.getBean(CaseDayZone.class).align()).as("nothing to do").isFalse();
        assertThatThrownBy(() -> new CaseDayZone(jdbc, transactions, java.time.ZoneOffset.ofHours(8)).align())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Asia/Makassar");
    }
}
