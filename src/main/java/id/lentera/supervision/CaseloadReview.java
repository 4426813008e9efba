package id.lentera.supervision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TeamChoice;
import id.lentera.account.TeamDirectory;
import id.lentera.account.TeamMember;
import id.lentera.account.TeamRoster;
import id.lentera.casework.CaseFilter;
import id.lentera.casework.CaseRow;
import id.lentera.casework.CaseStatus;
import id.lentera.casework.CaseloadFigures;
import id.lentera.casework.Casework;
import id.lentera.casework.WorkerFigures;
import id.lentera.client.ClientSummaries;
import id.lentera.client.ClientSummary;
import id.lentera.client.HouseholdVerdicts;
import id.lentera.visit.VisitStatistics;
import org.springframework.beans.factory.ObjectProvider;
import id.lentera.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's review of a team's caseload: the team page, a worker's cases, and handing
 * cases to another worker of the team. Who may see which team is the account module's rule
 * ({@link TeamDirectory#readableTeams}); the figures and the cases come from casework.
 */
@Service
@PreAuthorize("hasAnyRole('SUPERVISOR', 'HEAD_OF_OFFICE')")
public class CaseloadReview {

    public static final int PAGE_SIZE = 20;

    /** What the drill-down sorts by: parameter name to case property. */
    static final Map<String, String> SORTS = Map.of("number", "number", "stage", "stage", "days", "stageSince",
            "activity", "lastActivityAt", "risk", "riskLevel");

    private final CaseloadFigures figures;
    private final Casework casework;
    private final TeamDirectory directory;
    private final TeamRoster roster;
    private final ClientSummaries clients;
    private final VisitStatistics visits;
    private final ObjectProvider<HouseholdVerdicts> verdicts;
    private final SupervisionProperties properties;
    private final java.time.Clock clock;

    CaseloadReview(CaseloadFigures figures, Casework casework, TeamDirectory directory, TeamRoster roster,
            ClientSummaries clients, VisitStatistics visits, ObjectProvider<HouseholdVerdicts> verdicts,
            SupervisionProperties properties, java.time.Clock clock) {
        this.clock = clock;
        this.visits = visits;
        this.verdicts = verdicts;
        this.figures = figures;
        this.casework = casework;
        this.directory = directory;
        this.roster = roster;
        this.clients = clients;
        this.properties = properties;
    }

    /**
     * The team page for {@code teamId}, or for the user's first team when null.
     *
     * @throws NotFoundException for a team a supervisor does not lead, or a team that does not exist
     */
    @Transactional(readOnly = true)
    public TeamReview team(CurrentUser user, Long teamId) {
        List<TeamChoice> choices = teamChoices(user);
        TeamChoice team = teamId == null ? choices.stream().findFirst().orElse(null)
                : choices.stream().filter(t -> t.id() == teamId).findFirst()
                        .orElseThrow(() -> new NotFoundException("team"));
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        java.time.LocalDate monthStart = today.withDayOfMonth(1);
        if (team == null) {
            return new TeamReview(choices, null, List.of(), null, properties.quietDays(), null, monthStart, today);
        }
        List<WorkerFigures> byWorker = figures.team(team.id(), properties.quietDays(), user);
        WorkerFigures total = byWorker.stream().filter(WorkerFigures::total).findFirst().orElseThrow();
        Map<Long, WorkerFigures> perWorker = new HashMap<>();
        byWorker.stream().filter(f -> !f.total()).forEach(f -> perWorker.put(f.workerId(), f));
        Map<Long, Long> overdue = visits.overduePerWorker(List.of(team.id()), today);
        Map<Long, Long> done = visits.donePerWorker(List.of(team.id()), monthStart, today);
        List<TeamMember> members = roster.workers(team.id());
        Set<Long> listed = new HashSet<>();
        List<TeamReview.Row> rows = new ArrayList<>();
        for (TeamMember member : members) {
            WorkerFigures own = perWorker.get(member.id());
            if (member.active() || own != null) {
                rows.add(new TeamReview.Row(member.id(), member.fullName(), member.active(),
                        own == null ? zero(member.id()) : own, !member.active(), visitsOf(member.id(), overdue, done)));
                listed.add(member.id());
            }
        }
        // workers who moved to another team (or role) and still hold open cases of this one
        Collection<Long> departed = perWorker.keySet().stream().filter(id -> !listed.contains(id)).sorted().toList();
        Map<Long, String> names = directory.fullNames(departed);
        for (Long id : departed) {
            rows.add(new TeamReview.Row(id, names.getOrDefault(id, "#" + id), false, perWorker.get(id), true,
                    visitsOf(id, overdue, done)));
        }
        // the team's total counts every visit of its cases, also those of workers no longer listed
        TeamReview.Visits totalVisits = new TeamReview.Visits(sum(overdue), sum(done));
        return new TeamReview(choices, team, rows, total, properties.quietDays(), totalVisits, monthStart, today);
    }

    /** The teams the user may review: all for the head of office, the led ones for a supervisor. */
    @Transactional(readOnly = true)
    public List<TeamChoice> teamChoices(CurrentUser user) {
        List<TeamChoice> all = roster.teams();
        if (user.role() == Role.HEAD_OF_OFFICE) {
            return all;
        }
        List<Long> led = directory.supervisedTeamIds(user.id());
        return all.stream().filter(t -> led.contains(t.id())).toList();
    }

    /**
     * A worker's open cases in a team, sorted by one of {@link #SORTS} (else by last activity, newest
     * first), 20 a page, in a fixed number of queries: with the clients' names, each case's next
     * planned visit and each client household's PKH verdict, one query each for the page.
     *
     * @param team the team whose cases to show (a worker who moved on may still hold some), or null
     *             for the worker's own team
     * @throws NotFoundException when the worker is not a social worker, the team not one the user may review,
     *         or the team not the worker's own and none of its open cases theirs
     */
    @Transactional(readOnly = true)
    public WorkerCases worker(CurrentUser user, long workerId, Long team, String sort, boolean descending, int page) {
        TeamMember worker = roster.socialWorker(workerId).orElseThrow(() -> new NotFoundException("worker"));
        long ownTeam = roster.teamOf(workerId).orElseThrow(() -> new NotFoundException("worker"));
        long teamId = team != null ? team : ownTeam;
        directory.readableTeams(user, teamId);
        boolean known = sort != null && SORTS.containsKey(sort);
        String key = known ? sort : "activity";
        boolean desc = known ? descending : true;
        // ties broken by id in the same direction, so one index per sort key serves both directions
        Sort order = Sort.by(desc ? Sort.Direction.DESC : Sort.Direction.ASC, SORTS.get(key), "id");
        CaseFilter filter = new CaseFilter(null, null, CaseStatus.OPEN, false, false, workerId, teamId,
                properties.quietDays());
        Page<CaseRow> cases = casework.caseload(filter, user, PageRequest.of(Math.max(page, 0), PAGE_SIZE, order));
        if (teamId != ownTeam && cases.getTotalElements() == 0) {
            // a worker of another team who holds no case of this one is not this team's to name
            throw new NotFoundException("worker");
        }
        Set<Long> clientIds = new HashSet<>();
        List<Long> caseIds = new ArrayList<>();
        cases.forEach(row -> {
            clientIds.add(row.clientId());
            caseIds.add(row.id());
        });
        Map<Long, ClientSummary> summaries = clients.summaries(clientIds);
        Map<Long, String> names = new HashMap<>();
        summaries.forEach((id, s) -> names.put(id, s.displayName()));
        var reassignTo = user.role() == Role.SUPERVISOR
                ? roster.activeWorkers(teamId).stream().filter(w -> w.id() != workerId).toList()
                : List.<id.lentera.account.AccountChoice>of();
        return new WorkerCases(worker, teamId, cases, names, visits.nextPlannedVisit(caseIds),
                ClientSummaries.verdictsOf(summaries, verdicts.getIfAvailable()), reassignTo, key, desc,
                clock.instant(), java.time.LocalDate.now(clock));
    }

    /**
     * Hands the chosen cases of a worker to another worker of the team, each through casework's
     * reassignment (recorded with the reason; access moves with it), all or none.
     *
     * @return how many cases were handed over
     */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public int reassign(CurrentUser user, long fromWorker, Long team, Collection<Long> caseIds, long toWorker,
            String reason) {
        directory.readableTeams(user, teamOf(fromWorker, team));
        int moved = 0;
        for (long caseId : new java.util.TreeSet<>(caseIds)) {
            casework.reassign(caseId, toWorker, reason, user);
            moved++;
        }
        return moved;
    }

    private static TeamReview.Visits visitsOf(long workerId, Map<Long, Long> overdue, Map<Long, Long> done) {
        return new TeamReview.Visits(overdue.getOrDefault(workerId, 0L), done.getOrDefault(workerId, 0L));
    }

    private static long sum(Map<Long, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private long teamOf(long workerId, Long team) {
        return team != null ? team : roster.teamOf(workerId).orElseThrow(() -> new NotFoundException("worker"));
    }

    private static WorkerFigures zero(long workerId) {
        Map<id.lentera.casework.Stage, Long> none = new java.util.EnumMap<>(id.lentera.casework.Stage.class);
        for (id.lentera.casework.Stage stage : id.lentera.casework.Stage.values()) {
            none.put(stage, 0L);
        }
        return new WorkerFigures(workerId, none, 0, 0, 0, null);
    }
}
