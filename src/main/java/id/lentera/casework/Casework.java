package id.lentera.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import id.lentera.account.AccountChoice;
import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TeamDirectory;
import id.lentera.account.TeamRoster;
import id.lentera.client.ClientAccess;
import id.lentera.client.ClientCaseworkers;
import id.lentera.client.ClientSummaries;
import id.lentera.client.ClientSummary;
import id.lentera.shared.NotFoundException;
import id.lentera.shared.StaleEditException;
import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The casework module's API: open a case, record each stage's work, move it, ask for and give
 * approvals, reassign and reopen. Each action loads the case through {@link CaseAccess} (a case
 * the user may not see is not found), lets the case apply its rules, and saves it, publishing
 * its events, in one transaction.
 */
@Service
@PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'SUPERVISOR', 'HEAD_OF_OFFICE')")
public class Casework {

    /** A case with no recorded work for this many days shows as quiet. */
    public static final int QUIET_DAYS = 30;

    private final CaseFiles caseFiles;
    private final CaseAccess access;
    private final CaseNumbers numbers;
    private final ClientSummaries clients;
    private final ClientAccess clientAccess;
    private final ClientCaseworkers caseworkers;
    private final TeamDirectory teams;
    private final TeamRoster roster;
    private final Clock clock;
    private final List<CaseTimelineSource> timelineSources;
    private final OpenCaseCounts openCaseCounts;

    Casework(CaseFiles caseFiles, CaseAccess access, CaseNumbers numbers, ClientSummaries clients,
            ClientAccess clientAccess, ClientCaseworkers caseworkers, TeamDirectory teams, TeamRoster roster,
            Clock clock, List<CaseTimelineSource> timelineSources, OpenCaseCounts openCaseCounts) {
        this.openCaseCounts = openCaseCounts;
        this.caseFiles = caseFiles;
        this.access = access;
        this.numbers = numbers;
        this.clients = clients;
        this.clientAccess = clientAccess;
        this.caseworkers = caseworkers;
        this.teams = teams;
        this.roster = roster;
        this.clock = clock;
        this.timelineSources = List.copyOf(timelineSources);
    }

    // --- opening

    /** The client a case would be opened for, when the user may see them; else not found. */
    @Transactional(readOnly = true)
    public ClientSummary clientForNewCase(long clientId, CurrentUser user) {
        requireNotReadOnly(user);
        ClientSummary client = clients.find(clientId).orElseThrow(() -> new NotFoundException("client"));
        if (!clientAccess.sees(user, clientId)) {
            throw new NotFoundException("client");
        }
        return client;
    }

    /** The workers a supervisor may make responsible for a new case: those of the teams they lead. */
    @Transactional(readOnly = true)
    public List<AccountChoice> assignableWorkers(CurrentUser user) {
        if (user.role() != Role.SUPERVISOR) {
            return List.of();
        }
        return teams.supervisedTeamIds(user.id()).stream().flatMap(team -> roster.activeWorkers(team).stream())
                .toList();
    }

    /** The open case of the client, if there is one (its id only; the user may not be allowed to open it). */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> openCaseOf(long clientId) {
        return caseFiles.openCaseOf(clientId);
    }

    /**
     * Opens a case for a client the user can see. The opener is responsible unless a supervisor
     * names another worker of a team they lead.
     *
     * @param workerId the responsible worker a supervisor chose, or null for the opener
     * @return the new case's id
     * @throws CaseAlreadyOpenException when the client has an open case
     */
    @Transactional
    public long open(long clientId, Long workerId, LocalDate openedOn, CurrentUser user) {
        ClientSummary client = clientForNewCase(clientId, user);
        Now now = now();
        caseFiles.openCaseOf(clientId).ifPresent(open -> {
            throw new CaseAlreadyOpenException(open);
        });
        if (openedOn == null || openedOn.isAfter(now.today())) {
            throw new CaseRuleException(openedOn == null ? "case.date.required" : "case.date.future");
        }
        long worker = user.id();
        Long team = user.teamId();
        if (workerId != null && workerId != user.id()) {
            if (user.role() != Role.SUPERVISOR) {
                throw new CaseRuleException("case.open.assignNotAllowed");
            }
            team = teamOfAssignable(workerId, user).orElseThrow(() -> new CaseRuleException("case.worker.notInTeam"));
            worker = workerId;
        } else if (team == null && user.role() == Role.SUPERVISOR) {
            team = teams.supervisedTeamIds(user.id()).stream().findFirst().orElse(null);
        }
        CaseFile file = CaseFile.open(numbers.next(openedOn.getYear()), clientId, client.householdId(), worker, team,
                openedOn, user.id(), now);
        file.clientLivesIn(clients.currentKelurahanCodes(List.of(clientId)).get(clientId));
        try {
            file = caseFiles.saveAndFlush(file);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // another worker opened a case for the client a moment ago (the partial unique index)
            throw new CaseRuleException("case.open.alreadyOpen");
        }
        caseworkers.assigned(clientId, file.getId(), worker, team, now.instant());
        return file.getId();
    }

    // --- reading

    @Transactional(readOnly = true)
    public CaseDetails find(long caseId, CurrentUser user) {
        CaseAccess.Scope scope = access.of(user);
        CaseFile file = load(caseId, scope);
        initialise(file);
        ClientSummary client = clients.find(file.getClientId()).orElseThrow(() -> new NotFoundException("client"));
        Set<Long> people = new HashSet<>();
        people.add(file.getWorkerId());
        file.getTransitions().forEach(t -> people.add(t.getMovedBy()));
        file.getActivities().forEach(a -> people.add(a.getRecordedBy()));
        file.getReferrals().forEach(r -> people.add(r.getRecordedBy()));
        file.getNotes().forEach(n -> people.add(n.getWrittenBy()));
        file.getAssignments().forEach(a -> {
            people.add(a.getWorkerId());
            people.add(a.getAssignedBy());
        });
        file.getApprovals().forEach(a -> {
            people.add(a.getRequestedBy());
            if (a.getDecidedBy() != null) {
                people.add(a.getDecidedBy());
            }
        });
        file.getChanges().forEach(c -> people.add(c.getChangedBy()));
        List<CaseTimelineSource.Entry> external = timelineSources.stream()
                .flatMap(source -> source.entriesFor(caseId).stream()).toList();
        external.stream().map(CaseTimelineSource.Entry::who).filter(java.util.Objects::nonNull).forEach(people::add);
        Map<Long, String> names = teams.fullNames(people);
        return new CaseDetails(file, client, names, Timeline.of(file, names, external, clock.getZone()), scope.works(file),
                scope.supervises(file), !scope.readOnly() && file.getWorkerId() == user.id());
    }

    /** The case for work attached to it from another module (a home visit); not found unless the user sees it. */
    @Transactional(readOnly = true)
    public CaseReference reference(long caseId, CurrentUser user) {
        CaseAccess.Scope scope = access.of(user);
        CaseFile file = load(caseId, scope);
        return new CaseReference(file.getId(), file.getNumber(), file.getClientId(), file.getHouseholdId(),
                file.getWorkerId(), file.getTeamId(), file.getStage(), file.isOpen(), scope.works(file));
    }

    @Transactional(readOnly = true)
    public Page<CaseRow> caseload(CaseFilter filter, CurrentUser user, Pageable pageable) {
        CaseAccess.Scope scope = access.of(user);
        if (pageable.getSort().isSorted() && wholeOpenCaseloadOfAWorker(filter, scope)) {
            List<CaseRow> rows = caseFiles.sortedCaseloadRows(scope.all(), scope.accountId(), scope.teamIds(), null,
                    null, CaseStatus.OPEN, false, quietBefore(filter), filter.workerId(), filter.teamId(), pageable);
            return PageableExecutionUtils.getPage(rows, pageable,
                    () -> openCaseCounts.of(filter.teamId(), filter.workerId()));
        }
        if (pageable.getSort().isSorted()) {
            return caseFiles.sortedCaseload(scope.all(), scope.accountId(), scope.teamIds(), filter.stage(),
                    filter.risk(), filter.status(), filter.awaitingApproval(), quietBefore(filter), filter.workerId(),
                    filter.teamId(), pageable);
        }
        return caseFiles.caseload(scope.all(), scope.accountId(), scope.teamIds(), filter.stage(), filter.risk(),
                filter.status(), filter.awaitingApproval(), quietBefore(filter), filter.workerId(), filter.teamId(), pageable);
    }

    /**
     * Every row of the caseload the user may see under the filter, handed over in batches as they
     * are read from a database cursor, so an export of any size holds one batch in memory.
     *
     * @return the number of rows handed over
     */
    @Transactional(readOnly = true)
    public long forEachCaseloadBatch(CaseFilter filter, CurrentUser user, int batchSize,
            Consumer<List<CaseRow>> batch) {
        CaseAccess.Scope scope = access.of(user);
        long count = 0;
        List<CaseRow> rows = new java.util.ArrayList<>(batchSize);
        try (var stream = caseFiles.streamCaseload(scope.all(), scope.accountId(), scope.teamIds(), filter.stage(),
                filter.risk(), filter.status(), filter.awaitingApproval(), quietBefore(filter), filter.workerId(), filter.teamId())) {
            var iterator = stream.iterator();
            while (iterator.hasNext()) {
                rows.add(iterator.next());
                count++;
                if (rows.size() == batchSize) {
                    batch.accept(List.copyOf(rows));
                    rows.clear();
                }
            }
        }
        if (!rows.isEmpty()) {
            batch.accept(List.copyOf(rows));
        }
        return count;
    }

    /**
     * A worker's open cases in a team, unfiltered, that the user sees all of (their team, or the
     * whole office): the count the summary keeps is then the count of the page's query.
     */
    private static boolean wholeOpenCaseloadOfAWorker(CaseFilter filter, CaseAccess.Scope scope) {
        return filter.status() == CaseStatus.OPEN && filter.workerId() != null && filter.teamId() != null
                && filter.stage() == null && filter.risk() == null && !filter.awaitingApproval() && !filter.quiet()
                && (scope.all() || scope.teamIds().contains(filter.teamId()));
    }

    private Instant quietBefore(CaseFilter filter) {
        // always a bound (PostgreSQL cannot type a null timestamp parameter): far ahead when not filtering
        return filter.quiet() ? clock.instant().minus(Duration.ofDays(filter.quietDays()))
                : clock.instant().plus(Duration.ofDays(36500));
    }

    /** Open cases per stage, every stage present (zero where none). */
    @Transactional(readOnly = true)
    public Map<Stage, Long> openCountsByStage(CurrentUser user) {
        CaseAccess.Scope scope = access.of(user);
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            counts.put(stage, 0L);
        }
        caseFiles.openCountsByStage(scope.all(), scope.accountId(), scope.teamIds())
                .forEach(row -> counts.put((Stage) row[0], (Long) row[1]));
        return counts;
    }

    /** Requests waiting for this supervisor: those of the teams they lead. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public Page<ApprovalRow> approvalQueue(CurrentUser user, Pageable pageable) {
        return caseFiles.pendingApprovals(access.of(user).teamIds(), pageable);
    }

    /** The workers a case can be handed to: the active social workers of its team. */
    @Transactional(readOnly = true)
    public List<AccountChoice> reassignmentChoices(long caseId, CurrentUser user) {
        CaseFile file = load(caseId, access.of(user));
        return file.getTeamId() == null ? List.of() : roster.activeWorkers(file.getTeamId());
    }

    // --- stage records (version: the case version the form was opened with; stale forms are refused)

    @Transactional
    public void recordEngagement(long caseId, long version, Engagement engagement, CurrentUser user) {
        work(caseId, version, user, file -> file.recordEngagement(engagement, user.id(), now()));
    }

    @Transactional
    public void recordAssessment(long caseId, long version, Collection<ProblemEntry> problems, String strengths,
            String needs, Collection<RelationEntry> relations, RiskLevel risk, CurrentUser user) {
        work(caseId, version, user,
                file -> file.recordAssessment(problems, strengths, needs, relations, risk, user.id(), now()));
    }

    @Transactional
    public void addGoal(long caseId, GoalPlan plan, CurrentUser user) {
        work(caseId, null, user, file -> file.addGoal(plan, now()));
    }

    @Transactional
    public void reviseGoal(long caseId, long version, long goalId, GoalPlan plan, CurrentUser user) {
        work(caseId, version, user, file -> file.reviseGoal(goalId, plan, user.id(), now()));
    }

    @Transactional
    public void recordActivity(long caseId, LocalDate on, ActivityType type, String description, String outcome,
            Long goalId, CurrentUser user) {
        work(caseId, null, user, file -> file.recordActivity(on, type, description, outcome, goalId, user.id(), now()));
    }

    @Transactional
    public void refer(long caseId, ReferralDestination destination, String name, String reason, LocalDate sentOn,
            CurrentUser user) {
        work(caseId, null, user, file -> file.refer(destination, name, reason, sentOn, user.id(), now()));
    }

    @Transactional
    public void recordReferralOutcome(long caseId, long version, long referralId, String outcome, LocalDate on,
            CurrentUser user) {
        work(caseId, version, user, file -> file.recordReferralOutcome(referralId, outcome, on, user.id(), now()));
    }

    @Transactional
    public void correctActivity(long caseId, long version, long activityId, LocalDate on, ActivityType type,
            String description, String outcome, Long goalId, CurrentUser user) {
        work(caseId, version, user,
                file -> file.correctActivity(activityId, on, type, description, outcome, goalId, user.id(), now()));
    }

    @Transactional
    public void correctReferral(long caseId, long version, long referralId, ReferralDestination destination,
            String name, String reason, LocalDate sentOn, CurrentUser user) {
        work(caseId, version, user,
                file -> file.correctReferral(referralId, destination, name, reason, sentOn, user.id(), now()));
    }

    /** The evaluation as one form: a result and evidence per goal, and the decision. */
    @Transactional
    public void evaluate(long caseId, long version, Map<Long, GoalResult> results, Map<Long, String> evidence,
            EvaluationDecision decision, LocalDate on, CurrentUser user) {
        work(caseId, version, user, file -> file.recordEvaluation(results, evidence, decision, on, user.id(), now()));
    }

    @Transactional
    public void recordTermination(long caseId, long version, Termination termination, CurrentUser user) {
        work(caseId, version, user, file -> file.recordTermination(termination, user.id(), now()));
    }

    @Transactional
    public void addNote(long caseId, LocalDate on, String text, CurrentUser user) {
        CaseAccess.Scope scope = access.of(user);
        CaseFile file = load(caseId, scope);
        if (!scope.works(file)) {
            throw new AccessDeniedException("read-only");
        }
        file.addNote(on, text, user.id(), user.role() == Role.SUPERVISOR && file.getWorkerId() != user.id(), now());
        caseFiles.save(file);
    }

    // --- moves

    @Transactional
    public void advance(long caseId, Stage target, String reason, CurrentUser user) {
        work(caseId, null, user, file -> file.advanceTo(target, user.id(), reason, now()));
    }

    @Transactional
    public void goBack(long caseId, Stage target, String reason, CurrentUser user) {
        work(caseId, null, user, file -> file.goBackTo(target, user.id(), reason, now()));
    }

    // --- approvals, reassignment, reopening

    @Transactional
    public void requestApproval(long caseId, ApprovalKind kind, CurrentUser user) {
        work(caseId, null, user, file -> file.requestApproval(kind, user.id(), now()));
    }

    /** The supervisor of the case's team approves or returns (with a comment) a pending request. */
    @Transactional
    public void decideApproval(long caseId, ApprovalKind kind, boolean approve, String comment, CurrentUser user) {
        CaseAccess.Scope scope = access.of(user);
        CaseFile file = load(caseId, scope);
        if (scope.readOnly() || user.role() != Role.SUPERVISOR) {
            throw new AccessDeniedException("only supervisors decide");
        }
        Now now = now();
        file.decideApproval(kind, approve, user.id(), scope.leads(file.getTeamId()), comment, now);
        caseFiles.save(file);
        if (!file.isOpen()) {
            caseworkers.caseClosed(file.getId(), now.instant());
        }
    }

    @Transactional
    public void reassign(long caseId, long newWorker, String reason, CurrentUser user) {
        CaseFile file = supervised(caseId, user);
        if (roster.activeWorkers(file.getTeamId()).stream().noneMatch(w -> w.id() == newWorker)) {
            throw new CaseRuleException("case.worker.notInTeam");
        }
        boolean changes = file.getWorkerId() != newWorker;
        Now now = now();
        file.reassign(newWorker, user.id(), reason, now);
        caseFiles.save(file);
        if (changes && file.isOpen()) {
            caseworkers.assigned(file.getClientId(), file.getId(), newWorker, file.getTeamId(), now.instant());
        }
    }

    @Transactional
    public void reopen(long caseId, String reason, CurrentUser user) {
        CaseFile file = supervised(caseId, user);
        if (!file.isOpen()) {
            // the client may have a newer case open by now: one open case per client
            caseFiles.openCaseOf(file.getClientId()).ifPresent(open -> {
                throw new CaseAlreadyOpenException(open);
            });
        }
        Now now = now();
        file.reopen(user.id(), reason, now);
        caseFiles.save(file);
        caseworkers.assigned(file.getClientId(), file.getId(), file.getWorkerId(), file.getTeamId(), now.instant());
    }

    // --- internals

    private CaseFile load(long caseId, CaseAccess.Scope scope) {
        return caseFiles.findVisible(caseId, scope.all(), scope.accountId(), scope.teamIds())
                .orElseThrow(() -> new NotFoundException("case"));
    }

    private void work(long caseId, Long version, CurrentUser user, Consumer<CaseFile> action) {
        CaseAccess.Scope scope = access.of(user);
        CaseFile file = load(caseId, scope);
        if (!scope.works(file)) {
            throw new AccessDeniedException("may not work on this case");
        }
        if (version != null) {
            StaleEditException.check("case", version, file.getVersion());
        }
        action.accept(file);
        caseFiles.save(file);
    }

    private CaseFile supervised(long caseId, CurrentUser user) {
        CaseAccess.Scope scope = access.of(user);
        CaseFile file = load(caseId, scope);
        if (!scope.supervises(file)) {
            throw new AccessDeniedException("only the team's supervisor");
        }
        return file;
    }

    private java.util.Optional<Long> teamOfAssignable(long workerId, CurrentUser supervisor) {
        return teams.supervisedTeamIds(supervisor.id()).stream()
                .filter(team -> roster.activeWorkers(team).stream().anyMatch(w -> w.id() == workerId))
                .findFirst();
    }

    private void requireNotReadOnly(CurrentUser user) {
        if (access.of(user).readOnly()) {
            throw new AccessDeniedException("read-only");
        }
    }

    private static void initialise(CaseFile file) {
        Hibernate.initialize(file.getProblems());
        Hibernate.initialize(file.getRelations());
        Hibernate.initialize(file.getGoals());
        file.getGoals().forEach(g -> Hibernate.initialize(g.getPlannedActivities()));
        Hibernate.initialize(file.getActivities());
        Hibernate.initialize(file.getReferrals());
        Hibernate.initialize(file.getTransitions());
        Hibernate.initialize(file.getApprovals());
        Hibernate.initialize(file.getAssignments());
        Hibernate.initialize(file.getNotes());
        Hibernate.initialize(file.getChanges());
    }

    private Now now() {
        return Now.of(clock);
    }
}
