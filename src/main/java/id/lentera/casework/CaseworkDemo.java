package id.lentera.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.lentera.account.CurrentUser;
import id.lentera.account.Language;
import id.lentera.account.Role;
import id.lentera.account.TeamRoster;
import id.lentera.client.ClientSummaries;
import id.lentera.client.ClientSummary;
import id.lentera.shared.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo cases on the embedded database: the demo clients (made by the client demo loader, which runs
 * before) get one case in each stage and one closed, walked there through the same service and
 * rules as real work. Runs only when there are no cases yet; does nothing without demo clients.
 */
@Component
@Order(20)
class CaseworkDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CaseworkDemo.class);

    /** Where each demo case ends up; null: closed. */
    static final List<Stage> TARGETS = java.util.Arrays.asList(Stage.ENGAGEMENT, Stage.ASSESSMENT, Stage.PLANNING,
            Stage.INTERVENTION, Stage.EVALUATION, Stage.TERMINATION, null);

    private final DatabaseMode databaseMode;
    private final CaseFiles caseFiles;
    private final ClientSummaries clients;
    private final TeamRoster roster;
    private final Casework casework;
    private final Clock clock;

    CaseworkDemo(DatabaseMode databaseMode, CaseFiles caseFiles, ClientSummaries clients, TeamRoster roster,
            Casework casework, Clock clock) {
        this.databaseMode = databaseMode;
        this.caseFiles = caseFiles;
        this.clients = clients;
        this.roster = roster;
        this.casework = casework;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!databaseMode.embedded() || caseFiles.count() > 0) {
            return;
        }
        List<Long> made = load(clients.oldest(TARGETS.size() * 3));
        if (!made.isEmpty()) {
            log.info("Demo data: {} cases", made.size());
        }
    }

    /** Walks one case per target for the first clients that have a team with a supervisor; returns the case ids. */
    List<Long> load(List<ClientSummary> candidates) {
        List<Long> made = new ArrayList<>();
        for (ClientSummary client : candidates) {
            if (made.size() == TARGETS.size()) {
                break;
            }
            if (client.teamId() == null || caseFiles.openCaseOf(client.clientId()).isPresent()) {
                continue;
            }
            Optional<Long> supervisor = roster.supervisorOf(client.teamId());
            if (supervisor.isEmpty()) {
                continue;
            }
            CurrentUser worker = user(client.registeredBy(), Role.SOCIAL_WORKER, client.teamId());
            CurrentUser lead = user(supervisor.get(), Role.SUPERVISOR, null);
            made.add(walk(client, worker, lead, TARGETS.get(made.size())));
        }
        return made;
    }

    private long walk(ClientSummary client, CurrentUser worker, CurrentUser lead, Stage target) {
        LocalDate today = LocalDate.now(clock);
        LocalDate opened = today.minusDays(40);
        long id = as(worker, () -> casework.open(client.clientId(), null, opened, worker));
        as(worker, () -> casework.recordEngagement(id, version(id, worker), new Engagement(opened, "Kantor kelurahan",
                ReferralSource.KELURAHAN, "Tidak punya KTP-el dan KK, belum terdaftar DTKS", true, true,
                "Mengurus dokumen kependudukan dan usulan DTKS"), worker));
        if (target == Stage.ENGAGEMENT) {
            return id;
        }
        as(worker, () -> {
            casework.advance(id, Stage.ASSESSMENT, null, worker);
            casework.recordAssessment(id, version(id, worker),
                    List.of(new ProblemEntry("KTP-el dan KK hilang", BarrierCategory.ADMINISTRATIVE),
                            new ProblemEntry("Tidak tahu cara mendaftar DTKS", BarrierCategory.INFORMATION)),
                    "Mau bekerja; didukung ketua RT", "Dokumen kependudukan; bantuan sosial",
                    List.of(new RelationEntry(RelationScope.COMMUNITY, "Ketua RT", RelationQuality.STRONG, null),
                            new RelationEntry(RelationScope.FAMILY, "Anak sulung", RelationQuality.WEAK, "Tinggal di Medan")),
                    RiskLevel.MEDIUM, worker);
        });
        if (target == Stage.ASSESSMENT) {
            return id;
        }
        as(worker, () -> {
            casework.advance(id, Stage.PLANNING, null, worker);
            casework.addGoal(id, new GoalPlan("KTP-el dan KK terbit", "KTP-el dan KK diterima klien",
                    today.plusDays(30), "Pekerja sosial", List.of("Mendampingi ke Dukcapil")), worker);
        });
        if (target == Stage.PLANNING) {
            return id;
        }
        as(worker, () -> casework.requestApproval(id, ApprovalKind.PLAN, worker));
        as(lead, () -> casework.decideApproval(id, ApprovalKind.PLAN, true, null, lead));
        as(worker, () -> {
            casework.advance(id, Stage.INTERVENTION, null, worker);
            casework.recordActivity(id, opened.plusDays(10), ActivityType.DOCUMENT_FACILITATION,
                    "Mendampingi mengurus KTP-el dan KK", "Berkas diterima", null, worker);
            casework.refer(id, ReferralDestination.DUKCAPIL, "Disdukcapil", "Penerbitan KTP-el dan KK",
                    opened.plusDays(10), worker);
        });
        if (target == Stage.INTERVENTION) {
            return id;
        }
        long goal = as(worker, () -> casework.find(id, worker).file().getGoals().get(0).getId());
        as(worker, () -> {
            casework.advance(id, Stage.EVALUATION, null, worker);
            casework.evaluate(id, version(id, worker), Map.of(goal, GoalResult.ACHIEVED), Map.of(goal, "KTP-el ada"),
                    EvaluationDecision.TERMINATE, today, worker);
        });
        if (target == Stage.EVALUATION) {
            return id;
        }
        as(worker, () -> {
            casework.advance(id, Stage.TERMINATION, null, worker);
            casework.recordTermination(id, version(id, worker), new Termination(TerminationReason.GOALS_ACHIEVED,
                    "Dokumen lengkap; diusulkan ke DTKS", "Pantau usulan DTKS", today), worker);
        });
        if (target == Stage.TERMINATION) {
            return id;
        }
        as(worker, () -> casework.requestApproval(id, ApprovalKind.TERMINATION, worker));
        as(lead, () -> casework.decideApproval(id, ApprovalKind.TERMINATION, true, null, lead));
        return id;
    }

    private long version(long id, CurrentUser user) {
        return casework.find(id, user).file().getVersion();
    }

    private static CurrentUser user(long id, Role role, Long teamId) {
        return new CurrentUser(id, "demo-data", "Demo", role, teamId, Language.id, false);
    }

    private static <T> T as(CurrentUser user, java.util.function.Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                AuthorityUtils.createAuthorityList(user.role().authority())));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static void as(CurrentUser user, Runnable action) {
        as(user, () -> {
            action.run();
            return null;
        });
    }
}
