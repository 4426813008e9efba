package id.lentera.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.lentera.account.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household's status in the welfare registry (DTKS/DTSEN) as a dated, append-only history: each
 * check is a new entry, corrections too; the latest is the current status.
 */
@Service
@PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'SUPERVISOR')")
public class RegistryStatusLog {

    static final int REGISTRY_ID_MAX = 40;

    private final RegistryStatuses entries;
    private final HouseholdAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistryStatusLog(RegistryStatuses entries, HouseholdAccess access, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long record(long householdId, RegistryCheck check, CurrentUser user) {
        access.requireEditable(householdId, user);
        throwIfAny(problems(check, LocalDate.now(clock)));
        var now = clock.instant();
        long id = entries.save(new RegistryStatusEntry(householdId, normalized(check), user.id(), now)).getId();
        events.publishEvent(new HouseholdChanged(householdId, now));
        return id;
    }

    /** The same rules as the entry's own, by field, so that the form shows each next to its input. */
    static List<FieldProblem> problems(RegistryCheck check, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (check.decile() != null) {
            if (check.registry() != Registry.DTSEN) {
                problems.add(new FieldProblem("decile", "registry.decile.onlyDtsen"));
            } else if (check.decile() < 1 || check.decile() > 10) {
                problems.add(new FieldProblem("decile", "registry.decile.range"));
            }
        }
        if (check.status() == RegistryState.REJECTED && blank(check.reason())) {
            problems.add(new FieldProblem("reason", "registry.reason.required"));
        }
        if (check.checkedOn() != null && check.checkedOn().isAfter(today)) {
            problems.add(new FieldProblem("checkedOn", "registry.checkedOn.future"));
        }
        return problems;
    }

    private static RegistryCheck normalized(RegistryCheck check) {
        return new RegistryCheck(check.registry(), check.status(), strip(check.reason()), strip(check.registryId()),
                check.decile(), check.checkedOn(), check.source(), strip(check.note()));
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }
}
