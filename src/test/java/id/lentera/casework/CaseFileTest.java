package id.lentera.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import id.lentera.casework.CaseEvents.CaseClosed;
import id.lentera.casework.CaseEvents.CaseOpened;
import id.lentera.casework.CaseEvents.CaseReassigned;
import id.lentera.casework.CaseEvents.CaseReopened;
import id.lentera.casework.CaseEvents.CaseStageChanged;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stage machine of a case: every allowed and refused move, and each checklist item. */
class CaseFileTest {

    static final long WORKER = 11;
    static final long SUPERVISOR = 21;
    static final LocalDate OPENED = LocalDate.of(2026, 11, 2);
    static final AtomicLong IDS = new AtomicLong(1000);

    Instant clock = Instant.parse("2026-11-02T02:00:00Z");

    Now now() {
        clock = clock.plus(Duration.ofHours(1));
        return new Now(clock, LocalDate.of(2026, 11, 22));
    }

    static <T> T withId(T entity) {
        ReflectionTestUtils.setField(entity, "id", IDS.incrementAndGet());
        return entity;
    }

    CaseFile openCase() {
        CaseFile file = CaseFile.open("KS-2026-000001", 5, 6L, WORKER, 3L, OPENED, WORKER, now());
        return withId(file);
    }

    static Engagement engagement(boolean consent, String problem) {
        return new Engagement(OPENED, "Rumah singgah", ReferralSource.SHELTER, problem, consent, false,
                "Mengurus KTP-el dan KK");
    }

    static GoalPlan measurableGoal() {
        return new GoalPlan("KTP-el dan KK terbit", "KTP-el dan KK diterima klien", LocalDate.of(2027, 1, 31),
                "Pekerja sosial", List.of("Mendampingi ke Dukcapil"));
    }

    CaseFile inAssessment() {
        CaseFile file = openCase();
        file.recordEngagement(engagement(true, "KTP dan KK hilang, tidak terdaftar DTKS"), now());
        file.advanceTo(Stage.ASSESSMENT, WORKER, null, now());
        return file;
    }

    CaseFile inPlanning() {
        CaseFile file = inAssessment();
        file.recordAssessment(List.of(new ProblemEntry("Dokumen hilang", BarrierCategory.ADMINISTRATIVE)),
                "Mau bekerja", "Dokumen kependudukan", List.of(), RiskLevel.MEDIUM, now());
        file.advanceTo(Stage.PLANNING, WORKER, null, now());
        return file;
    }

    CaseFile planApproved() {
        CaseFile file = inPlanning();
        withId(file.addGoal(measurableGoal(), now()));
        file.requestApproval(ApprovalKind.PLAN, WORKER, now());
        file.decideApproval(ApprovalKind.PLAN, true, SUPERVISOR, true, null, now());
        return file;
    }

    CaseFile inIntervention() {
        CaseFile file = planApproved();
        file.advanceTo(Stage.INTERVENTION, WORKER, null, now());
        return file;
    }

    CaseFile inEvaluation() {
        CaseFile file = inIntervention();
        file.recordActivity(LocalDate.of(2026, 11, 10), ActivityType.DOCUMENT_FACILITATION, "Ke Dukcapil", "Diproses",
                null, WORKER, now());
        file.advanceTo(Stage.EVALUATION, WORKER, null, now());
        return file;
    }

    CaseFile inTermination() {
        CaseFile file = inEvaluation();
        file.evaluateGoal(file.getGoals().get(0).getId(), GoalResult.ACHIEVED, "KTP-el terbit", now());
        file.decideEvaluation(EvaluationDecision.TERMINATE, LocalDate.of(2026, 11, 20), now());
        file.advanceTo(Stage.TERMINATION, WORKER, null, now());
        return file;
    }

    CaseFile closedCase() {
        CaseFile file = inTermination();
        file.recordTermination(termination(), now());
        file.requestApproval(ApprovalKind.TERMINATION, WORKER, now());
        file.decideApproval(ApprovalKind.TERMINATION, true, SUPERVISOR, true, null, now());
        return file;
    }

    static Termination termination() {
        return new Termination(TerminationReason.GOALS_ACHIEVED, "Dokumen lengkap, diusulkan ke DTSEN",
                "Pantau hasil musyawarah kelurahan", LocalDate.of(2026, 11, 21));
    }

    static void assertMissing(Runnable move, String... keys) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(CaseRuleException.class, e -> {
            assertThat(e.code()).isEqualTo("case.move.missing");
            assertThat(e.missing()).containsExactly(keys);
        });
    }

    static void assertRule(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(CaseRuleException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    static List<Object> events(CaseFile file) {
        return List.copyOf(file.domainEvents());
    }

    @Test
    void opensInEngagementWithItsFirstTransitionAndAssignment() {
        CaseFile file = openCase();
        assertThat(file.getStage()).isEqualTo(Stage.ENGAGEMENT);
        assertThat(file.isOpen()).isTrue();
        assertThat(file.getTransitions()).singleElement().satisfies(t -> {
            assertThat(t.getFromStage()).isNull();
            assertThat(t.getToStage()).isEqualTo(Stage.ENGAGEMENT);
            assertThat(t.getMovedBy()).isEqualTo(WORKER);
        });
        assertThat(file.getAssignments()).extracting(CaseAssignment::getWorkerId).containsExactly(WORKER);
        assertThat(events(file)).singleElement().isInstanceOfSatisfying(CaseOpened.class,
                e -> assertThat(e.caseId()).isEqualTo(file.getId()));
    }

    @Nested
    class Engagement_ {

        @Test
        void needsConsentAndAPresentingProblem() {
            CaseFile file = openCase();
            assertThat(file.checklist().missing())
                    .containsExactly("checklist.engagement.consent", "checklist.engagement.problem");
            assertMissing(() -> file.advanceTo(Stage.ASSESSMENT, WORKER, null, now()),
                    "checklist.engagement.consent", "checklist.engagement.problem");
        }

        @Test
        void consentWithoutProblemIsNotEnough() {
            CaseFile file = openCase();
            file.recordEngagement(engagement(true, "  "), now());
            assertMissing(() -> file.advanceTo(Stage.ASSESSMENT, WORKER, null, now()), "checklist.engagement.problem");
        }

        @Test
        void problemWithoutConsentIsNotEnough() {
            CaseFile file = openCase();
            file.recordEngagement(engagement(false, "Tidak punya KTP"), now());
            assertMissing(() -> file.advanceTo(Stage.ASSESSMENT, WORKER, null, now()), "checklist.engagement.consent");
        }

        @Test
        void bothLetTheCaseMoveToAssessmentAndTheMoveIsRecorded() {
            CaseFile file = inAssessment();
            assertThat(file.getStage()).isEqualTo(Stage.ASSESSMENT);
            assertThat(file.checklist().stage()).isEqualTo(Stage.ASSESSMENT);
            StageTransition last = file.getTransitions().get(file.getTransitions().size() - 1);
            assertThat(last.getFromStage()).isEqualTo(Stage.ENGAGEMENT);
            assertThat(last.getToStage()).isEqualTo(Stage.ASSESSMENT);
            assertThat(last.getMovedBy()).isEqualTo(WORKER);
            assertThat(last.getMovedAt()).isEqualTo(file.getStageSince());
            assertThat(events(file)).filteredOn(CaseStageChanged.class::isInstance).singleElement()
                    .isEqualTo(new CaseStageChanged(file.getId(), 5, Stage.ENGAGEMENT, Stage.ASSESSMENT, WORKER,
                            file.getStageSince()));
        }

        @Test
        void firstContactCannotLieInTheFuture() {
            CaseFile file = openCase();
            assertRule(() -> file.recordEngagement(new Engagement(LocalDate.of(2026, 11, 23), null, null, "x", true,
                    false, null), now()), "case.date.future");
        }
    }

    @Test
    void aStageCannotBeSkipped() {
        CaseFile file = openCase();
        file.recordEngagement(engagement(true, "Masalah"), now());
        assertRule(() -> file.advanceTo(Stage.PLANNING, WORKER, null, now()), "case.move.notAllowed");
        assertRule(() -> file.advanceTo(Stage.ENGAGEMENT, WORKER, null, now()), "case.move.notAllowed");
    }

    @Nested
    class Assessment {

        @Test
        void needsAProblemWithACategory() {
            CaseFile file = inAssessment();
            assertMissing(() -> file.advanceTo(Stage.PLANNING, WORKER, null, now()), "checklist.assessment.problem");
            file.recordAssessment(List.of(new ProblemEntry("Malu ke kantor kelurahan", null)), null, null, List.of(),
                    null, now());
            assertMissing(() -> file.advanceTo(Stage.PLANNING, WORKER, null, now()), "checklist.assessment.problem");
        }

        @Test
        void keepsProblemsRelationsAndRisk() {
            CaseFile file = inAssessment();
            file.recordAssessment(List.of(new ProblemEntry("Tidak tahu prosedur", BarrierCategory.INFORMATION),
                            new ProblemEntry("Malu", BarrierCategory.STIGMA_TRUST)), "Sehat", "Informasi",
                    List.of(new RelationEntry(RelationScope.COMMUNITY, "Ketua RT", RelationQuality.WEAK, null)),
                    RiskLevel.HIGH, now());
            assertThat(file.getProblems()).extracting(CaseProblem::getCategory)
                    .containsExactly(BarrierCategory.INFORMATION, BarrierCategory.STIGMA_TRUST);
            assertThat(file.getRelations()).singleElement().extracting(CaseRelation::getParty).isEqualTo("Ketua RT");
            assertThat(file.getRiskLevel()).isEqualTo(RiskLevel.HIGH);
            file.advanceTo(Stage.PLANNING, WORKER, null, now());
            assertThat(file.getStage()).isEqualTo(Stage.PLANNING);
        }

        @Test
        void cannotBeRecordedBeforeTheCaseReachesIt() {
            CaseFile file = openCase();
            assertRule(() -> file.recordAssessment(List.of(), null, null, List.of(), null, now()), "case.stage.notYet");
        }
    }

    @Nested
    class Planning {

        @Test
        void needsAMeasurableGoalAndAnApprovedPlan() {
            CaseFile file = inPlanning();
            assertMissing(() -> file.advanceTo(Stage.INTERVENTION, WORKER, null, now()),
                    "checklist.planning.goal", "checklist.planning.approved");
            withId(file.addGoal(new GoalPlan("Punya KTP", null, null, null, List.of()), now()));
            assertMissing(() -> file.advanceTo(Stage.INTERVENTION, WORKER, null, now()),
                    "checklist.planning.goal", "checklist.planning.approved");
            withId(file.addGoal(measurableGoal(), now()));
            assertMissing(() -> file.advanceTo(Stage.INTERVENTION, WORKER, null, now()), "checklist.planning.approved");
        }

        @Test
        void approvedPlanLetsTheCaseMoveToIntervention() {
            CaseFile file = planApproved();
            assertThat(file.checklist().complete()).isTrue();
            file.advanceTo(Stage.INTERVENTION, WORKER, null, now());
            assertThat(file.getStage()).isEqualTo(Stage.INTERVENTION);
        }

        @Test
        void approvalCannotBeRequestedWithoutAMeasurableGoal() {
            CaseFile file = inPlanning();
            assertMissing(() -> file.requestApproval(ApprovalKind.PLAN, WORKER, now()), "checklist.planning.goal");
        }

        @Test
        void onlyTheResponsibleWorkerRequestsAndOnlyOnceAtATime() {
            CaseFile file = inPlanning();
            withId(file.addGoal(measurableGoal(), now()));
            assertRule(() -> file.requestApproval(ApprovalKind.PLAN, 99, now()), "case.approval.onlyWorker");
            file.requestApproval(ApprovalKind.PLAN, WORKER, now());
            assertRule(() -> file.requestApproval(ApprovalKind.PLAN, WORKER, now()), "case.approval.alreadyPending");
        }

        @Test
        void nobodyApprovesTheirOwnRequest() {
            CaseFile file = inPlanning();
            withId(file.addGoal(measurableGoal(), now()));
            file.requestApproval(ApprovalKind.PLAN, WORKER, now());
            assertRule(() -> file.decideApproval(ApprovalKind.PLAN, true, WORKER, true, null, now()),
                    "case.approval.ownRequest");
        }

        @Test
        void anotherTeamsSupervisorCannotDecide() {
            CaseFile file = inPlanning();
            withId(file.addGoal(measurableGoal(), now()));
            file.requestApproval(ApprovalKind.PLAN, WORKER, now());
            assertRule(() -> file.decideApproval(ApprovalKind.PLAN, true, 77, false, null, now()),
                    "case.approval.notTheirTeam");
        }

        @Test
        void returningNeedsACommentAndLeavesThePlanUnapproved() {
            CaseFile file = inPlanning();
            withId(file.addGoal(measurableGoal(), now()));
            file.requestApproval(ApprovalKind.PLAN, WORKER, now());
            assertRule(() -> file.decideApproval(ApprovalKind.PLAN, false, SUPERVISOR, true, " ", now()),
                    "case.approval.commentRequired");
            file.decideApproval(ApprovalKind.PLAN, false, SUPERVISOR, true, "Indikator kurang jelas", now());
            assertThat(file.isPlanApproved()).isFalse();
            assertThat(file.getApprovals()).singleElement().satisfies(a -> {
                assertThat(a.getState()).isEqualTo(ApprovalState.RETURNED);
                assertThat(a.getComment()).isEqualTo("Indikator kurang jelas");
                assertThat(a.getDecidedBy()).isEqualTo(SUPERVISOR);
            });
            file.requestApproval(ApprovalKind.PLAN, WORKER, now());
            assertThat(file.pendingApproval(ApprovalKind.PLAN)).isPresent();
        }

        @Test
        void decidingWithNothingPendingIsRefused() {
            CaseFile file = inPlanning();
            assertRule(() -> file.decideApproval(ApprovalKind.PLAN, true, SUPERVISOR, true, null, now()),
                    "case.approval.nonePending");
        }

        @Test
        void thePlanCannotChangeWhileTheSupervisorLooksAtIt() {
            CaseFile file = inPlanning();
            Goal goal = withId(file.addGoal(measurableGoal(), now()));
            file.requestApproval(ApprovalKind.PLAN, WORKER, now());
            assertRule(() -> file.addGoal(measurableGoal(), now()), "case.approval.pendingNoChanges");
            assertRule(() -> file.reviseGoal(goal.getId(), measurableGoal(), now()), "case.approval.pendingNoChanges");
        }

        @Test
        void changingAnApprovedPlanWithdrawsTheApproval() {
            CaseFile file = planApproved();
            file.reviseGoal(file.getGoals().get(0).getId(), measurableGoal(), now());
            assertThat(file.isPlanApproved()).isFalse();
            assertMissing(() -> file.advanceTo(Stage.INTERVENTION, WORKER, null, now()), "checklist.planning.approved");
        }

        @Test
        void targetDateMayLieAheadButNotBeforeTheOpening() {
            CaseFile file = inPlanning();
            file.addGoal(new GoalPlan("x", "y", LocalDate.of(2027, 6, 1), null, List.of()), now());
            assertRule(() -> file.addGoal(new GoalPlan("x", "y", LocalDate.of(2026, 11, 1), null, List.of()), now()),
                    "case.date.beforeOpening");
        }
    }

    @Nested
    class Intervention {

        @Test
        void needsARecordedActivity() {
            CaseFile file = inIntervention();
            assertMissing(() -> file.advanceTo(Stage.EVALUATION, WORKER, null, now()),
                    "checklist.intervention.activity");
        }

        @Test
        void activitiesAndReferralsAreDatedWithinTheCase() {
            CaseFile file = inIntervention();
            assertRule(() -> file.recordActivity(LocalDate.of(2026, 11, 1), ActivityType.COUNSELLING, "x", null, null,
                    WORKER, now()), "case.date.beforeOpening");
            assertRule(() -> file.recordActivity(LocalDate.of(2026, 11, 23), ActivityType.COUNSELLING, "x", null, null,
                    WORKER, now()), "case.date.future");
            assertRule(() -> file.refer(ReferralDestination.DUKCAPIL, "Disdukcapil Binjai", "KTP", null, WORKER, now()),
                    "case.date.required");
            Referral referral = withId(file.refer(ReferralDestination.DUKCAPIL, "Disdukcapil Kota Binjai",
                    "Penerbitan KTP-el dan KK", LocalDate.of(2026, 11, 12), WORKER, now()));
            assertRule(() -> file.recordReferralOutcome(referral.getId(), "Terbit", LocalDate.of(2026, 11, 11), now()),
                    "case.date.beforeReferral");
            file.recordReferralOutcome(referral.getId(), "KTP-el terbit", LocalDate.of(2026, 11, 19), now());
            assertThat(referral.getOutcome()).isEqualTo("KTP-el terbit");
        }

        @Test
        void activitiesWaitForTheIntervention() {
            CaseFile file = inPlanning();
            assertRule(() -> file.recordActivity(LocalDate.of(2026, 11, 10), ActivityType.COUNSELLING, "x", null, null,
                    WORKER, now()), "case.stage.notYet");
        }

        @Test
        void anActivityLetsTheCaseMoveToEvaluation() {
            assertThat(inEvaluation().getStage()).isEqualTo(Stage.EVALUATION);
        }
    }

    @Nested
    class Evaluation {

        @Test
        void needsAResultForEveryGoalAndADecision() {
            CaseFile file = inEvaluation();
            withIdsOfNewGoals(file);
            assertMissing(() -> file.advanceTo(Stage.TERMINATION, WORKER, null, now()),
                    "checklist.evaluation.goals", "checklist.evaluation.decision");
            file.evaluateGoal(file.getGoals().get(0).getId(), GoalResult.PARTLY, "KTP terbit, KK belum", now());
            assertMissing(() -> file.advanceTo(Stage.TERMINATION, WORKER, null, now()),
                    "checklist.evaluation.decision");
        }

        @Test
        void goesForwardOnlyWhenTheDecisionIsToTerminate() {
            CaseFile file = inEvaluation();
            file.evaluateGoal(file.getGoals().get(0).getId(), GoalResult.PARTLY, "KK belum", now());
            file.decideEvaluation(EvaluationDecision.CONTINUE, LocalDate.of(2026, 11, 20), now());
            assertMissing(() -> file.advanceTo(Stage.TERMINATION, WORKER, null, now()),
                    "checklist.evaluation.decisionTerminate");
        }

        @Test
        void continuingGoesBackToInterventionWithAReason() {
            CaseFile file = inEvaluation();
            assertRule(() -> file.goBackTo(Stage.INTERVENTION, WORKER, " ", now()), "case.move.reasonRequired");
            file.goBackTo(Stage.INTERVENTION, WORKER, "KK belum terbit", now());
            assertThat(file.getStage()).isEqualTo(Stage.INTERVENTION);
            assertThat(file.isPlanApproved()).isTrue();
            StageTransition last = file.getTransitions().get(file.getTransitions().size() - 1);
            assertThat(last.getReason()).isEqualTo("KK belum terbit");
            assertThat(last.getFromStage()).isEqualTo(Stage.EVALUATION);
        }

        @Test
        void revisingGoesBackToPlanningAndThePlanNeedsApprovalAgain() {
            CaseFile file = inEvaluation();
            file.evaluateGoal(file.getGoals().get(0).getId(), GoalResult.NOT_ACHIEVED, "Ditolak", now());
            file.goBackTo(Stage.PLANNING, WORKER, "Tujuan perlu diubah", now());
            assertThat(file.getStage()).isEqualTo(Stage.PLANNING);
            assertThat(file.isPlanApproved()).isFalse();
            assertThat(file.getGoals().get(0).getResult()).isNull();
            assertThat(file.getEvaluationDecision()).isNull();
            assertMissing(() -> file.advanceTo(Stage.INTERVENTION, WORKER, null, now()), "checklist.planning.approved");
        }

        @ParameterizedTest
        @EnumSource(value = Stage.class, names = {"ENGAGEMENT", "ASSESSMENT", "EVALUATION", "TERMINATION"})
        void cannotGoBackAnywhereElse(Stage target) {
            CaseFile file = inEvaluation();
            assertRule(() -> file.goBackTo(target, WORKER, "alasan", now()), "case.move.notAllowed");
        }

        @Test
        void onlyEvaluationGoesBack() {
            CaseFile file = inIntervention();
            assertRule(() -> file.goBackTo(Stage.PLANNING, WORKER, "alasan", now()), "case.move.notAllowed");
        }

        private void withIdsOfNewGoals(CaseFile file) {
            file.getGoals().stream().filter(g -> g.getId() == null).forEach(CaseFileTest::withId);
        }
    }

    @Nested
    class Termination_ {

        @Test
        void needsAReasonASummaryAndTheSupervisorsApproval() {
            CaseFile file = inTermination();
            assertThat(file.checklist().missing())
                    .containsExactly("checklist.termination.reason", "checklist.termination.approved");
            assertMissing(() -> file.requestApproval(ApprovalKind.TERMINATION, WORKER, now()),
                    "checklist.termination.reason");
            file.recordTermination(termination(), now());
            assertThat(file.checklist().missing()).containsExactly("checklist.termination.approved");
        }

        @Test
        void thereIsNoStageAfterTermination() {
            CaseFile file = inTermination();
            assertRule(() -> file.advanceTo(Stage.TERMINATION, WORKER, null, now()), "case.move.notAllowed");
        }

        @Test
        void approvedTerminationClosesTheCase() {
            CaseFile file = inTermination();
            file.recordTermination(termination(), now());
            file.requestApproval(ApprovalKind.TERMINATION, WORKER, now());
            assertRule(() -> file.recordTermination(termination(), now()), "case.approval.pendingNoChanges");
            file.decideApproval(ApprovalKind.TERMINATION, false, SUPERVISOR, true, "Lengkapi rekomendasi", now());
            assertThat(file.isOpen()).isTrue();
            file.recordTermination(termination(), now());
            file.requestApproval(ApprovalKind.TERMINATION, WORKER, now());
            file.decideApproval(ApprovalKind.TERMINATION, true, SUPERVISOR, true, null, now());

            assertThat(file.getStatus()).isEqualTo(CaseStatus.CLOSED);
            assertThat(file.getClosedOn()).isEqualTo(LocalDate.of(2026, 11, 22));
            assertThat(file.checklist().complete()).isTrue();
            assertThat(events(file)).filteredOn(CaseClosed.class::isInstance).singleElement()
                    .extracting(e -> ((CaseClosed) e).reason()).isEqualTo(TerminationReason.GOALS_ACHIEVED);
            assertThat(file.getApprovals()).extracting(ApprovalRequest::getState)
                    .containsExactly(ApprovalState.APPROVED, ApprovalState.RETURNED, ApprovalState.APPROVED);
        }

        @Test
        void aClosedCaseTakesNoMoreWork() {
            CaseFile file = closedCase();
            assertRule(() -> file.recordActivity(LocalDate.of(2026, 11, 21), ActivityType.COUNSELLING, "x", null, null,
                    WORKER, now()), "case.closed");
            assertRule(() -> file.advanceTo(Stage.TERMINATION, WORKER, null, now()), "case.closed");
            assertRule(() -> file.requestApproval(ApprovalKind.PLAN, WORKER, now()), "case.closed");
        }

        @Test
        void aSupervisorReopensAClosedCaseIntoAssessmentWithAReason() {
            CaseFile file = closedCase();
            assertRule(() -> file.reopen(SUPERVISOR, "", now()), "case.move.reasonRequired");
            file.reopen(SUPERVISOR, "Klien kembali ke jalan", now());
            assertThat(file.isOpen()).isTrue();
            assertThat(file.getStage()).isEqualTo(Stage.ASSESSMENT);
            assertThat(file.getTermination()).isNull();
            assertThat(file.isPlanApproved()).isFalse();
            assertThat(events(file)).anyMatch(CaseReopened.class::isInstance);
            StageTransition last = file.getTransitions().get(file.getTransitions().size() - 1);
            assertThat(last.getFromStage()).isEqualTo(Stage.TERMINATION);
            assertThat(last.getToStage()).isEqualTo(Stage.ASSESSMENT);
            assertThat(last.getMovedBy()).isEqualTo(SUPERVISOR);
        }

        @Test
        void anOpenCaseCannotBeReopened() {
            assertRule(() -> openCase().reopen(SUPERVISOR, "alasan", now()), "case.reopen.notClosed");
        }
    }

    @Test
    void everyMoveOfAFullCaseIsRecordedInOrder() {
        CaseFile file = inTermination();
        assertThat(file.getTransitions()).extracting(StageTransition::getToStage).containsExactly(Stage.ENGAGEMENT,
                Stage.ASSESSMENT, Stage.PLANNING, Stage.INTERVENTION, Stage.EVALUATION, Stage.TERMINATION);
        assertThat(events(file)).filteredOn(CaseStageChanged.class::isInstance).hasSize(5);
    }

    @Test
    void reassigningNeedsAReasonAndIsRecorded() {
        CaseFile file = inAssessment();
        assertRule(() -> file.reassign(12, SUPERVISOR, " ", now()), "case.reassign.reasonRequired");
        file.reassign(12, SUPERVISOR, "Pindah wilayah kerja", now());
        assertThat(file.getWorkerId()).isEqualTo(12);
        assertThat(file.getAssignments()).extracting(CaseAssignment::getWorkerId).containsExactly(WORKER, 12L);
        assertThat(events(file)).filteredOn(CaseReassigned.class::isInstance).singleElement()
                .isEqualTo(new CaseReassigned(file.getId(), 5, WORKER, 12, SUPERVISOR,
                        file.getAssignments().get(1).getAssignedAt()));
        assertRule(() -> file.requestApproval(ApprovalKind.PLAN, WORKER, now()), "case.approval.onlyWorker");
    }

    @Test
    void notesAreDatedWithinTheCase() {
        CaseFile file = openCase();
        assertRule(() -> file.addNote(LocalDate.of(2026, 10, 1), "x", WORKER, false, now()), "case.date.beforeOpening");
        file.addNote(LocalDate.of(2026, 11, 3), "Klien datang ke kantor", WORKER, false, now());
        assertThat(file.getNotes()).singleElement().extracting(CaseNote::getText).isEqualTo("Klien datang ke kantor");
    }

    @Nested
    class Corrections {

        @Test
        void theFirstRecordIsNoCorrection() {
            CaseFile file = openCase();
            file.recordEngagement(engagement(true, "KTP hilang"), WORKER, now());
            assertThat(file.getChanges()).isEmpty();
        }

        @Test
        void correctingTheEngagementKeepsWhatItSaidBeforeAndWho() {
            CaseFile file = openCase();
            file.recordEngagement(engagement(true, "KTP hilang"), WORKER, now());
            file.recordEngagement(engagement(true, "KTP dan KK hilang"), SUPERVISOR, now());
            assertThat(file.getEngagement().presentingProblem()).isEqualTo("KTP dan KK hilang");
            assertThat(file.getChanges()).singleElement().satisfies(change -> {
                assertThat(change.getSection()).isEqualTo(RecordChange.Section.ENGAGEMENT);
                assertThat(change.getChangedBy()).isEqualTo(SUPERVISOR);
                assertThat(change.previousValues()).contains(java.util.Map.entry("case.engagement.presentingProblem", "KTP hilang"));
            });
        }

        @Test
        void savingTheSameEngagementAgainIsNoCorrection() {
            CaseFile file = openCase();
            file.recordEngagement(engagement(true, "KTP hilang"), WORKER, now());
            file.recordEngagement(engagement(true, "KTP hilang"), WORKER, now());
            assertThat(file.getChanges()).isEmpty();
        }

        @Test
        void revisingAGoalKeepsTheGoalAsItWas() {
            CaseFile file = inPlanning();
            Goal goal = withId(file.addGoal(measurableGoal(), now()));
            file.reviseGoal(goal.getId(), new GoalPlan("KTP-el terbit", "KTP-el diterima", LocalDate.of(2027, 2, 1),
                    null, List.of()), WORKER, now());
            assertThat(file.getChanges()).singleElement().satisfies(change -> {
                assertThat(change.getSection()).isEqualTo(RecordChange.Section.GOAL);
                assertThat(change.previousValues()).contains(java.util.Map.entry("case.goal.description", "KTP-el dan KK terbit"));
            });
        }

        @Test
        void reassessingKeepsThePreviousAssessmentAndReplacesItsProblems() {
            CaseFile file = inPlanning();
            file.recordAssessment(List.of(new ProblemEntry("Tidak punya rumah", BarrierCategory.HOUSING)), null, null,
                    List.of(), RiskLevel.HIGH, WORKER, now());
            assertThat(file.getProblems()).extracting(CaseProblem::getDescription).containsExactly("Tidak punya rumah");
            assertThat(file.getChanges()).singleElement().satisfies(change -> assertThat(change.previousValues())
                    .contains(java.util.Map.entry("case.assessment.problems",
                            "[{{case.category.ADMINISTRATIVE}}: Dokumen hilang]")));
        }
        @Test
        void correctingAnActivityKeepsWhatItSaidBeforeAndWhoRecordedIt() {
            CaseFile file = inIntervention();
            long goalId = file.getGoals().get(0).getId();
            CaseActivity activity = withId(file.recordActivity(LocalDate.of(2026, 11, 10), ActivityType.COUNSELLING,
                    "Konseling", null, goalId, WORKER, now()));
            file.correctActivity(activity.getId(), LocalDate.of(2026, 11, 11), ActivityType.DOCUMENT_FACILITATION,
                    "Ke Dukcapil", "Formulir diserahkan", null, SUPERVISOR, now());
            assertThat(activity.getDoneOn()).isEqualTo(LocalDate.of(2026, 11, 11));
            assertThat(activity.getType()).isEqualTo(ActivityType.DOCUMENT_FACILITATION);
            assertThat(activity.getOutcome()).isEqualTo("Formulir diserahkan");
            assertThat(activity.getGoalId()).isNull();
            assertThat(activity.getRecordedBy()).as("the one who recorded it stays").isEqualTo(WORKER);
            assertThat(file.getChanges()).singleElement().satisfies(change -> {
                assertThat(change.getSection()).isEqualTo(RecordChange.Section.ACTIVITY);
                assertThat(change.getChangedBy()).isEqualTo(SUPERVISOR);
                assertThat(change.previousValues()).containsExactly(
                        java.util.Map.entry("case.activity.doneOn", "2026-11-10"),
                        java.util.Map.entry("case.activity.type", "{{case.activityType.COUNSELLING}}"),
                        java.util.Map.entry("case.activity.description", "Konseling"),
                        java.util.Map.entry("case.activity.outcome", ""),
                        java.util.Map.entry("case.activity.goal", "KTP-el dan KK terbit"));
            });
        }

        @Test
        void anActivityIsCorrectedWithinTheCaseDatesAndGoalsOnly() {
            CaseFile file = inIntervention();
            CaseActivity activity = withId(file.recordActivity(LocalDate.of(2026, 11, 10), ActivityType.COUNSELLING,
                    "Konseling", null, null, WORKER, now()));
            long id = activity.getId();
            assertRule(() -> file.correctActivity(id, LocalDate.of(2026, 11, 1), ActivityType.COUNSELLING, "x", null,
                    null, WORKER, now()), "case.date.beforeOpening");
            assertRule(() -> file.correctActivity(id, LocalDate.of(2026, 11, 23), ActivityType.COUNSELLING, "x", null,
                    null, WORKER, now()), "case.date.future");
            assertRule(() -> file.correctActivity(id, null, ActivityType.COUNSELLING, "x", null, null, WORKER, now()),
                    "case.date.required");
            assertRule(() -> file.correctActivity(id, LocalDate.of(2026, 11, 10), ActivityType.COUNSELLING, "x", null,
                    999_999L, WORKER, now()), "case.goal.unknown");
            assertRule(() -> file.correctActivity(999_999L, LocalDate.of(2026, 11, 10), ActivityType.COUNSELLING, "x",
                    null, null, WORKER, now()), "case.activity.unknown");
            file.correctActivity(id, LocalDate.of(2026, 11, 10), ActivityType.COUNSELLING, "Konseling", null, null,
                    WORKER, now());
            assertThat(file.getChanges()).as("refused and unchanged saves are no corrections").isEmpty();
            assertThat(activity.getDescription()).isEqualTo("Konseling");
        }

        @Test
        void correctingAReferralKeepsWhereAndWhenItWasSent() {
            CaseFile file = inIntervention();
            Referral referral = withId(file.refer(ReferralDestination.DUKCAPIL, "Disdukcapil Binjai", "KTP",
                    LocalDate.of(2026, 11, 12), WORKER, now()));
            file.correctReferral(referral.getId(), ReferralDestination.HEALTH_SERVICE, "Puskesmas Binjai Selatan",
                    "Pemeriksaan", LocalDate.of(2026, 11, 13), WORKER, now());
            assertThat(referral.getDestinationName()).isEqualTo("Puskesmas Binjai Selatan");
            assertThat(referral.getSentOn()).isEqualTo(LocalDate.of(2026, 11, 13));
            assertThat(file.getChanges()).singleElement().satisfies(change -> {
                assertThat(change.getSection()).isEqualTo(RecordChange.Section.REFERRAL);
                assertThat(change.previousValues()).containsExactly(
                        java.util.Map.entry("case.referral.destinationType", "{{case.destination.DUKCAPIL}}"),
                        java.util.Map.entry("case.referral.destinationName", "Disdukcapil Binjai"),
                        java.util.Map.entry("case.referral.reason", "KTP"),
                        java.util.Map.entry("case.referral.sentOn", "2026-11-12"));
            });
        }

        @Test
        void aReferralIsNotSentAfterItsOutcomeNorOutsideTheCase() {
            CaseFile file = inIntervention();
            Referral referral = withId(file.refer(ReferralDestination.DUKCAPIL, "Disdukcapil Binjai", "KTP",
                    LocalDate.of(2026, 11, 12), WORKER, now()));
            file.recordReferralOutcome(referral.getId(), "KTP-el terbit", LocalDate.of(2026, 11, 15), WORKER, now());
            long id = referral.getId();
            assertRule(() -> file.correctReferral(id, ReferralDestination.DUKCAPIL, "Disdukcapil Binjai", "KTP",
                    LocalDate.of(2026, 11, 16), WORKER, now()), "case.date.afterOutcome");
            assertRule(() -> file.correctReferral(id, ReferralDestination.DUKCAPIL, "Disdukcapil Binjai", "KTP",
                    LocalDate.of(2026, 10, 30), WORKER, now()), "case.date.beforeOpening");
            assertRule(() -> file.correctReferral(999_999L, ReferralDestination.DUKCAPIL, "x", "y",
                    LocalDate.of(2026, 11, 12), WORKER, now()), "case.referral.unknown");
            assertThat(file.getChanges()).isEmpty();
        }

        @Test
        void correctingAReferralOutcomeKeepsThePreviousOutcome() {
            CaseFile file = inIntervention();
            Referral referral = withId(file.refer(ReferralDestination.DUKCAPIL, "Disdukcapil Binjai", "KTP",
                    LocalDate.of(2026, 11, 12), WORKER, now()));
            file.recordReferralOutcome(referral.getId(), "Diproses", LocalDate.of(2026, 11, 14), WORKER, now());
            assertThat(file.getChanges()).as("the first outcome is no correction").isEmpty();
            file.recordReferralOutcome(referral.getId(), "Diproses", LocalDate.of(2026, 11, 14), WORKER, now());
            assertThat(file.getChanges()).as("the same outcome again is no correction").isEmpty();
            file.recordReferralOutcome(referral.getId(), "KTP-el terbit", LocalDate.of(2026, 11, 19), SUPERVISOR, now());
            assertThat(referral.getOutcome()).isEqualTo("KTP-el terbit");
            assertThat(file.getChanges()).singleElement().satisfies(change -> {
                assertThat(change.getSection()).isEqualTo(RecordChange.Section.REFERRAL);
                assertThat(change.getChangedBy()).isEqualTo(SUPERVISOR);
                assertThat(change.previousValues()).containsExactly(
                        java.util.Map.entry("case.referral.destinationName", "Disdukcapil Binjai"),
                        java.util.Map.entry("case.referral.outcome", "Diproses"),
                        java.util.Map.entry("case.referral.outcomeOn", "2026-11-14"));
            });
        }

        @Test
        void reEvaluatingKeepsTheResultsAndTheDecisionAsTheyWere() {
            CaseFile file = inEvaluation();
            long goalId = file.getGoals().get(0).getId();
            file.recordEvaluation(java.util.Map.of(goalId, GoalResult.PARTLY), java.util.Map.of(goalId, "KK belum"),
                    EvaluationDecision.CONTINUE, LocalDate.of(2026, 11, 20), WORKER, now());
            assertThat(file.getChanges()).as("the first evaluation is no correction").isEmpty();
            file.recordEvaluation(java.util.Map.of(goalId, GoalResult.ACHIEVED), java.util.Map.of(goalId, "KK terbit"),
                    EvaluationDecision.TERMINATE, LocalDate.of(2026, 11, 21), SUPERVISOR, now());
            assertThat(file.getGoals().get(0).getResult()).isEqualTo(GoalResult.ACHIEVED);
            assertThat(file.getEvaluationDecision()).isEqualTo(EvaluationDecision.TERMINATE);
            assertThat(file.getChanges()).singleElement().satisfies(change -> {
                assertThat(change.getSection()).isEqualTo(RecordChange.Section.EVALUATION);
                assertThat(change.getChangedBy()).isEqualTo(SUPERVISOR);
                assertThat(change.previousValues()).containsExactly(
                        java.util.Map.entry("case.evaluation.results",
                                "[KTP-el dan KK terbit: {{case.result.PARTLY}} — KK belum]"),
                        java.util.Map.entry("case.evaluation.decision", "{{case.decision.CONTINUE}}"),
                        java.util.Map.entry("case.evaluation.evaluatedOn", "2026-11-20"));
            });
        }

        @Test
        void savingTheSameEvaluationAgainIsNoCorrectionAndADecisionNeedsADateWithinTheCase() {
            CaseFile file = inEvaluation();
            long goalId = file.getGoals().get(0).getId();
            var results = java.util.Map.of(goalId, GoalResult.PARTLY);
            var evidence = java.util.Map.of(goalId, "KK belum");
            file.recordEvaluation(results, evidence, EvaluationDecision.CONTINUE, LocalDate.of(2026, 11, 20), WORKER,
                    now());
            file.recordEvaluation(results, evidence, EvaluationDecision.CONTINUE, LocalDate.of(2026, 11, 20), WORKER,
                    now());
            assertThat(file.getChanges()).isEmpty();
            assertRule(() -> file.recordEvaluation(results, evidence, EvaluationDecision.TERMINATE,
                    LocalDate.of(2026, 11, 23), WORKER, now()), "case.date.future");
            assertRule(() -> file.recordEvaluation(java.util.Map.of(999_999L, GoalResult.PARTLY), java.util.Map.of(),
                    null, null, WORKER, now()), "case.goal.unknown");
            assertThat(file.getEvaluationDecision()).isEqualTo(EvaluationDecision.CONTINUE);
            assertThat(file.getChanges()).isEmpty();
        }

        @Test
        void inTerminationTheEvaluationIsCorrectedButItsDecisionStays() {
            CaseFile file = inTermination();
            long goalId = file.getGoals().get(0).getId();
            assertRule(() -> file.recordEvaluation(java.util.Map.of(goalId, GoalResult.PARTLY), java.util.Map.of(),
                    EvaluationDecision.CONTINUE, LocalDate.of(2026, 11, 20), WORKER, now()),
                    "case.evaluation.decisionFixed");
            file.recordEvaluation(java.util.Map.of(goalId, GoalResult.ACHIEVED), java.util.Map.of(goalId, "KTP-el dan KK terbit"),
                    EvaluationDecision.TERMINATE, LocalDate.of(2026, 11, 20), WORKER, now());
            assertThat(file.getGoals().get(0).getEvidence()).isEqualTo("KTP-el dan KK terbit");
            assertThat(file.getChanges()).singleElement().satisfies(change -> assertThat(change.previousValues())
                    .contains(java.util.Map.entry("case.evaluation.results",
                            "[KTP-el dan KK terbit: {{case.result.ACHIEVED}} — KTP-el terbit]")));
            file.recordTermination(termination(), now());
            file.requestApproval(ApprovalKind.TERMINATION, WORKER, now());
            assertRule(() -> file.recordEvaluation(java.util.Map.of(goalId, GoalResult.PARTLY), java.util.Map.of(),
                    null, null, WORKER, now()), "case.approval.pendingNoChanges");
            assertThat(file.getGoals().get(0).getResult()).isEqualTo(GoalResult.ACHIEVED);
        }

        @Test
        void theEvaluationWaitsForItsStage() {
            CaseFile file = inIntervention();
            long goalId = file.getGoals().get(0).getId();
            assertRule(() -> file.recordEvaluation(java.util.Map.of(goalId, GoalResult.PARTLY), java.util.Map.of(),
                    null, null, WORKER, now()), "case.stage.wrong");
        }

        @Test
        void reopeningKeepsTheEvaluationAndTerminationItClears() {
            CaseFile file = closedCase();
            file.reopen(SUPERVISOR, "Klien kembali ke jalan", now());
            assertThat(file.getChanges()).extracting(RecordChange::getSection)
                    .containsExactly(RecordChange.Section.EVALUATION, RecordChange.Section.TERMINATION);
            assertThat(file.getChanges().get(1).previousValues()).contains(
                    java.util.Map.entry("case.termination.reason", "{{case.terminationReason.GOALS_ACHIEVED}}"),
                    java.util.Map.entry("case.termination.summary", "Dokumen lengkap, diusulkan ke DTSEN"));
        }

        @Test
        void aClosedCaseTakesNoCorrections() {
            CaseFile file = closedCase();
            long activityId = withId(file.getActivities().get(0)).getId();
            assertRule(() -> file.correctActivity(activityId, LocalDate.of(2026, 11, 10), ActivityType.COUNSELLING,
                    "x", null, null, WORKER, now()), "case.closed");
            assertRule(() -> file.correctReferral(1L, ReferralDestination.DUKCAPIL, "x", "y", LocalDate.of(2026, 11, 10),
                    WORKER, now()), "case.closed");
            assertRule(() -> file.recordEvaluation(java.util.Map.of(), java.util.Map.of(), null, null, WORKER, now()),
                    "case.closed");
            assertThat(file.getChanges()).isEmpty();
        }
    }

    @Test
    void caseNumbersHaveSixDigitsAfterTheYear() {
        assertThat(CaseNumbers.format(2026, 123)).isEqualTo("KS-2026-000123");
    }
}
