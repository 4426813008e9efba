package id.lentera.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.lentera.account.CurrentUser;
import id.lentera.casework.Casework;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visits' day counts (V80) follow every write the application makes, and a bulk load that
 * skips the trigger is made whole by the rebuild: either way they equal a recount from scratch.
 */
@IntegrationTest
class VisitDayCountsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    VisitLog visits;
    @Autowired
    Casework casework;
    @Autowired
    VisitStatistics statistics;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCountsFollowPlanningRecordingMissingCancellingCorrectingAndReassigning() {
        VisitFixtures fx = new VisitFixtures(context);
        CurrentUser w = fx.office.worker;
        long caseA = fx.aCase("Hari A");
        long caseB = fx.aCase("Hari B");
        long done = fx.done(caseA);
        long missed = fx.plannedToday(caseA);
        SignedIn.run(w, () -> visits.recordNotDone(missed, fx.version(missed), VisitStatus.MISSED, "Tidak di rumah", w));
        long cancelled = fx.plannedToday(caseB);
        SignedIn.run(w, () -> visits.recordNotDone(cancelled, fx.version(cancelled), VisitStatus.CANCELLED, "Pindah", w));
        LocalDate today = TestClock.today();
        long later = SignedIn.run(w, () -> visits.plan(caseB, UUID.randomUUID(), today.plusDays(3), LocalTime.of(9, 0),
                VisitPurpose.MONITORING, null, w));
        // a correction moving the day of a done visit moves its count
        SignedIn.run(w, () -> visits.correct(done, fx.version(done), withDay(today.minusDays(8)), w));
        List<Long> team = List.of(fx.office.teamId);
        assertThat(statistics.donePerWorker(team, today.minusDays(8), today.minusDays(8)))
                .containsExactly(Map.entry(w.id(), 1L));
        assertThat(statistics.donePerWorker(team, today.minusDays(1), today)).isEmpty();
        assertThat(statistics.overduePerWorker(team, today.plusDays(4))).containsExactly(Map.entry(w.id(), 1L));

        CurrentUser supervisor = fx.office.supervisor;
        SignedIn.run(supervisor, () -> casework.reassign(caseB, fx.office.colleague.id(), "Cuti", supervisor));
        assertThat(statistics.overduePerWorker(team, today.plusDays(4)))
                .as("the planned visit went with the case").containsExactly(Map.entry(fx.office.colleague.id(), 1L));
        assertThat(later).isPositive();
        assertThat(difference()).as("trigger-kept counts against a recount").isEmpty();
    }

    @Test
    void aBulkLoadSkipsTheTriggerAndTheRebuildRecountsIt() {
        VisitFixtures fx = new VisitFixtures(context);
        long caseId = fx.aCase("Hari Massal");
        long visit = fx.plannedToday(caseId);
        new org.springframework.transaction.support.TransactionTemplate(
                context.getBean(org.springframework.transaction.PlatformTransactionManager.class)).executeWithoutResult(s -> {
                    jdbc.queryForObject("select set_config('lentera.bulk_load', 'on', true)", String.class);
                    jdbc.update("update home_visit set scheduled_on = scheduled_on - 5 where id = ?", visit);
                });
        assertThat(difference()).as("the bulk write was not counted").isNotEmpty();
        jdbc.execute("select lentera_rebuild_visit_days()");
        assertThat(difference()).isEmpty();
        assertThat(statistics.overduePerWorker(List.of(fx.office.teamId), TestClock.today()))
                .containsExactly(Map.entry(fx.office.worker.id(), 1L));
    }

    private static VisitReport withDay(LocalDate day) {
        VisitReport r = VisitFixtures.report(null);
        return new VisitReport(day, r.startedAt(), r.place(), r.placeNote(), r.metWith(), r.purpose(), r.observations(),
                r.situation(), r.agreements(), r.nextVisitOn(), r.position(), r.noPositionReason());
    }

    /** Rows where the kept counts and a recount from {@code home_visit} disagree (zero counts left out). */
    private List<Map<String, Object>> difference() {
        String recount = """
                select team_id, worker_id, status, case when status = 'DONE' then visited_on else scheduled_on end as day,
                       count(*) as visits
                  from home_visit where status in ('PLANNED', 'DONE') group by 1, 2, 3, 4""";
        String kept = "select team_id, worker_id, status, day, visits from home_visit_day where visits <> 0";
        return jdbc.queryForList("(" + kept + " except " + recount + ") union all (" + recount + " except " + kept + ")");
    }
}
