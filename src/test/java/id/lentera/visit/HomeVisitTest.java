package id.lentera.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

import id.lentera.casework.CaseReference;
import id.lentera.casework.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The visit's own rules: statuses, dates, position, the next visit. No Spring. */
class HomeVisitTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    static final CaseReference CASE = new CaseReference(7, "KS-2026-000007", 11, 12L, 21, 31L, Stage.INTERVENTION,
            true, true);
    static final GeoPosition BINJAI = new GeoPosition(3.6001, 98.4854, 12.0, NOW);

    static HomeVisit planned() {
        return HomeVisit.plan(CASE, TODAY, LocalTime.of(10, 0), VisitPurpose.MONITORING, "Cek KTP", 21, UUID.randomUUID(),
                TODAY, NOW);
    }

    static VisitReport report(LocalDate next, GeoPosition position, String noPositionReason) {
        return new VisitReport(TODAY, LocalTime.of(10, 5), VisitPlace.HOME, null, "Klien", VisitPurpose.MONITORING,
                "Rumah bersih", null, null, next, position, noPositionReason);
    }

    static String codeOf(Runnable action, String field) {
        try {
            action.run();
        } catch (VisitInputException e) {
            return e.problems().stream().filter(p -> java.util.Objects.equals(p.field(), field)).map(VisitProblem::code)
                    .findFirst().orElse(null);
        }
        return null;
    }

    @Test
    void aPlannedVisitTakesTheCasesWorkerAndTeam() {
        HomeVisit visit = planned();
        assertThat(visit.getStatus()).isEqualTo(VisitStatus.PLANNED);
        assertThat(visit.getWorkerId()).isEqualTo(21);
        assertThat(visit.getTeamId()).isEqualTo(31);
        assertThat(visit.getHouseholdId()).isEqualTo(12);
    }

    @Test
    void refusesPlanningADayAlreadyPast() {
        assertThat(codeOf(() -> HomeVisit.plan(CASE, TODAY.minusDays(1), null, VisitPurpose.OTHER, null, 21, null, TODAY,
                NOW), "scheduledOn")).isEqualTo("visit.planned.past");
        assertThat(codeOf(() -> HomeVisit.plan(CASE, null, null, VisitPurpose.OTHER, null, 21, null, TODAY, NOW),
                "scheduledOn")).isEqualTo("visit.date.required");
    }

    @Test
    void recordingMakesItDoneWithThePosition() {
        HomeVisit visit = planned();
        Optional<HomeVisit> next = visit.recordDone(report(null, BINJAI, null), 21, UUID.randomUUID(), TODAY, NOW);
        assertThat(visit.getStatus()).isEqualTo(VisitStatus.DONE);
        assertThat(visit.position()).contains(BINJAI);
        assertThat(next).isEmpty();
    }

    @Test
    void aNextVisitDateSchedulesTheNextVisit() {
        HomeVisit visit = planned();
        HomeVisit next = visit.recordDone(report(TODAY.plusDays(7), BINJAI, null), 21, UUID.randomUUID(), TODAY, NOW)
                .orElseThrow();
        assertThat(next.getStatus()).isEqualTo(VisitStatus.PLANNED);
        assertThat(next.getScheduledOn()).isEqualTo(TODAY.plusDays(7));
        assertThat(next.getCaseId()).isEqualTo(7);
        assertThat(next.getWorkerId()).isEqualTo(21);
        assertThat(next.getPurpose()).isEqualTo(VisitPurpose.MONITORING);
        assertThat(next.getRecordKey()).isNull();
    }

    @Test
    void theNextVisitMustComeAfterThisOne() {
        assertThat(codeOf(() -> planned().recordDone(report(TODAY, BINJAI, null), 21, UUID.randomUUID(), TODAY, NOW),
                "nextVisitOn")).isEqualTo("visit.next.afterVisit");
    }

    @Test
    void aVisitDoneCannotBeInTheFuture() {
        VisitReport tomorrow = new VisitReport(TODAY.plusDays(1), null, VisitPlace.HOME, null, null,
                VisitPurpose.OTHER, "x", null, null, null, BINJAI, null);
        assertThat(codeOf(() -> planned().recordDone(tomorrow, 21, UUID.randomUUID(), TODAY, NOW), "visitedOn"))
                .isEqualTo("visit.done.future");
    }

    @Test
    void withoutAPositionTheWorkerSaysWhy() {
        assertThat(codeOf(() -> planned().recordDone(report(null, null, " "), 21, UUID.randomUUID(), TODAY, NOW),
                "noPositionReason")).isEqualTo("visit.position.reasonRequired");
        HomeVisit visit = planned();
        visit.recordDone(report(null, null, "Izin lokasi ditolak"), 21, UUID.randomUUID(), TODAY, NOW);
        assertThat(visit.getNoPositionReason()).isEqualTo("Izin lokasi ditolak");
    }

    @Test
    void refusesAPositionOutsideIndonesia() {
        GeoPosition singapore = new GeoPosition(1.35, 103.82, 10.0, NOW);
        assertThat(singapore.withinIndonesia()).isTrue(); // inside the rough box: the bounds are a box, not borders
        GeoPosition paris = new GeoPosition(48.85, 2.35, 10.0, NOW);
        assertThat(codeOf(() -> planned().recordDone(report(null, paris, null), 21, UUID.randomUUID(), TODAY, NOW),
                "latitude")).isEqualTo("visit.position.outside");
    }

    @Test
    void onlyAPlannedVisitCanBeRecordedMissedOrCancelled() {
        HomeVisit done = planned();
        done.recordDone(report(null, BINJAI, null), 21, UUID.randomUUID(), TODAY, NOW);
        assertThatThrownBy(() -> done.recordDone(report(null, BINJAI, null), 21, UUID.randomUUID(), TODAY, NOW))
                .isInstanceOf(VisitInputException.class).hasMessageContaining("visit.status.notPlanned");
        assertThatThrownBy(() -> done.recordNotDone(VisitStatus.MISSED, "Tidak ada orang", 21, NOW))
                .isInstanceOf(VisitInputException.class);

        HomeVisit missed = planned();
        missed.recordNotDone(VisitStatus.MISSED, "Rumah kosong", 21, NOW);
        assertThat(missed.getStatus()).isEqualTo(VisitStatus.MISSED);
        assertThatThrownBy(() -> missed.recordNotDone(VisitStatus.CANCELLED, "x", 21, NOW))
                .isInstanceOf(VisitInputException.class);
        assertThatThrownBy(() -> missed.correct(report(null, null, null), 21, TODAY, NOW))
                .isInstanceOf(VisitInputException.class).hasMessageContaining("visit.status.notDone");
    }

    @Test
    void missedAndCancelledNeedAReasonAndNoOtherOutcome() {
        assertThat(codeOf(() -> planned().recordNotDone(VisitStatus.CANCELLED, "  ", 21, NOW), "reason"))
                .isEqualTo("visit.reason.required");
        assertThat(codeOf(() -> planned().recordNotDone(VisitStatus.DONE, "x", 21, NOW), "outcome"))
                .isEqualTo("visit.required");
    }

    @Test
    void aCorrectionKeepsWhatTheVisitSaidBefore() {
        HomeVisit visit = planned();
        visit.recordDone(report(null, BINJAI, null), 21, UUID.randomUUID(), TODAY, NOW);
        VisitReport corrected = new VisitReport(TODAY.minusDays(1), LocalTime.of(10, 5), VisitPlace.HOME, null,
                "Klien dan anak", VisitPurpose.MONITORING, "Rumah bersih", null, null, null, null, null);
        visit.correct(corrected, 22, TODAY, NOW.plusSeconds(60));
        assertThat(visit.getVisitedOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(visit.getChanges()).extracting(VisitChange::getField, VisitChange::getPreviousValue)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("visitedOn", TODAY.toString()),
                        org.assertj.core.groups.Tuple.tuple("metWith", "Klien"));
        assertThat(visit.position()).as("the position stays as taken at the door").contains(BINJAI);
    }
}
