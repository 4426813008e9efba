package id.lentera.eligibility;

import java.time.LocalDate;
import java.util.Map;

import id.lentera.account.CurrentUser;
import id.lentera.casework.TestOffice;
import id.lentera.client.ClientSummaries;
import id.lentera.client.HouseholdRoster;
import id.lentera.client.MaternalStatus;
import id.lentera.client.MemberDetails;
import id.lentera.client.PersonFacts;
import id.lentera.client.Registry;
import id.lentera.client.RegistryCheck;
import id.lentera.client.RegistrySource;
import id.lentera.client.RegistryState;
import id.lentera.client.RegistryStatusLog;
import id.lentera.client.Relationship;
import id.lentera.client.Schooling;
import id.lentera.client.Sex;
import id.lentera.client.TriState;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import org.springframework.context.ApplicationContext;

import static id.lentera.account.TestAccounts.unique;

/**
 * Households for the eligibility tests, made through the client module's services as a worker
 * would, so that every change announces itself and is evaluated.
 */
public final class EligibilityFixtures {

    public final TestOffice office;
    private final HouseholdRoster roster;
    private final RegistryStatusLog registry;
    private final ClientSummaries clients;
    /** The case and client that {@link #householdWithCase} made last. */
    public long lastCaseId;
    public long lastClientId;

    public EligibilityFixtures(ApplicationContext context) {
        this.office = new TestOffice(context);
        this.roster = context.getBean(HouseholdRoster.class);
        this.registry = context.getBean(RegistryStatusLog.class);
        this.clients = context.getBean(ClientSummaries.class);
    }

    /** A household of a client of the office's worker: head only, never evaluated. */
    public long household() {
        long client = office.client(unique("Supriadi"));
        return clients.find(client).orElseThrow().householdId();
    }

    /** The household of a case in planning whose assessment found an administrative barrier. */
    public long householdWithCase() {
        long caseId = office.caseInPlanningWithoutGoal(unique("Sukirman"));
        lastCaseId = caseId;
        lastClientId = office.file(caseId).getClientId();
        return office.file(caseId).getHouseholdId();
    }

    public long child(long householdId, LocalDate born, Schooling schooling) {
        return SignedIn.run(office.worker, () -> roster.addMember(householdId, new MemberDetails(Relationship.CHILD,
                new PersonFacts("Anak " + unique("a"), null, Sex.F, born, null, false, null, MaternalStatus.NONE, null,
                        schooling, TriState.NO, null), Map.of()), office.worker));
    }

    public void registry(long householdId, Registry which, RegistryState state, Integer decile) {
        registry(householdId, which, state, decile, office.worker);
    }

    public void registry(long householdId, Registry which, RegistryState state, Integer decile, CurrentUser by) {
        SignedIn.run(by, () -> registry.record(householdId, new RegistryCheck(which, state, null, null, decile,
                TestClock.today(), RegistrySource.CEK_BANSOS, null), by));
    }

    /** Head only, a child in SD, not in the DTKS: eligible once registered (the seed paper's case). */
    public long onceRegistered(boolean withCase) {
        long id = withCase ? householdWithCase() : household();
        child(id, TestClock.today().minusYears(9), Schooling.SD);
        registry(id, Registry.DTKS, RegistryState.NOT_REGISTERED, null);
        return id;
    }
}
