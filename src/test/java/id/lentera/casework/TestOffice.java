package id.lentera.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TeamManagement;
import id.lentera.account.TestAccounts;
import id.lentera.client.ClientDetails;
import id.lentera.client.ClientRecord;
import id.lentera.client.ClientRegistration;
import id.lentera.client.MaternalStatus;
import id.lentera.client.NikMissingReason;
import id.lentera.client.PersonFacts;
import id.lentera.client.RegistrationOutcome;
import id.lentera.client.Sex;
import id.lentera.client.Situation;
import id.lentera.client.TestClients;
import id.lentera.client.TriState;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static id.lentera.account.TestAccounts.unique;

/**
 * A team for casework tests: its supervisor, two of its workers, and a second team with its own
 * supervisor and worker (the people who must not get in), plus a head of office and an admin.
 */
public final class TestOffice {

    public final CurrentUser supervisor;
    public final CurrentUser worker;
    public final CurrentUser colleague;
    public final long teamId;
    public final CurrentUser otherSupervisor;
    public final CurrentUser otherWorker;
    public final CurrentUser head;
    public final CurrentUser admin;

    private final TestClients clients;
    private final Casework casework;
    private final ClientRegistration registration;
    private final JdbcTemplate jdbc;

    public TestOffice(ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        TeamManagement teams = context.getBean(TeamManagement.class);
        this.clients = new TestClients(context);
        this.casework = context.getBean(Casework.class);
        this.registration = context.getBean(ClientRegistration.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        admin = accounts.account(unique("admin"), Role.ADMIN, null);
        head = accounts.account(unique("kabid"), Role.HEAD_OF_OFFICE, null);
        supervisor = accounts.account(unique("koord"), Role.SUPERVISOR, null);
        teamId = SignedIn.run(admin, () -> teams.create(unique("Tim Kasus"), supervisor.id(), admin));
        worker = accounts.account(unique("peksos"), Role.SOCIAL_WORKER, teamId);
        colleague = accounts.account(unique("peksos"), Role.SOCIAL_WORKER, teamId);
        otherSupervisor = accounts.account(unique("koord"), Role.SUPERVISOR, null);
        long otherTeam = SignedIn.run(admin, () -> teams.create(unique("Tim Lain"), otherSupervisor.id(), admin));
        otherWorker = accounts.account(unique("peksos"), Role.SOCIAL_WORKER, otherTeam);
    }

    /** Every role, and the people of the other team. */
    public List<CurrentUser> everyone() {
        return List.of(supervisor, worker, colleague, otherSupervisor, otherWorker, head, admin);
    }

    /** A client registered by the worker, heading a household. */
    public long client(String name) {
        return clients.clientHeadingHousehold(worker, name, Sex.M, LocalDate.of(1968, 3, 1), null, null,
                "12.75.05.1001");
    }

    /** A case of the worker for a new client, opened today. */
    public long openCase(String clientName) {
        long client = client(clientName);
        return SignedIn.run(worker, () -> casework.open(client, null, TestClock.today(), worker));
    }

    /** The worker's case for a new client, walked to planning (engagement and assessment done, no goal yet). */
    public long caseInPlanningWithoutGoal(String clientName) {
        long id = openCase(clientName);
        LocalDate today = TestClock.today();
        SignedIn.run(worker, () -> {
            casework.recordEngagement(id, version(id), new Engagement(today, "Rumah singgah", ReferralSource.SHELTER,
                    "KTP hilang", true, true, "Mengurus KTP"), worker);
            casework.advance(id, Stage.ASSESSMENT, null, worker);
            casework.recordAssessment(id, version(id), List.of(new ProblemEntry("KTP hilang", BarrierCategory.ADMINISTRATIVE)),
                    "Mau bekerja", "Dokumen",
                    List.of(new RelationEntry(RelationScope.COMMUNITY, "Ketua RT", RelationQuality.STRONG, null)),
                    RiskLevel.MEDIUM, worker);
            casework.advance(id, Stage.PLANNING, null, worker);
        });
        return id;
    }

    /** As {@link #caseInPlanningWithoutGoal}, with one measurable goal. */
    public long caseInPlanning(String clientName) {
        long id = caseInPlanningWithoutGoal(clientName);
        SignedIn.run(worker, () -> casework.addGoal(id, new GoalPlan("KTP terbit", "KTP diterima",
                TestClock.today().plusMonths(2), "Peksos", List.of("Ke Dukcapil")), worker));
        return id;
    }

    /** As {@link #caseInPlanning}, the plan approved by the supervisor and the case in intervention. */
    public long caseInIntervention(String clientName) {
        long id = caseInPlanning(clientName);
        SignedIn.run(worker, () -> casework.requestApproval(id, ApprovalKind.PLAN, worker));
        SignedIn.run(supervisor, () -> casework.decideApproval(id, ApprovalKind.PLAN, true, null, supervisor));
        SignedIn.run(worker, () -> casework.advance(id, Stage.INTERVENTION, null, worker));
        return id;
    }

    /** As {@link #caseInIntervention}, with one activity, evaluated and in termination with its record filled in. */
    public long caseInTermination(String clientName) {
        long id = caseInIntervention(clientName);
        LocalDate today = TestClock.today();
        SignedIn.run(worker, () -> {
            long goal = file(id).getGoals().get(0).getId();
            casework.recordActivity(id, today, ActivityType.DOCUMENT_FACILITATION, "Ke Dukcapil", "KTP terbit", goal,
                    worker);
            casework.advance(id, Stage.EVALUATION, null, worker);
            casework.evaluate(id, version(id), java.util.Map.of(goal, GoalResult.ACHIEVED),
                    java.util.Map.of(goal, "KTP ada"), EvaluationDecision.TERMINATE, today, worker);
            casework.advance(id, Stage.TERMINATION, null, worker);
            casework.recordTermination(id, version(id), new Termination(TerminationReason.GOALS_ACHIEVED, "Selesai",
                    null, today), worker);
        });
        return id;
    }

    /** As {@link #caseInTermination}, the termination approved by the supervisor: the case is closed. */
    public long closedCase(String clientName) {
        long id = caseInTermination(clientName);
        SignedIn.run(worker, () -> casework.requestApproval(id, ApprovalKind.TERMINATION, worker));
        SignedIn.run(supervisor, () -> casework.decideApproval(id, ApprovalKind.TERMINATION, true, null, supervisor));
        return id;
    }

    /** The case as its team's supervisor sees it. */
    public CaseFile file(long caseId) {
        return SignedIn.run(supervisor, () -> casework.find(caseId, supervisor).file());
    }

    public long version(long caseId) {
        return file(caseId).getVersion();
    }

    /**
     * The worker saves the details of a client made by {@link #client} with another current
     * kelurahan, through the client module (which announces the move with ClientMoved).
     */
    public void moveClient(long clientId, String clientName, String kelurahanCode) {
        long clientVersion = jdbc.queryForObject("select version from client where id = ?", Long.class, clientId);
        var person = new PersonFacts(clientName, null, Sex.M, LocalDate.of(1968, 3, 1), null, false, null,
                MaternalStatus.NONE, null, null, TriState.UNKNOWN, null);
        var details = new ClientDetails(null, NikMissingReason.LOST, null, Situation.HOME, null, kelurahanCode, null,
                null, null, null, null, null, false, false, Set.of());
        var outcome = SignedIn.run(worker, () -> registration.update(clientId, clientVersion,
                new ClientRecord(person, details, Map.of(), null, null), worker));
        if (!(outcome instanceof RegistrationOutcome.Saved)) {
            throw new IllegalStateException("client not saved: " + outcome);
        }
    }
}
