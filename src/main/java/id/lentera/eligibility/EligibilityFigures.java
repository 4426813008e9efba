package id.lentera.eligibility;

import java.util.EnumMap;
import java.util.Map;

import id.lentera.account.CurrentUser;
import id.lentera.client.ClientFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of current PKH verdicts for the dashboard and the monthly report. The counts are kept by
 * the client module per household scope ({@link ClientFigures#householdsByVerdict}), which this
 * module tells each new verdict from a trigger on its table of current results (V76): a team's
 * households are those where a client of the team (registered by it, or with an open case of its
 * workers) is a current member; the head of office's "every team" counts every evaluated household.
 * The kecamatan is the household's, as last evaluated. Who may read which team is
 * {@link id.lentera.account.TeamDirectory#readableTeams}.
 */
@Service
@PreAuthorize("hasAnyRole('SUPERVISOR', 'HEAD_OF_OFFICE')")
public class EligibilityFigures {

    private final ClientFigures clients;

    EligibilityFigures(ClientFigures clients) {
        this.clients = clients;
    }

    /**
     * Households by their current verdict, every verdict present (zero when none).
     *
     * @param teamId a team, or null for every team the user may read
     * @param kecamatan a kecamatan code such as {@code 12.75.05}, or null
     */
    @Transactional(readOnly = true)
    public Map<Verdict, Long> byVerdict(CurrentUser user, Long teamId, String kecamatan) {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0L);
        }
        clients.householdsByVerdict(user, teamId, kecamatan).forEach((code, n) -> counts.put(Verdict.valueOf(code), n));
        return counts;
    }
}
