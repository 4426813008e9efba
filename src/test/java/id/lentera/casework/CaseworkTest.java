package id.lentera.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.lentera.account.CurrentUser;
import id.lentera.audit.AuditLog;
import id.lentera.client.ClientCaseworkers;
import id.lentera.shared.NotFoundException;
import id.lentera.shared.StaleEditException;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The casework service on PostgreSQL: access, approvals, reassignment, reopening, history, locking. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseworkTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Casework casework;
    @Autowired
    ClientCaseworkers caseworkers;
    @Autowired
    AuditLog auditLog;

    TestOffice office;
    LocalDate today = TestClock.today();

    @BeforeAll
    void office() {
        office = new TestOffice(context);
    }

    <T> T as(CurrentUser user, java.util.function.Supplier<T> action) {
        return SignedIn.run(user, action);
    }

    void as(CurrentUser user, Runnable action) {
        SignedIn.run(user, action);
    }

    long caseInPlanning(String name) {
        return office.caseInPlanning(name);
    }

    long version(long id) {
        return as(office.supervisor, () -> casework.find(id, office.supervisor).file().getVersion());
    }

    @Test
    void numbersCasesPerYearAndOpensInEngagement() {
        long first = office.openCase("Sutrisno A");
        long second = office.openCase("Sutrisno B");
        var a = as(office.worker, () -> casework.find(first, office.worker));
        var b = as(office.worker, () -> casework.find(second, office.worker));
        assertThat(a.file().getNumber()).matches("KS-" + today.getYear() + "-\\d{6}");
        assertThat(Integer.parseInt(b.file().getNumber().substring(8)))
                .isGreaterThan(Integer.parseInt(a.file().getNumber().substring(8)));
        assertThat(a.file().getStage()).isEqualTo(Stage.ENGAGEMENT);
        assertThat(a.file().getWorkerId()).isEqualTo(office.worker.id());
        assertThat(a.file().getTeamId()).isEqualTo(office.teamId);
        assertThat(a.file().getHouseholdId()).isNotNull();
        assertThat(caseworkers.worksOn(office.worker.id(), a.file().getClientId())).isTrue();
    }

    @Test
    void refusesASecondOpenCaseForTheClient() {
        long client = office.client("Paijo");
        long open = as(office.worker, () -> casework.open(client, null, today, office.worker));
        assertThatThrownBy(() -> as(office.worker, () -> casework.open(client, null, today, office.worker)))
                .isInstanceOfSatisfying(CaseAlreadyOpenException.class, e -> assertThat(e.openCaseId()).isEqualTo(open));
    }

    @Test
    void opensOnlyForClientsTheUserCanSee() {
        long client = office.client("Tersembunyi");
        assertThatThrownBy(() -> as(office.otherWorker, () -> casework.open(client, null, today, office.otherWorker)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(office.head, () -> casework.open(client, null, today, office.head)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void supervisorAssignsAWorkerOfTheirTeamOnly() {
        long client = office.client("Ditunjuk");
        long id = as(office.supervisor, () -> casework.open(client, office.colleague.id(), today, office.supervisor));
        assertThat(as(office.colleague, () -> casework.find(id, office.colleague)).file().getWorkerId())
                .isEqualTo(office.colleague.id());
        long another = office.client("Ditunjuk Lain");
        assertThatThrownBy(() -> as(office.supervisor,
                () -> casework.open(another, office.otherWorker.id(), today, office.supervisor)))
                .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.code()).isEqualTo("case.worker.notInTeam"));
    }

    @Test
    void eachRoleSeesOnlyItsCases() {
        long id = office.openCase("Dilihat");
        assertThat(as(office.worker, () -> casework.find(id, office.worker))).isNotNull();
        assertThat(as(office.supervisor, () -> casework.find(id, office.supervisor))).isNotNull();
        assertThat(as(office.head, () -> casework.find(id, office.head)).mayWork()).isFalse();
        for (CurrentUser outsider : List.of(office.colleague, office.otherWorker, office.otherSupervisor)) {
            assertThatThrownBy(() -> as(outsider, () -> casework.find(id, outsider))).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> as(office.admin, () -> casework.find(id, office.admin)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(office.head, () -> casework.addNote(id, today, "catatan", office.head)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(office.otherWorker, () -> casework.caseload(CaseFilter.openCases(), office.otherWorker,
                PageRequest.of(0, 100))).map(CaseRow::id).getContent()).doesNotContain(id);
        assertThat(as(office.worker, () -> casework.caseload(CaseFilter.openCases(), office.worker,
                PageRequest.of(0, 100))).map(CaseRow::id).getContent()).contains(id);
    }

    @Test
    void aWorkerCannotApproveTheirOwnRequestAndAnotherTeamsSupervisorCannotDecide() {
        long id = caseInPlanning("Minta Setuju");
        as(office.worker, () -> casework.requestApproval(id, ApprovalKind.PLAN, office.worker));
        assertThatThrownBy(() -> as(office.worker, () -> casework.decideApproval(id, ApprovalKind.PLAN, true, null, office.worker)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(office.otherSupervisor,
                () -> casework.decideApproval(id, ApprovalKind.PLAN, true, null, office.otherSupervisor)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(office.otherSupervisor, () -> casework.approvalQueue(office.otherSupervisor, PageRequest.of(0, 100)))
                .map(ApprovalRow::caseId).getContent()).doesNotContain(id);
        assertThat(as(office.supervisor, () -> casework.approvalQueue(office.supervisor, PageRequest.of(0, 100)))
                .map(ApprovalRow::caseId).getContent()).contains(id);

        as(office.supervisor, () -> casework.decideApproval(id, ApprovalKind.PLAN, true, null, office.supervisor));
        assertThat(as(office.worker, () -> casework.find(id, office.worker)).file().isPlanApproved()).isTrue();
    }

    @Test
    void aSupervisorWhoIsTheRequesterCannotApprove() {
        long client = office.client("Koordinator Sendiri");
        long id = as(office.supervisor, () -> casework.open(client, null, today, office.supervisor));
        CurrentUser s = office.supervisor;
        as(s, () -> {
            casework.recordEngagement(id, version(id), new Engagement(today, null, ReferralSource.WALK_IN, "Masalah",
                    true, false, null), s);
            casework.advance(id, Stage.ASSESSMENT, null, s);
            casework.recordAssessment(id, version(id), List.of(new ProblemEntry("x", BarrierCategory.ECONOMIC)), null,
                    null, List.of(), null, s);
            casework.advance(id, Stage.PLANNING, null, s);
            casework.addGoal(id, new GoalPlan("g", "i", today.plusDays(30), null, List.of()), s);
            casework.requestApproval(id, ApprovalKind.PLAN, s);
        });
        assertThatThrownBy(() -> as(s, () -> casework.decideApproval(id, ApprovalKind.PLAN, true, null, s)))
                .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.code()).isEqualTo("case.approval.ownRequest"));
    }

    @Test
    void reassignmentMovesAccessToTheNewWorker() {
        long id = office.openCase("Dialihkan");
        long client = as(office.worker, () -> casework.find(id, office.worker)).file().getClientId();
        as(office.supervisor, () -> casework.reassign(id, office.colleague.id(), "Cuti panjang", office.supervisor));

        assertThat(as(office.colleague, () -> casework.find(id, office.colleague)).file().getWorkerId())
                .isEqualTo(office.colleague.id());
        assertThatThrownBy(() -> as(office.worker, () -> casework.find(id, office.worker)))
                .isInstanceOf(NotFoundException.class);
        assertThat(caseworkers.worksOn(office.colleague.id(), client)).isTrue();
        assertThat(caseworkers.worksOn(office.worker.id(), client)).isFalse();
        assertThatThrownBy(() -> as(office.supervisor, () -> casework.reassign(id, office.otherWorker.id(), "x", office.supervisor)))
                .isInstanceOf(CaseRuleException.class);
        assertThatThrownBy(() -> as(office.colleague, () -> casework.reassign(id, office.worker.id(), "x", office.colleague)))
                .isInstanceOf(AccessDeniedException.class);
        var timeline = as(office.supervisor, () -> casework.find(id, office.supervisor)).timeline();
        assertThat(timeline).extracting(TimelineEntry::key).contains("case.timeline.reassigned");
    }

    @Test
    void closingNeedsTheSupervisorsApprovalAndReopeningReturnsToAssessment() {
        long id = caseInPlanning("Ditutup");
        CurrentUser w = office.worker;
        CurrentUser s = office.supervisor;
        as(w, () -> casework.requestApproval(id, ApprovalKind.PLAN, w));
        as(s, () -> casework.decideApproval(id, ApprovalKind.PLAN, true, null, s));
        long goal = as(w, () -> casework.find(id, w)).file().getGoals().get(0).getId();
        as(w, () -> {
            casework.advance(id, Stage.INTERVENTION, null, w);
            casework.recordActivity(id, today, ActivityType.DOCUMENT_FACILITATION, "Ke Dukcapil", "KTP terbit", goal, w);
            casework.advance(id, Stage.EVALUATION, null, w);
            casework.evaluate(id, version(id), Map.of(goal, GoalResult.ACHIEVED), Map.of(goal, "KTP ada"),
                    EvaluationDecision.TERMINATE, today, w);
            casework.advance(id, Stage.TERMINATION, null, w);
            casework.recordTermination(id, version(id), new Termination(TerminationReason.GOALS_ACHIEVED, "Selesai",
                    null, today), w);
            casework.requestApproval(id, ApprovalKind.TERMINATION, w);
        });
        assertThatThrownBy(() -> as(s, () -> casework.decideApproval(id, ApprovalKind.TERMINATION, false, " ", s)))
                .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.code()).isEqualTo("case.approval.commentRequired"));
        as(s, () -> casework.decideApproval(id, ApprovalKind.TERMINATION, true, null, s));
        CaseFile closed = as(w, () -> casework.find(id, w)).file();
        assertThat(closed.isOpen()).isFalse();
        assertThat(caseworkers.worksOn(w.id(), closed.getClientId())).isFalse();

        assertThatThrownBy(() -> as(w, () -> casework.reopen(id, "Masalah baru", w))).isInstanceOf(AccessDeniedException.class);
        as(s, () -> casework.reopen(id, "Masalah baru muncul", s));
        CaseFile reopened = as(w, () -> casework.find(id, w)).file();
        assertThat(reopened.isOpen()).isTrue();
        assertThat(reopened.getStage()).isEqualTo(Stage.ASSESSMENT);
        assertThat(caseworkers.worksOn(w.id(), reopened.getClientId())).isTrue();
        assertThat(reopened.getTransitions()).extracting(StageTransition::getReason).contains("Masalah baru muncul");
        assertThat(as(office.admin, () -> auditLog.search("CASE", "case " + id, PageRequest.of(0, 50))).getContent())
                .extracting(e -> e.getAction()).contains("CASE_OPENED", "CASE_STAGE_CHANGED", "CASE_CLOSED", "CASE_REOPENED");
    }

    @Test
    void correctionsKeepWhatTheRecordSaidBefore() {
        long id = office.openCase("Dikoreksi");
        CurrentUser w = office.worker;
        as(w, () -> casework.recordEngagement(id, version(id), new Engagement(today, "Pasar", ReferralSource.WALK_IN,
                "Masalah pertama", true, false, null), w));
        as(w, () -> casework.recordEngagement(id, version(id), new Engagement(today, "Pasar", ReferralSource.WALK_IN,
                "Masalah yang benar", true, false, null), w));
        var details = as(w, () -> casework.find(id, w));
        assertThat(details.file().getEngagement().presentingProblem()).isEqualTo("Masalah yang benar");
        assertThat(details.file().getChanges()).singleElement().satisfies(change -> {
            assertThat(change.getSection()).isEqualTo(RecordChange.Section.ENGAGEMENT);
            assertThat(change.getChangedBy()).isEqualTo(w.id());
            assertThat(change.previousValues()).contains(Map.entry("case.engagement.presentingProblem", "Masalah pertama"));
        });
        assertThat(details.timeline()).extracting(TimelineEntry::key).contains("case.timeline.corrected");
    }

    @Test
    void interventionAndEvaluationCorrectionsAreKeptOnPostgres() {
        long id = office.caseInIntervention("Koreksi Intervensi");
        CurrentUser w = office.worker;
        CurrentUser s = office.supervisor;
        as(w, () -> {
            casework.recordActivity(id, today, ActivityType.COUNSELLING, "Konseling awal", null, null, w);
            casework.refer(id, ReferralDestination.DUKCAPIL, "Disdukcapil Binjai", "KTP", today, w);
        });
        CaseFile recorded = office.file(id);
        long activityId = recorded.getActivities().get(0).getId();
        long referralId = recorded.getReferrals().get(0).getId();
        long goalId = recorded.getGoals().get(0).getId();
        as(s, () -> casework.correctActivity(id, version(id), activityId, today, ActivityType.DOCUMENT_FACILITATION,
                "Mendampingi ke Dukcapil", "Formulir diserahkan", goalId, s));
        as(w, () -> casework.correctReferral(id, version(id), referralId, ReferralDestination.DUKCAPIL,
                "Disdukcapil Kota Binjai", "KTP-el dan KK", today, w));
        as(w, () -> casework.recordReferralOutcome(id, version(id), referralId, "Diproses", today, w));
        as(w, () -> casework.recordReferralOutcome(id, version(id), referralId, "KTP-el terbit", today, w));
        as(w, () -> {
            casework.advance(id, Stage.EVALUATION, null, w);
            casework.evaluate(id, version(id), Map.of(goalId, GoalResult.PARTLY), Map.of(goalId, "KK belum"),
                    EvaluationDecision.CONTINUE, today, w);
            casework.evaluate(id, version(id), Map.of(goalId, GoalResult.ACHIEVED), Map.of(goalId, "KK terbit"),
                    EvaluationDecision.TERMINATE, today, w);
        });

        var details = as(s, () -> casework.find(id, s));
        CaseFile file = details.file();
        assertThat(file.getActivities()).singleElement().satisfies(a -> {
            assertThat(a.getType()).isEqualTo(ActivityType.DOCUMENT_FACILITATION);
            assertThat(a.getGoalId()).isEqualTo(goalId);
            assertThat(a.getRecordedBy()).isEqualTo(w.id());
        });
        assertThat(file.getReferrals()).singleElement().satisfies(r -> {
            assertThat(r.getDestinationName()).isEqualTo("Disdukcapil Kota Binjai");
            assertThat(r.getOutcome()).isEqualTo("KTP-el terbit");
        });
        assertThat(file.getGoals().get(0).getResult()).isEqualTo(GoalResult.ACHIEVED);
        assertThat(file.getChanges()).extracting(RecordChange::getSection).containsExactly(
                RecordChange.Section.ACTIVITY, RecordChange.Section.REFERRAL, RecordChange.Section.REFERRAL,
                RecordChange.Section.EVALUATION);
        assertThat(file.getChanges().get(0).getChangedBy()).isEqualTo(s.id());
        assertThat(file.getChanges().get(0).previousValues())
                .contains(Map.entry("case.activity.description", "Konseling awal"));
        assertThat(file.getChanges().get(1).previousValues())
                .contains(Map.entry("case.referral.destinationName", "Disdukcapil Binjai"));
        assertThat(file.getChanges().get(2).previousValues()).contains(Map.entry("case.referral.outcome", "Diproses"));
        assertThat(file.getChanges().get(3).previousValues())
                .contains(Map.entry("case.evaluation.decision", "{{case.decision.CONTINUE}}"));
        assertThat(details.timeline()).filteredOn(e -> e.key().equals("case.timeline.corrected"))
                .extracting(e -> e.args().get(0))
                .contains("#case.section.ACTIVITY", "#case.section.REFERRAL", "#case.section.EVALUATION");
    }

    @Test
    void aStaleActivityCorrectionIsRefusedAndTheHeadOfOfficeCannotCorrect() {
        long id = office.caseInIntervention("Koreksi Bentrok");
        CurrentUser w = office.worker;
        as(w, () -> casework.recordActivity(id, today, ActivityType.COUNSELLING, "Konseling", null, null, w));
        long activityId = office.file(id).getActivities().get(0).getId();
        long opened = version(id);
        as(w, () -> casework.correctActivity(id, opened, activityId, today, ActivityType.COUNSELLING, "Versi pekerja",
                null, null, w));
        assertThatThrownBy(() -> as(office.supervisor, () -> casework.correctActivity(id, opened, activityId, today,
                ActivityType.COUNSELLING, "Versi koordinator", null, null, office.supervisor)))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> as(office.head, () -> casework.correctActivity(id, version(id), activityId, today,
                ActivityType.COUNSELLING, "Versi kabid", null, null, office.head)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(office.otherWorker, () -> casework.correctActivity(id, version(id), activityId,
                today, ActivityType.COUNSELLING, "Tebakan", null, null, office.otherWorker)))
                .isInstanceOf(NotFoundException.class);
        CaseFile file = office.file(id);
        assertThat(file.getActivities().get(0).getDescription()).isEqualTo("Versi pekerja");
        assertThat(file.getChanges()).hasSize(1);
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() {
        long id = office.openCase("Bentrok");
        CurrentUser w = office.worker;
        long opened = version(id);
        as(w, () -> casework.recordEngagement(id, opened, new Engagement(today, null, ReferralSource.WALK_IN,
                "Versi pekerja", true, false, null), w));
        assertThatThrownBy(() -> as(office.supervisor, () -> casework.recordEngagement(id, opened,
                new Engagement(today, null, ReferralSource.WALK_IN, "Versi koordinator", true, false, null),
                office.supervisor))).isInstanceOf(StaleEditException.class);
        assertThat(as(w, () -> casework.find(id, w)).file().getEngagement().presentingProblem()).isEqualTo("Versi pekerja");
    }

    @Test
    void reassessingReplacesTheProblemsInsteadOfAddingToThem() {
        long id = caseInPlanning("Asesmen Ulang");
        CurrentUser w = office.worker;
        as(w, () -> casework.recordAssessment(id, version(id), List.of(new ProblemEntry("Baru", BarrierCategory.HOUSING)),
                null, null, List.of(), RiskLevel.HIGH, w));
        CaseFile file = as(w, () -> casework.find(id, w)).file();
        assertThat(file.getProblems()).extracting(CaseProblem::getDescription).containsExactly("Baru");
        assertThat(file.getRelations()).isEmpty();
        assertThat(file.getChanges()).extracting(RecordChange::getSection).contains(RecordChange.Section.ASSESSMENT);
    }

    @Test
    void countsOpenCasesPerStage() {
        CurrentUser lone = new id.lentera.account.TestAccounts(context).account(id.lentera.account.Role.SOCIAL_WORKER);
        Map<Stage, Long> counts = as(lone, () -> casework.openCountsByStage(lone));
        assertThat(counts).hasSize(6).containsEntry(Stage.ENGAGEMENT, 0L);
        Map<Stage, Long> mine = as(office.supervisor, () -> casework.openCountsByStage(office.supervisor));
        assertThat(mine.values().stream().mapToLong(Long::longValue).sum()).isPositive();
    }
}
