package id.lentera.eligibility;

import java.time.LocalDate;
import java.util.List;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.client.HouseholdFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The eligibility panel of a household: today's evaluation, since when the verdict holds and why,
 * the history of results, and PKH participation. Seen by whoever sees the household (404 otherwise,
 * 403 for the admin).
 */
@Service
public class EligibilityPanels {

    static final int HISTORY = 20;

    private final HouseholdFacts households;
    private final EligibilityCheck check;
    private final EligibilityStore store;
    private final ParticipationLog participation;

    EligibilityPanels(HouseholdFacts households, EligibilityCheck check, EligibilityStore store,
            ParticipationLog participation) {
        this.households = households;
        this.check = check;
        this.store = store;
        this.participation = participation;
    }

    /**
     * @param since the first day of the current verdict; null before the first stored result
     * @param sinceCause what changed on that day
     * @param history stored results, newest first (at most {@value #HISTORY})
     */
    public record Panel(long householdId, Evaluation evaluation, LocalDate since, List<Text> sinceCause,
            List<Snapshot> history, List<ParticipationLog.Entry> participation, boolean editable) {

        public ParticipationLog.Entry currentParticipation() {
            return participation.isEmpty() ? null : participation.get(0);
        }
    }

    @Transactional(readOnly = true)
    public Panel panel(long householdId, CurrentUser user) {
        households.requireVisible(householdId, user);
        Evaluation evaluation = check.evaluateNow(householdId);
        List<Snapshot> history = store.snapshots(householdId, HISTORY);
        var current = store.current(List.of(householdId)).get(householdId);
        LocalDate since = null;
        List<Text> cause = List.of();
        if (current != null && current.verdict() == evaluation.verdict()) {
            since = current.verdictSince();
            cause = history.stream().filter(s -> s.id() == current.sinceSnapshotId()).findFirst()
                    .map(Snapshot::cause).orElse(List.of());
        }
        return new Panel(householdId, evaluation, since, cause, history, participation.history(householdId),
                user.is(Role.SOCIAL_WORKER) || user.is(Role.SUPERVISOR));
    }
}
