package id.lentera.visit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import id.lentera.casework.CaseFilter;
import id.lentera.casework.CaseReference;
import id.lentera.casework.CaseRow;
import id.lentera.casework.Casework;
import id.lentera.client.DemoClients;
import id.lentera.client.HousingFacts;
import id.lentera.shared.DatabaseMode;
import id.lentera.shared.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo visits on the embedded database, after the demo cases: peksos1 has today's visit to Bapak S
 * on the agenda, one overdue and one later this week, and a done visit with a housing survey on
 * another case. Runs only when there are no visits yet.
 */
@Component
@Order(30)
class VisitDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VisitDemo.class);

    private final DatabaseMode databaseMode;
    private final HomeVisits visits;
    private final VisitLog visitLog;
    private final Casework casework;
    private final DemoClients demoClients;
    private final TeamDirectory teams;
    private final Clock clock;

    VisitDemo(DatabaseMode databaseMode, HomeVisits visits, VisitLog visitLog, Casework casework,
            DemoClients demoClients, TeamDirectory teams, Clock clock) {
        this.databaseMode = databaseMode;
        this.visits = visits;
        this.visitLog = visitLog;
        this.casework = casework;
        this.demoClients = demoClients;
        this.teams = teams;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!databaseMode.embedded() || visits.count() > 0) {
            return;
        }
        int made = load();
        if (made > 0) {
            log.info("Demo data: {} home visits", made);
        }
    }

    /** Returns how many visits it made (none without peksos1, Bapak S or his case). */
    int load() {
        Optional<CurrentUser> found = teams.byUsername("peksos1");
        Long bapakS = demoClients.seedClientIds().get(DemoClients.SEED_BAPAK_S_NAME);
        if (found.isEmpty() || bapakS == null) {
            return 0;
        }
        CurrentUser worker = found.get();
        return RunAs.as(worker, worker.role().authority(), () -> {
            List<CaseRow> cases = casework.caseload(CaseFilter.openCases(), worker, PageRequest.of(0, 20)).getContent();
            Optional<CaseRow> his = cases.stream().filter(c -> c.clientId() == bapakS).findFirst();
            if (his.isEmpty()) {
                return 0;
            }
            List<CaseRow> others = cases.stream().filter(c -> c.clientId() != bapakS).toList();
            LocalDate today = LocalDate.now(clock);
            Instant now = clock.instant();
            int made = 0;
            plan(his.get(), today, LocalTime.of(10, 0), "Cek KTP-el dan KK yang sedang diurus", today, worker, now);
            made++;
            if (!others.isEmpty()) {
                LocalDate visited = today.minusDays(5);
                long id = plan(others.get(0), visited, LocalTime.of(14, 0), null, visited, worker, now);
                visitLog.record(id, UUID.randomUUID(), new VisitReport(visited, LocalTime.of(14, 10), VisitPlace.HOME,
                        null, "Klien dan istrinya", VisitPurpose.ASSESSMENT,
                        "Rumah semi permanen, lantai semen, dapur di luar. Anak-anak sekolah.",
                        "Penghasilan tidak tetap dari buruh harian", "Klien mengumpulkan fotokopi KK lama",
                        null, new GeoPosition(3.5897, 98.4856, 15.0, now.minusSeconds(5 * 86400)), null),
                        new HousingFacts(HousingFacts.Tenure.RENT, HousingFacts.Floor.CEMENT,
                                HousingFacts.Wall.SEMI_PERMANENT, HousingFacts.Roof.ZINC,
                                HousingFacts.Water.PROTECTED_WELL, HousingFacts.Lighting.PLN_METER,
                                HousingFacts.Power.VA_450, HousingFacts.CookingFuel.LPG, HousingFacts.Toilet.SHARED),
                        worker);
                made++;
            }
            // with few demo cases, the overdue and the coming visit share cases with the others
            CaseRow overdue = others.size() > 1 ? others.get(1) : others.isEmpty() ? his.get() : others.get(0);
            plan(overdue, today.minusDays(2), LocalTime.of(9, 0), "Kunjungan pemantauan", today.minusDays(2), worker,
                    now);
            made++;
            CaseRow coming = others.size() > 2 ? others.get(2) : his.get();
            plan(coming, today.plusDays(3), null, "Bawa formulir usulan DTKS", today, worker, now);
            made++;
            return made;
        });
    }

    /** Saved directly so that the demo can hold days already past (the service only plans ahead). */
    private long plan(CaseRow row, LocalDate on, LocalTime at, String note, LocalDate asOf, CurrentUser worker,
            Instant now) {
        CaseReference target = casework.reference(row.id(), worker);
        return visits.save(HomeVisit.plan(target, on, at, VisitPurpose.forStage(target.stage()), note, worker.id(),
                null, asOf, now)).getId();
    }
}
