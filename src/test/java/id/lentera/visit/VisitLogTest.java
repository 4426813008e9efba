package id.lentera.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.lentera.account.CurrentUser;
import id.lentera.casework.Casework;
import id.lentera.client.HouseholdChanged;
import id.lentera.client.HousingFacts;
import id.lentera.client.HousingSurveys;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recording visits on PostgreSQL: idempotent saves, the housing survey, the next visit, reassignment, counts. */
@IntegrationTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitLogTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    VisitLog visits;
    @Autowired
    HousingSurveys housing;
    @Autowired
    Casework casework;
    @Autowired
    VisitStatistics statistics;
    @Autowired
    ApplicationEvents events;

    VisitFixtures fx;
    CurrentUser worker;

    @BeforeAll
    void office() {
        fx = new VisitFixtures(context);
        worker = fx.office.worker;
    }

    @Test
    void savingTheSameFormTwiceSavesOneVisit() {
        long caseId = fx.aCase("Dua Kali");
        long visitId = fx.plannedToday(caseId);
        UUID key = UUID.randomUUID();
        VisitReport report = VisitFixtures.report(TestClock.today().plusDays(7));
        long first = SignedIn.run(worker, () -> visits.record(visitId, key, report, null, worker));
        long again = SignedIn.run(worker, () -> visits.record(visitId, key, report, null, worker));
        assertThat(again).isEqualTo(first).isEqualTo(visitId);
        assertThat(fx.count("case_id = ? and status = 'DONE'", caseId)).isEqualTo(1);
        assertThat(fx.count("case_id = ? and status = 'PLANNED'", caseId)).as("one next visit, not two").isEqualTo(1);
        assertThat(events.stream(VisitRecorded.class).filter(e -> e.visitId() == visitId)).hasSize(1);
        // a different form for the same visit is refused: it is no longer planned
        assertThatThrownBy(() -> SignedIn.run(worker, () -> visits.record(visitId, UUID.randomUUID(), report, null, worker)))
                .isInstanceOf(VisitInputException.class).hasMessageContaining("visit.status.notPlanned");
    }

    @Test
    void schedulingTheSameFormTwicePlansOneVisit() {
        long caseId = fx.aCase("Jadwal Dua");
        UUID key = UUID.randomUUID();
        long a = SignedIn.run(worker, () -> visits.plan(caseId, key, TestClock.today().plusDays(1), null,
                VisitPurpose.OTHER, null, worker));
        long b = SignedIn.run(worker, () -> visits.plan(caseId, key, TestClock.today().plusDays(1), null,
                VisitPurpose.OTHER, null, worker));
        assertThat(b).isEqualTo(a);
        assertThat(fx.count("case_id = ?", caseId)).isEqualTo(1);
    }

    @Test
    void aVisitRecordsTheHousingSurveyOnTheHousehold() {
        long caseId = fx.aCase("Survei Rumah");
        long visitId = fx.plannedToday(caseId);
        long householdId = SignedIn.run(worker, () -> casework.reference(caseId, worker)).householdId();
        SignedIn.run(worker, () -> visits.record(visitId, UUID.randomUUID(), VisitFixtures.report(null),
                VisitFixtures.housing(), worker));
        var latest = SignedIn.run(worker, () -> housing.latest(householdId, worker)).orElseThrow();
        assertThat(latest.facts()).isEqualTo(VisitFixtures.housing());
        assertThat(latest.surveyedOn()).isEqualTo(TestClock.today());
        assertThat(events.stream(HouseholdChanged.class).filter(e -> e.householdId() == householdId)).isNotEmpty();
        assertThat(events.stream(VisitRecorded.class).filter(e -> e.visitId() == visitId).findFirst().orElseThrow()
                .housingSurveyed()).isTrue();

        // a later survey is added, the first kept
        long next = fx.plannedToday(caseId);
        HousingFacts better = new HousingFacts(HousingFacts.Tenure.OWN, HousingFacts.Floor.TILE, HousingFacts.Wall.BRICK,
                HousingFacts.Roof.CLAY_TILE, HousingFacts.Water.PIPED, HousingFacts.Lighting.PLN_METER,
                HousingFacts.Power.VA_1300, HousingFacts.CookingFuel.LPG, HousingFacts.Toilet.OWN);
        SignedIn.run(worker, () -> visits.record(next, UUID.randomUUID(), VisitFixtures.report(null), better, worker));
        assertThat(SignedIn.run(worker, () -> housing.history(householdId, worker))).hasSize(2);
    }

    @Test
    void anIncompleteSurveyRefusesTheWholeVisitFieldByField() {
        long caseId = fx.aCase("Survei Setengah");
        long visitId = fx.plannedToday(caseId);
        HousingFacts half = new HousingFacts(HousingFacts.Tenure.OWN, null, null, null, null, HousingFacts.Lighting.NONE,
                HousingFacts.Power.VA_900, null, null);
        assertThatThrownBy(() -> SignedIn.run(worker, () -> visits.record(visitId, UUID.randomUUID(),
                VisitFixtures.report(null), half, worker)))
                .isInstanceOfSatisfying(VisitInputException.class, e -> assertThat(e.problems())
                        .extracting(VisitProblem::field)
                        .contains("floor", "wall", "roof", "water", "cookingFuel", "toilet", "power"));
        assertThat(fx.count("id = ? and status = 'PLANNED'", visitId)).as("nothing saved").isEqualTo(1);
    }

    @Test
    void aReassignedCaseTakesItsPlannedVisitsToTheNewWorker() {
        long caseId = fx.aCase("Pindah Peksos");
        long planned = fx.plannedToday(caseId);
        long done = fx.done(caseId);
        CurrentUser supervisor = fx.office.supervisor;
        SignedIn.run(supervisor, () -> casework.reassign(caseId, fx.office.colleague.id(), "Cuti", supervisor));
        assertThat(fx.count("id = ? and worker_id = ?", planned, fx.office.colleague.id())).isEqualTo(1);
        assertThat(fx.count("id = ? and worker_id = ?", done, worker.id())).as("what was done stays").isEqualTo(1);
        CurrentUser colleague = fx.office.colleague;
        Agenda agenda = SignedIn.run(colleague, () -> visits.agenda(colleague));
        assertThat(agenda.now().stream().flatMap(g -> g.items().stream()).map(i -> i.row().visitId())).contains(planned);
        assertThatThrownBy(() -> SignedIn.run(worker, () -> visits.findWorkable(planned, worker)))
                .isInstanceOf(id.lentera.shared.NotFoundException.class);
    }

    @Test
    void theAgendaGroupsTodayByKelurahanAndListsTheNextDays() {
        VisitFixtures own = new VisitFixtures(context);
        CurrentUser w = own.office.worker;
        long today = own.plannedToday(own.aCase("Agenda Satu"));
        long later = SignedIn.run(w, () -> visits.plan(own.aCase("Agenda Dua"), UUID.randomUUID(),
                TestClock.today().plusDays(3), null, VisitPurpose.OTHER, null, w));
        long farAway = SignedIn.run(w, () -> visits.plan(own.aCase("Agenda Tiga"), UUID.randomUUID(),
                TestClock.today().plusDays(30), null, VisitPurpose.OTHER, null, w));
        Agenda agenda = SignedIn.run(w, () -> visits.agenda(w));
        assertThat(agenda.now()).hasSize(1);
        assertThat(agenda.now().get(0).kelurahan()).isNotBlank();
        assertThat(agenda.now().get(0).items()).extracting(i -> i.row().visitId()).containsExactly(today);
        assertThat(agenda.upcoming()).extracting(i -> i.row().visitId()).containsExactly(later).doesNotContain(farAway);
        // the supervisor sees no team visit that is not overdue; the other team's worker nothing
        CurrentUser other = own.office.otherWorker;
        assertThat(SignedIn.run(other, () -> visits.agenda(other)).empty()).isTrue();
        CurrentUser head = own.office.head;
        assertThatThrownBy(() -> SignedIn.run(head, () -> visits.agenda(head))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLongAgendaPagesThroughEveryVisit() {
        VisitFixtures own = new VisitFixtures(context);
        CurrentUser w = own.office.worker;
        long caseId = own.aCase("Agenda Panjang");
        int limit = context.getBean(VisitProperties.class).agendaLimit();
        java.util.Set<Long> planned = new java.util.HashSet<>();
        for (int i = 0; i <= limit; i++) {
            planned.add(own.plannedToday(caseId));
        }
        Agenda first = SignedIn.run(w, () -> visits.agenda(w, 0));
        Agenda second = SignedIn.run(w, () -> visits.agenda(w, 1));
        java.util.function.Function<Agenda, List<Long>> ids = a -> a.now().stream().flatMap(g -> g.items().stream())
                .map(i -> i.row().visitId()).toList();
        assertThat(first.truncated()).isTrue();
        assertThat(ids.apply(first)).hasSize(limit);
        assertThat(second.truncated()).isFalse();
        assertThat(second.page()).isEqualTo(1);
        java.util.Set<Long> shown = new java.util.HashSet<>(ids.apply(first));
        shown.addAll(ids.apply(second));
        assertThat(shown).isEqualTo(planned);
    }

    @Test
    void anOverdueVisitShowsToTheWorkerAndTheirSupervisor() {
        VisitFixtures own = new VisitFixtures(context);
        long visitId = own.plannedToday(own.aCase("Terlambat"));
        context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .update("update home_visit set scheduled_on = scheduled_on - 3 where id = ?", visitId);
        CurrentUser w = own.office.worker;
        CurrentUser lead = own.office.supervisor;
        Agenda mine = SignedIn.run(w, () -> visits.agenda(w));
        Agenda team = SignedIn.run(lead, () -> visits.agenda(lead));
        for (Agenda agenda : List.of(mine, team)) {
            Agenda.Item item = agenda.now().stream().flatMap(g -> g.items().stream())
                    .filter(i -> i.row().visitId() == visitId).findFirst().orElseThrow();
            assertThat(item.overdue()).isTrue();
        }
        assertThat(team.now().get(0).items().get(0).mine()).isFalse();
        CurrentUser otherLead = own.office.otherSupervisor;
        assertThat(SignedIn.run(otherLead, () -> visits.agenda(otherLead)).empty()).isTrue();
    }

    @Test
    void statisticsCountPerWorkerAndWeekAndFindTheNextVisit() {
        VisitFixtures own = new VisitFixtures(context);
        long caseA = own.aCase("Hitung A");
        long caseB = own.aCase("Hitung B");
        own.done(caseA);
        own.done(caseA);
        long next = own.plannedToday(caseB);
        List<Long> team = List.of(own.office.teamId);
        LocalDate today = TestClock.today();
        Map<Long, Long> done = statistics.donePerWorker(team, today.minusDays(1), today);
        assertThat(done).containsEntry(own.office.worker.id(), 2L);
        assertThat(statistics.donePerWeek(team, today.minusDays(7), today)).extracting(VisitStatistics.WeekCount::visits)
                .containsExactly(2L);
        assertThat(statistics.overduePerWorker(team, today.plusDays(1))).containsEntry(own.office.worker.id(), 1L);
        assertThat(statistics.overduePerWorker(team, today)).isEmpty();
        assertThat(statistics.nextPlannedVisit(List.of(caseA, caseB))).containsOnlyKeys(caseB).containsEntry(caseB, today);
        assertThat(statistics.donePerWorker(List.of(own.office.teamId + 100_000), today.minusDays(1), today)).isEmpty();
        assertThat(next).isPositive();
    }
}
