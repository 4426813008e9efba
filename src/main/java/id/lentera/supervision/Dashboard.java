package id.lentera.supervision;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import id.lentera.account.CurrentUser;
import id.lentera.casework.CaseloadFigures;
import id.lentera.client.ClientFigures;
import id.lentera.region.Region;
import id.lentera.region.RegionDirectory;
import id.lentera.region.RegionProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard: a supervisor's own teams, the head of office's whole office, narrowed by team,
 * kecamatan and period. Each figure is one summary query of its owner module.
 */
@Service
@PreAuthorize("hasAnyRole('SUPERVISOR', 'HEAD_OF_OFFICE')")
public class Dashboard {

    /** The longest period the monthly charts show. */
    public static final int MAX_MONTHS = 36;

    private final CaseloadFigures cases;
    private final ClientFigures clients;
    private final RegionDirectory regions;
    private final RegionProperties regionProperties;
    private final Clock clock;

    Dashboard(CaseloadFigures cases, ClientFigures clients, RegionDirectory regions, RegionProperties regionProperties,
            Clock clock) {
        this.cases = cases;
        this.clients = clients;
        this.regions = regions;
        this.regionProperties = regionProperties;
        this.clock = clock;
    }

    /**
     * @param teamId a team (the head of office any; a supervisor one they lead, else not found), or null for all allowed
     * @param kecamatan a kecamatan code such as {@code 12.75.05}, or null
     * @param from first month, null for 11 months before {@code to}
     * @param to last month, null for this month
     */
    @Transactional(readOnly = true)
    public DashboardFigures figures(CurrentUser user, Long teamId, String kecamatan, YearMonth from, YearMonth to) {
        YearMonth last = to == null ? YearMonth.now(clock) : to;
        YearMonth first = from == null || from.isAfter(last) ? last.minusMonths(11) : from;
        if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            first = last.minusMonths(MAX_MONTHS - 1);
        }
        Long team = teamId;
        return new DashboardFigures(team, kecamatan, first, last,
                cases.openByStage(user, team, kecamatan),
                cases.openedAndClosed(user, team, kecamatan, first, last),
                clients.byPpksCategory(user, team, kecamatan),
                cases.barriers(user, team, kecamatan, first, last),
                clients.registeredPerMonth(user, team, kecamatan, first, last),
                clients.registryMix(user, team, kecamatan),
                cases.terminations(user, team, kecamatan, first, last));
    }

    /** The kecamatan of the office's city, for the filter. */
    @Transactional(readOnly = true)
    public List<Region> kecamatan() {
        return regions.children(regionProperties.officeCity());
    }
}
