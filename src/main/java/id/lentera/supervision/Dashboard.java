package id.lentera.supervision;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import id.lentera.account.TeamScope;
import id.lentera.casework.CaseloadFigures;
import id.lentera.client.ClientFigures;
import id.lentera.eligibility.EligibilityFigures;
import id.lentera.region.Region;
import id.lentera.region.RegionDirectory;
import id.lentera.region.RegionProperties;
import id.lentera.visit.VisitStatistics;
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

    /** How many weeks the visits chart shows. */
    public static final int WEEKS = 12;

    private final CaseloadFigures cases;
    private final ClientFigures clients;
    private final VisitStatistics visits;
    private final EligibilityFigures eligibility;
    private final TeamDirectory teams;
    private final RegionDirectory regions;
    private final RegionProperties regionProperties;
    private final Clock clock;

    Dashboard(CaseloadFigures cases, ClientFigures clients, VisitStatistics visits, EligibilityFigures eligibility,
            TeamDirectory teams, RegionDirectory regions, RegionProperties regionProperties, Clock clock) {
        this.cases = cases;
        this.clients = clients;
        this.visits = visits;
        this.eligibility = eligibility;
        this.teams = teams;
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
                cases.terminations(user, team, kecamatan, first, last),
                visitsUntil(last), visitsPerWeek(user, team, visitsUntil(last)),
                eligibility.byVerdict(user, team, kecamatan));
    }

    private LocalDate visitsUntil(YearMonth last) {
        LocalDate today = LocalDate.now(clock);
        return last.atEndOfMonth().isAfter(today) ? today : last.atEndOfMonth();
    }

    /**
     * Visits done in each of the {@link #WEEKS} weeks (from Monday) up to the period's last day (today
     * at the latest), every week present. Visits belong to the team of their case, not to a place, so
     * the kecamatan does not narrow them.
     */
    private Map<LocalDate, Long> visitsPerWeek(CurrentUser user, Long team, LocalDate end) {
        TeamScope scope = teams.readableTeams(user, team);
        LocalDate firstWeek = end.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
        Map<LocalDate, Long> weeks = new LinkedHashMap<>();
        for (int i = 0; i < WEEKS; i++) {
            weeks.put(firstWeek.plusWeeks(i), 0L);
        }
        visits.donePerWeek(scope.all() ? null : scope.ids(), firstWeek, end)
                .forEach(w -> weeks.put(w.weekOf(), w.visits()));
        return weeks;
    }

    /** Visits done in the month by the cases of one team (checked readable), for the monthly report. */
    @Transactional(readOnly = true)
    public long visitsDone(CurrentUser user, long teamId, YearMonth month) {
        TeamScope scope = teams.readableTeams(user, teamId);
        return visits.donePerWorker(scope.ids(), month.atDay(1), month.atEndOfMonth()).values().stream()
                .mapToLong(Long::longValue).sum();
    }

    /** The kecamatan of the office's city, for the filter. */
    @Transactional(readOnly = true)
    public List<Region> kecamatan() {
        return regions.children(regionProperties.officeCity());
    }
}
