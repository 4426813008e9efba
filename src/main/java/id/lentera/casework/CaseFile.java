package id.lentera.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import id.lentera.casework.CaseEvents.CaseClosed;
import id.lentera.casework.CaseEvents.CaseOpened;
import id.lentera.casework.CaseEvents.CaseReassigned;
import id.lentera.casework.CaseEvents.CaseReopened;
import id.lentera.casework.CaseEvents.CaseStageChanged;
import id.lentera.shared.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A case (kasus): one client, one responsible worker, and the six stages it moves through. The
 * case owns its rules: what each stage must hold before the case moves on ({@link #checklist()}),
 * which moves are allowed ({@link #advanceTo}, {@link #goBackTo}), and the approvals a supervisor
 * gives. Every move, assignment and approval is kept.
 */
@Entity
@Table(name = "case_file")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CaseFile extends AbstractEntity {

    private String number;
    private Long clientId;
    private Long householdId;
    private Long workerId;
    private Long teamId;
    private LocalDate openedOn;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    private Instant stageSince;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Enumerated(EnumType.STRING)
    private RiskLevel riskLevel;
    private LocalDate closedOn;
    private Instant lastActivityAt;
    // the client's current kecamatan (e.g. 12.75.05) for the figures; written when the case is
    // opened, later only by CaseKecamatan's update when the client moves (never by a case save,
    // so a move does not make open forms of the case stale)
    @Column(updatable = false)
    private String kecamatan;

    @Embedded
    private Engagement engagement;

    private String strengths;
    private String needs;

    private boolean planApproved;

    @Enumerated(EnumType.STRING)
    private EvaluationDecision evaluationDecision;
    private LocalDate evaluatedOn;

    @Embedded
    private Termination termination;

    // replaced as a whole on each save of the assessment; the replaced rows live on in the record changes
    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CaseProblem> problems = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CaseRelation> relations = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Goal> goals = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("doneOn, id")
    private List<CaseActivity> activities = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("sentOn, id")
    private List<Referral> referrals = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("movedAt, id")
    private List<StageTransition> transitions = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("requestedAt, id")
    private List<ApprovalRequest> approvals = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("assignedAt, id")
    private List<CaseAssignment> assignments = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("writtenAt, id")
    private List<CaseNote> notes = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("changedAt, id")
    private List<RecordChange> changes = new ArrayList<>();

    /** Events are built when published, once the case has its id. */
    @Transient
    private final List<Supplier<Object>> pendingEvents = new ArrayList<>();

    /** The kecamatan of the client's current kelurahan code (e.g. {@code 12.75.05.1001}), or none. */
    static String kecamatanOf(String kelurahanCode) {
        return kelurahanCode == null || kelurahanCode.length() < 8 ? null : kelurahanCode.substring(0, 8);
    }

    /** Where the client of a case being opened lives now (their current kelurahan code, or null). */
    void clientLivesIn(String kelurahanCode) {
        this.kecamatan = kecamatanOf(kelurahanCode);
    }

    /**
     * Opens a case in the engagement stage.
     *
     * @param number the human-readable number, e.g. {@code KS-2026-000123}
     */
    public static CaseFile open(String number, long clientId, Long householdId, long workerId, Long teamId,
            LocalDate openedOn, long openedBy, Now now) {
        CaseFile file = new CaseFile();
        file.number = number;
        file.clientId = clientId;
        file.householdId = householdId;
        file.workerId = workerId;
        file.teamId = teamId;
        file.openedOn = openedOn;
        file.stage = Stage.ENGAGEMENT;
        file.stageSince = now.instant();
        file.status = CaseStatus.OPEN;
        file.lastActivityAt = now.instant();
        file.transitions.add(new StageTransition(file, null, Stage.ENGAGEMENT, openedBy, now.instant(), null));
        file.assignments.add(new CaseAssignment(file, workerId, openedBy, now.instant(), null));
        file.pendingEvents.add(() -> new CaseOpened(file.getId(), clientId, workerId, teamId, now.instant()));
        return file;
    }

    // --- what each stage records

    void recordEngagement(Engagement engagement, Now now) {
        recordEngagement(engagement, workerId, now);
    }

    /** Records or corrects the engagement; a correction keeps what it said before. */
    public void recordEngagement(Engagement engagement, long by, Now now) {
        requireOpen();
        requireNotFuture(engagement.firstContactOn(), now);
        if (this.engagement != null && !this.engagement.equals(engagement)) {
            Engagement e = this.engagement;
            keepPrevious(RecordChange.Section.ENGAGEMENT, RecordChange.values(
                    "case.engagement.firstContactOn", e.firstContactOn(),
                    "case.engagement.firstContactPlace", e.firstContactPlace(),
                    "case.engagement.referralSource", RecordChange.label("case.referralSource.", e.referralSource()),
                    "case.engagement.presentingProblem", e.presentingProblem(),
                    "case.engagement.consentToHelp", e.consentToHelp(),
                    "case.engagement.consentToShare", e.consentToShare(),
                    "case.engagement.agreedFocus", e.agreedFocus()), by, now);
        }
        this.engagement = engagement;
        touch(now);
    }

    /** The assessment as a whole: problems with their categories, strengths, needs, relations, risk. */
    void recordAssessment(Collection<ProblemEntry> problems, String strengths, String needs,
            Collection<RelationEntry> relations, RiskLevel riskLevel, Now now) {
        recordAssessment(problems, strengths, needs, relations, riskLevel, workerId, now);
    }

    /** Records or corrects the assessment; a correction keeps what it said before. */
    public void recordAssessment(Collection<ProblemEntry> problems, String strengths, String needs,
            Collection<RelationEntry> relations, RiskLevel riskLevel, long by, Now now) {
        requireOpen();
        requireReached(Stage.ASSESSMENT);
        if (!this.problems.isEmpty() || !this.relations.isEmpty() || this.strengths != null || this.needs != null
                || this.riskLevel != null) {
            keepPrevious(RecordChange.Section.ASSESSMENT, RecordChange.values(
                    "case.assessment.problems", this.problems.stream()
                            .map(p -> RecordChange.label("case.category.", p.getCategory()) + ": " + p.getDescription())
                            .toList(),
                    "case.assessment.strengths", this.strengths,
                    "case.assessment.needs", this.needs,
                    "case.assessment.relations", this.relations.stream()
                            .map(r -> RecordChange.label("case.scope.", r.getScope()) + " " + r.getParty() + " ("
                                    + RecordChange.label("case.quality.", r.getQuality()) + ") "
                                    + (r.getNote() == null ? "" : r.getNote())).toList(),
                    "case.assessment.riskLevel", RecordChange.label("case.risk.", this.riskLevel)), by, now);
        }
        this.problems.clear();
        problems.forEach(p -> this.problems.add(new CaseProblem(this, p.description(), p.category())));
        this.relations.clear();
        relations.forEach(r -> this.relations.add(new CaseRelation(this, r.scope(), r.party(), r.quality(), r.note())));
        this.strengths = strengths;
        this.needs = needs;
        this.riskLevel = riskLevel;
        touch(now);
    }

    /** A new goal. In the planning stage this withdraws an approval already given: the plan changed. */
    public Goal addGoal(GoalPlan plan, Now now) {
        requireOpen();
        requireReached(Stage.PLANNING);
        requireTargetDate(plan.targetDate());
        planChanges();
        Goal goal = new Goal(this, plan);
        goals.add(goal);
        touch(now);
        return goal;
    }

    void reviseGoal(long goalId, GoalPlan plan, Now now) {
        reviseGoal(goalId, plan, workerId, now);
    }

    /** Corrects a goal; what it said before is kept. */
    public void reviseGoal(long goalId, GoalPlan plan, long by, Now now) {
        requireOpen();
        requireTargetDate(plan.targetDate());
        Goal goal = goal(goalId);
        planChanges();
        keepPrevious(RecordChange.Section.GOAL, RecordChange.values(
                "case.goal.description", goal.getDescription(),
                "case.goal.indicator", goal.getIndicator(),
                "case.goal.targetDate", goal.getTargetDate(),
                "case.goal.responsible", goal.getResponsible(),
                "case.goal.plannedActivities", goal.getPlannedActivities()), by, now);
        goal.revise(plan);
        touch(now);
    }

    public CaseActivity recordActivity(LocalDate doneOn, ActivityType type, String description, String outcome,
            Long goalId, long by, Now now) {
        requireOpen();
        requireReached(Stage.INTERVENTION);
        requireWithinCase(doneOn, now);
        if (goalId != null) {
            goal(goalId);
        }
        CaseActivity activity = new CaseActivity(this, doneOn, type, description, outcome, goalId, by, now.instant());
        activities.add(activity);
        touch(now);
        return activity;
    }

    public Referral refer(ReferralDestination destination, String destinationName, String reason, LocalDate sentOn,
            long by, Now now) {
        requireOpen();
        requireReached(Stage.INTERVENTION);
        requireWithinCase(sentOn, now);
        Referral referral = new Referral(this, destination, destinationName, reason, sentOn, by, now.instant());
        referrals.add(referral);
        touch(now);
        return referral;
    }

    /** Corrects a recorded activity; what it said before is kept. */
    public void correctActivity(long activityId, LocalDate doneOn, ActivityType type, String description,
            String outcome, Long goalId, long by, Now now) {
        requireOpen();
        CaseActivity activity = activity(activityId);
        requireWithinCase(doneOn, now);
        if (goalId != null) {
            goal(goalId);
        }
        if (activity.sameAs(doneOn, type, description, outcome, goalId)) {
            return;
        }
        keepPrevious(RecordChange.Section.ACTIVITY, RecordChange.values(
                "case.activity.doneOn", activity.getDoneOn(),
                "case.activity.type", RecordChange.label("case.activityType.", activity.getType()),
                "case.activity.description", activity.getDescription(),
                "case.activity.outcome", activity.getOutcome(),
                "case.activity.goal", activity.getGoalId() == null ? null : goal(activity.getGoalId()).getDescription()),
                by, now);
        activity.correct(doneOn, type, description, outcome, goalId);
        touch(now);
    }

    /** Corrects where and when a referral was sent; what it said before is kept. */
    public void correctReferral(long referralId, ReferralDestination destination, String destinationName,
            String reason, LocalDate sentOn, long by, Now now) {
        requireOpen();
        Referral referral = referral(referralId);
        requireWithinCase(sentOn, now);
        if (referral.getOutcomeOn() != null && sentOn.isAfter(referral.getOutcomeOn())) {
            throw new CaseRuleException("case.date.afterOutcome");
        }
        if (referral.sameAs(destination, destinationName, reason, sentOn)) {
            return;
        }
        keepPrevious(RecordChange.Section.REFERRAL, RecordChange.values(
                "case.referral.destinationType", RecordChange.label("case.destination.", referral.getDestinationType()),
                "case.referral.destinationName", referral.getDestinationName(),
                "case.referral.reason", referral.getReason(),
                "case.referral.sentOn", referral.getSentOn()), by, now);
        referral.correct(destination, destinationName, reason, sentOn);
        touch(now);
    }

    void recordReferralOutcome(long referralId, String outcome, LocalDate on, Now now) {
        recordReferralOutcome(referralId, outcome, on, workerId, now);
    }

    /** Records or corrects what came of a referral; a correction keeps what it said before. */
    public void recordReferralOutcome(long referralId, String outcome, LocalDate on, long by, Now now) {
        requireOpen();
        Referral referral = referral(referralId);
        requireWithinCase(on, now);
        if (on.isBefore(referral.getSentOn())) {
            throw new CaseRuleException("case.date.beforeReferral");
        }
        if (referral.getOutcome() != null
                && !(referral.getOutcome().equals(outcome) && on.equals(referral.getOutcomeOn()))) {
            keepPrevious(RecordChange.Section.REFERRAL, RecordChange.values(
                    "case.referral.destinationName", referral.getDestinationName(),
                    "case.referral.outcome", referral.getOutcome(),
                    "case.referral.outcomeOn", referral.getOutcomeOn()), by, now);
        }
        referral.recordOutcome(outcome, on);
        touch(now);
    }

    void evaluateGoal(long goalId, GoalResult result, String evidence, Now now) {
        recordEvaluation(java.util.Map.of(goalId, result), evidence == null ? java.util.Map.of()
                : java.util.Map.of(goalId, evidence), null, null, workerId, now);
    }

    void decideEvaluation(EvaluationDecision decision, LocalDate on, Now now) {
        recordEvaluation(java.util.Map.of(), java.util.Map.of(), decision, on, workerId, now);
    }

    /**
     * Records or corrects the evaluation: a result and evidence per goal, and (when given) the
     * decision and its date. A correction keeps the whole evaluation as it was before. In the
     * termination stage the evaluation may still be corrected, but its decision stays "terminate"
     * (it is what brought the case there) and not while the termination awaits approval.
     */
    public void recordEvaluation(java.util.Map<Long, GoalResult> results, java.util.Map<Long, String> evidence,
            EvaluationDecision decision, LocalDate on, long by, Now now) {
        requireOpen();
        if (stage == Stage.TERMINATION) {
            if (pendingApproval(ApprovalKind.TERMINATION).isPresent()) {
                throw new CaseRuleException("case.approval.pendingNoChanges");
            }
            if (decision != null && decision != EvaluationDecision.TERMINATE) {
                throw new CaseRuleException("case.evaluation.decisionFixed");
            }
        } else {
            requireStage(Stage.EVALUATION);
        }
        results.keySet().forEach(this::goal);
        if (decision != null) {
            requireWithinCase(on, now);
        }
        boolean corrects = results.entrySet().stream().anyMatch(e -> {
            Goal goal = goal(e.getKey());
            return goal.getResult() != null && !(goal.getResult() == e.getValue()
                    && java.util.Objects.equals(goal.getEvidence(), evidence.get(e.getKey())));
        }) || (decision != null && evaluationDecision != null
                && !(decision == evaluationDecision && on.equals(evaluatedOn)));
        if (corrects) {
            keepPrevious(RecordChange.Section.EVALUATION, evaluationValues(), by, now);
        }
        results.forEach((goalId, result) -> goal(goalId).evaluate(result, evidence.get(goalId)));
        if (decision != null) {
            this.evaluationDecision = decision;
            this.evaluatedOn = on;
        }
        touch(now);
    }

    void recordTermination(Termination termination, Now now) {
        recordTermination(termination, workerId, now);
    }

    /** Records or corrects the termination; a correction keeps what it said before. */
    public void recordTermination(Termination termination, long by, Now now) {
        requireOpen();
        requireStage(Stage.TERMINATION);
        requireWithinCase(termination.terminatedOn(), now);
        if (pendingApproval(ApprovalKind.TERMINATION).isPresent()) {
            throw new CaseRuleException("case.approval.pendingNoChanges");
        }
        if (this.termination != null && !this.termination.equals(termination)) {
            keepPrevious(RecordChange.Section.TERMINATION, terminationValues(), by, now);
        }
        this.termination = termination;
        touch(now);
    }

    public CaseNote addNote(LocalDate on, String text, long by, boolean supervision, Now now) {
        requireWithinCase(on, now);
        CaseNote note = new CaseNote(this, on, text, by, now.instant(), supervision);
        notes.add(note);
        touch(now);
        return note;
    }

    // --- the stage machine

    /** What the current stage still needs before the case may move on. */
    public Checklist checklist() {
        return checklist(stage);
    }

    Checklist checklist(Stage of) {
        List<Checklist.Item> items = new ArrayList<>();
        switch (of) {
            case ENGAGEMENT -> {
                items.add(new Checklist.Item("checklist.engagement.consent",
                        engagement != null && engagement.consentToHelp()));
                items.add(new Checklist.Item("checklist.engagement.problem",
                        engagement != null && engagement.hasPresentingProblem()));
            }
            case ASSESSMENT -> items.add(new Checklist.Item("checklist.assessment.problem",
                    problems.stream().anyMatch(p -> p.getCategory() != null)));
            case PLANNING -> {
                items.add(new Checklist.Item("checklist.planning.goal", goals.stream().anyMatch(Goal::measurable)));
                items.add(new Checklist.Item("checklist.planning.approved", planApproved));
            }
            case INTERVENTION -> items.add(new Checklist.Item("checklist.intervention.activity", !activities.isEmpty()));
            case EVALUATION -> {
                items.add(new Checklist.Item("checklist.evaluation.goals",
                        !goals.isEmpty() && goals.stream().allMatch(g -> g.getResult() != null)));
                items.add(new Checklist.Item("checklist.evaluation.decision", evaluationDecision != null));
            }
            case TERMINATION -> {
                items.add(new Checklist.Item("checklist.termination.reason",
                        termination != null && termination.complete()));
                items.add(new Checklist.Item("checklist.termination.approved", status == CaseStatus.CLOSED));
            }
        }
        return new Checklist(of, items);
    }

    /**
     * One stage forward, when the current stage's checklist is complete. From evaluation the way
     * forward is termination, and only when the evaluation decided to terminate.
     */
    public void advanceTo(Stage target, long by, String reason, Now now) {
        requireOpen();
        if (target != stage.next() || target == null) {
            throw new CaseRuleException("case.move.notAllowed");
        }
        List<String> missing = new ArrayList<>(checklist().missing());
        if (stage == Stage.EVALUATION && evaluationDecision != null && evaluationDecision != EvaluationDecision.TERMINATE) {
            missing.add("checklist.evaluation.decisionTerminate");
        }
        if (!missing.isEmpty()) {
            throw new CaseRuleException("case.move.missing", missing);
        }
        move(target, by, reason, now);
    }

    /**
     * From evaluation back to planning (revise the plan: it needs approval again) or to
     * intervention (continue), always with a reason.
     */
    public void goBackTo(Stage target, long by, String reason, Now now) {
        requireOpen();
        if (stage != Stage.EVALUATION || (target != Stage.PLANNING && target != Stage.INTERVENTION)) {
            throw new CaseRuleException("case.move.notAllowed");
        }
        if (reason == null || reason.isBlank()) {
            throw new CaseRuleException("case.move.reasonRequired");
        }
        if (target == Stage.PLANNING) {
            planApproved = false;
        }
        goals.forEach(Goal::clearEvaluation);
        evaluationDecision = null;
        evaluatedOn = null;
        move(target, by, reason, now);
    }

    // --- approvals

    /** The responsible worker asks for the plan or the termination to be approved. */
    public ApprovalRequest requestApproval(ApprovalKind kind, long by, Now now) {
        requireOpen();
        if (by != workerId) {
            throw new CaseRuleException("case.approval.onlyWorker");
        }
        if (pendingApproval(kind).isPresent()) {
            throw new CaseRuleException("case.approval.alreadyPending");
        }
        if (kind == ApprovalKind.PLAN) {
            requireStage(Stage.PLANNING);
            if (planApproved) {
                throw new CaseRuleException("case.approval.alreadyApproved");
            }
            if (goals.stream().noneMatch(Goal::measurable)) {
                throw new CaseRuleException("case.move.missing", List.of("checklist.planning.goal"));
            }
        } else {
            requireStage(Stage.TERMINATION);
            if (termination == null || !termination.complete()) {
                throw new CaseRuleException("case.move.missing", List.of("checklist.termination.reason"));
            }
        }
        ApprovalRequest request = new ApprovalRequest(this, kind, by, now.instant());
        approvals.add(request);
        touch(now);
        return request;
    }

    /**
     * The supervisor approves or returns a pending request. Nobody decides their own request; a
     * returned request needs a comment. An approved termination closes the case.
     *
     * @param supervisorLeadsTeam whether the deciding supervisor leads this case's team (the caller knows)
     */
    public void decideApproval(ApprovalKind kind, boolean approve, long supervisor, boolean supervisorLeadsTeam,
            String comment, Now now) {
        ApprovalRequest request = pendingApproval(kind)
                .orElseThrow(() -> new CaseRuleException("case.approval.nonePending"));
        if (request.getRequestedBy() == supervisor) {
            throw new CaseRuleException("case.approval.ownRequest");
        }
        if (!supervisorLeadsTeam) {
            throw new CaseRuleException("case.approval.notTheirTeam");
        }
        if (!approve && (comment == null || comment.isBlank())) {
            throw new CaseRuleException("case.approval.commentRequired");
        }
        request.decide(approve, supervisor, now.instant(), comment);
        if (approve && kind == ApprovalKind.PLAN) {
            planApproved = true;
        }
        if (approve && kind == ApprovalKind.TERMINATION) {
            close(now);
        }
        touch(now);
    }

    public Optional<ApprovalRequest> pendingApproval(ApprovalKind kind) {
        return approvals.stream().filter(a -> a.getKind() == kind && a.pending()).findFirst();
    }

    // --- closing, reopening, reassigning

    private void close(Now now) {
        this.status = CaseStatus.CLOSED;
        this.closedOn = now.today();
        TerminationReason reason = termination.reason();
        pendingEvents.add(() -> new CaseClosed(getId(), clientId, reason, now.instant()));
    }

    /** A supervisor reopens a closed case; it goes back to assessment. */
    public void reopen(long supervisor, String reason, Now now) {
        if (status != CaseStatus.CLOSED) {
            throw new CaseRuleException("case.reopen.notClosed");
        }
        if (reason == null || reason.isBlank()) {
            throw new CaseRuleException("case.move.reasonRequired");
        }
        // reopening clears the evaluation and the termination for the new round; they stay in the history
        if (evaluationDecision != null || goals.stream().anyMatch(g -> g.getResult() != null)) {
            keepPrevious(RecordChange.Section.EVALUATION, evaluationValues(), supervisor, now);
        }
        if (termination != null) {
            keepPrevious(RecordChange.Section.TERMINATION, terminationValues(), supervisor, now);
        }
        status = CaseStatus.OPEN;
        closedOn = null;
        planApproved = false;
        evaluationDecision = null;
        evaluatedOn = null;
        termination = null;
        goals.forEach(Goal::clearEvaluation);
        move(Stage.ASSESSMENT, supervisor, reason, now);
        pendingEvents.add(() -> new CaseReopened(getId(), clientId, supervisor, now.instant()));
    }

    /** Hands the case to another worker of the same team; the previous worker loses access. */
    public void reassign(long newWorker, long by, String reason, Now now) {
        if (newWorker == workerId) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            throw new CaseRuleException("case.reassign.reasonRequired");
        }
        long previous = workerId;
        workerId = newWorker;
        assignments.add(new CaseAssignment(this, newWorker, by, now.instant(), reason));
        touch(now);
        pendingEvents.add(() -> new CaseReassigned(getId(), clientId, previous, newWorker, by, now.instant()));
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }

    // --- internals

    private void move(Stage target, long by, String reason, Now now) {
        Stage from = stage;
        transitions.add(new StageTransition(this, from, target, by, now.instant(), reason));
        stage = target;
        stageSince = now.instant();
        touch(now);
        pendingEvents.add(() -> new CaseStageChanged(getId(), clientId, from, target, by, now.instant()));
    }

    /** The plan is about to change: not while a supervisor is looking at it; an approval given lapses. */
    private void planChanges() {
        if (pendingApproval(ApprovalKind.PLAN).isPresent()) {
            throw new CaseRuleException("case.approval.pendingNoChanges");
        }
        if (stage == Stage.PLANNING) {
            planApproved = false;
        }
    }

    private Goal goal(long goalId) {
        return goals.stream().filter(g -> g.getId() != null && g.getId() == goalId).findFirst()
                .orElseThrow(() -> new CaseRuleException("case.goal.unknown"));
    }

    private Referral referral(long referralId) {
        return referrals.stream().filter(r -> r.getId() != null && r.getId() == referralId).findFirst()
                .orElseThrow(() -> new CaseRuleException("case.referral.unknown"));
    }

    private CaseActivity activity(long activityId) {
        return activities.stream().filter(a -> a.getId() != null && a.getId() == activityId).findFirst()
                .orElseThrow(() -> new CaseRuleException("case.activity.unknown"));
    }

    private java.util.Map<String, Object> evaluationValues() {
        return RecordChange.values(
                "case.evaluation.results", goals.stream().filter(g -> g.getResult() != null)
                        .map(g -> g.getDescription() + ": " + RecordChange.label("case.result.", g.getResult())
                                + (g.getEvidence() == null ? "" : " — " + g.getEvidence()))
                        .toList(),
                "case.evaluation.decision", RecordChange.label("case.decision.", evaluationDecision),
                "case.evaluation.evaluatedOn", evaluatedOn);
    }

    private java.util.Map<String, Object> terminationValues() {
        Termination t = this.termination;
        return RecordChange.values(
                "case.termination.reason", RecordChange.label("case.terminationReason.", t.reason()),
                "case.termination.summary", t.summary(),
                "case.termination.recommendations", t.recommendations(),
                "case.termination.terminatedOn", t.terminatedOn());
    }

    private void keepPrevious(RecordChange.Section section, java.util.Map<String, Object> previous, long by, Now now) {
        changes.add(new RecordChange(this, section, previous, by, now.instant()));
    }

    private void touch(Now now) {
        lastActivityAt = now.instant();
    }

    private void requireOpen() {
        if (status != CaseStatus.OPEN) {
            throw new CaseRuleException("case.closed");
        }
    }

    private void requireStage(Stage required) {
        if (stage != required) {
            throw new CaseRuleException("case.stage.wrong");
        }
    }

    private void requireReached(Stage required) {
        if (stage.ordinal() < required.ordinal()) {
            throw new CaseRuleException("case.stage.notYet");
        }
    }

    /** A date of something done: not before the case was opened, not in the future. */
    private void requireWithinCase(LocalDate date, Now now) {
        if (date == null) {
            throw new CaseRuleException("case.date.required");
        }
        if (date.isBefore(openedOn)) {
            throw new CaseRuleException("case.date.beforeOpening");
        }
        requireNotFuture(date, now);
    }

    private void requireNotFuture(LocalDate date, Now now) {
        if (date != null && date.isAfter(now.today())) {
            throw new CaseRuleException("case.date.future");
        }
    }

    /** A target date may lie in the future, but not before the case was opened. */
    private void requireTargetDate(LocalDate date) {
        if (date != null && date.isBefore(openedOn)) {
            throw new CaseRuleException("case.date.beforeOpening");
        }
    }

    @DomainEvents
    Collection<Object> domainEvents() {
        return pendingEvents.stream().map(Supplier::get).toList();
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        pendingEvents.clear();
    }
}
