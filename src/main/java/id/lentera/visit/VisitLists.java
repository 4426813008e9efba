package id.lentera.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import id.lentera.account.AccountName;
import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TeamDirectory;
import id.lentera.casework.CaseAccess;
import id.lentera.client.ClientSummaries;
import id.lentera.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visits behind the team page's figures: the overdue planned visits, or the visits done in a
 * period, of a worker or a team. The same people see them as see the cases ({@link CaseAccess}):
 * a worker their own, a supervisor their teams', the head of office all; admins none.
 */
@Service
@PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'SUPERVISOR', 'HEAD_OF_OFFICE')")
public class VisitLists {

    public static final int PAGE_SIZE = 20;

    /** Which visits: planned ones whose day is over, or those done from {@code from} to {@code to}. */
    public enum Kind { OVERDUE, DONE }

    /** @param workerId null: every worker the user may see; @param teamId null: every team */
    public record Query(Kind kind, Long workerId, Long teamId, LocalDate from, LocalDate to) {
    }

    /** One page of the list, with the names it shows (one query each). */
    public record Result(Page<VisitListRow> rows, Map<Long, String> clientNames, Map<Long, String> workerNames,
            LocalDate today) {
    }

    private final HomeVisits visits;
    private final CaseAccess access;
    private final ClientSummaries clients;
    private final TeamDirectory people;
    private final Clock clock;

    VisitLists(HomeVisits visits, CaseAccess access, ClientSummaries clients, TeamDirectory people, Clock clock) {
        this.visits = visits;
        this.access = access;
        this.clients = clients;
        this.people = people;
        this.clock = clock;
    }

    /**
     * A page of 20, in four queries whatever its size (rows, count, client and worker names).
     *
     * @throws NotFoundException for a team a supervisor does not lead
     */
    @Transactional(readOnly = true)
    public Result find(Query query, CurrentUser user, int page) {
        CaseAccess.Scope scope = access.of(user);
        if (query.teamId() != null && user.role() == Role.SUPERVISOR && !scope.leads(query.teamId())) {
            throw new NotFoundException("team");
        }
        LocalDate today = LocalDate.now(clock);
        PageRequest pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        Page<VisitListRow> rows = query.kind() == Kind.OVERDUE
                ? visits.overdue(scope.all(), scope.accountId(), scope.teamIds(), query.workerId(), query.teamId(), today,
                        pageable)
                : visits.done(scope.all(), scope.accountId(), scope.teamIds(), query.workerId(), query.teamId(),
                        query.from(), query.to(), pageable);
        Set<Long> clientIds = new HashSet<>();
        Set<Long> workerIds = new HashSet<>();
        rows.forEach(r -> {
            clientIds.add(r.clientId());
            workerIds.add(r.workerId());
        });
        Set<Long> named = new HashSet<>(workerIds);
        if (query.workerId() != null) {
            named.add(query.workerId());
        }
        // the workers of the rows are named; the worker asked for only when within the user's teams
        // (any id may be typed into the URL)
        Map<Long, AccountName> names = people.namesAsSeenBy(user, named);
        Map<Long, String> workerNames = new java.util.HashMap<>();
        names.forEach((id, name) -> {
            String shown = workerIds.contains(id) ? name.fullName() : name.nameIfWithinReach();
            if (shown != null) {
                workerNames.put(id, shown);
            }
        });
        return new Result(rows, clients.displayNames(clientIds), workerNames, today);
    }
}
