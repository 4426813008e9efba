package id.lentera.client;

import java.time.LocalDate;
import java.util.List;

import id.lentera.account.CurrentUser;
import id.lentera.audit.AuditEntry;
import id.lentera.audit.AuditLog;
import id.lentera.casework.TestOffice;
import id.lentera.shared.NotFoundException;
import id.lentera.shared.StaleEditException;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Knowing a KK number grants nothing: a worker of another team who registers a client "into the
 * household with KK …" sees nothing of that family until a supervisor of the household's team agrees.
 */
@IntegrationTest
class HouseholdJoinsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ClientRegistration registration;
    @Autowired
    ClientRecords records;
    @Autowired
    HouseholdRoster roster;
    @Autowired
    HouseholdJoins joins;
    @Autowired
    AuditLog auditLog;

    TestOffice office;
    String kk;
    long householdId;

    @BeforeEach
    void aFamilyOfTeamA() {
        office = new TestOffice(context);
        kk = ClientRegistrationTest.kk();
        long head = new TestClients(context).clientHeadingHousehold(office.worker, "Hasan " + kk.substring(7), Sex.M,
                LocalDate.of(1975, 4, 2), null, kk, "12.75.05.1001");
        householdId = SignedIn.run(office.worker, () -> records.open(head, office.worker)).household().id();
    }

    private RegistrationOutcome.Saved registerChild(CurrentUser by, String name) {
        return registerChild(by, name, LocalDate.of(2012, 6, 1));
    }

    private RegistrationOutcome.Saved registerChild(CurrentUser by, String name, LocalDate born) {
        var record = ClientRegistrationTest.record(name + " " + kk.substring(7), null, Sex.F, born, null);
        return (RegistrationOutcome.Saved) SignedIn.run(by, () -> registration.register(record,
                HouseholdPlan.joining(kk, Relationship.CHILD), by));
    }

    private List<HouseholdJoins.Request> queueOf(CurrentUser supervisor) {
        return SignedIn.run(supervisor, () -> joins.forSupervisor(supervisor)).stream()
                .filter(r -> r.householdId() == householdId).toList();
    }

    @Test
    void aWorkerOfAnotherTeamGetsARequestNotTheFamily() {
        CurrentUser stranger = office.otherWorker;
        var saved = registerChild(stranger, "Rina");

        assertThat(saved.joinRequested()).isTrue();
        ClientView client = SignedIn.run(stranger, () -> records.open(saved.clientId(), stranger));
        assertThat(client.household()).as("in no household until agreed").isNull();
        assertThatThrownBy(() -> SignedIn.run(stranger, () -> roster.view(householdId, stranger)))
                .isInstanceOf(NotFoundException.class);
        assertThat(SignedIn.run(office.worker, () -> roster.view(householdId, office.worker)).members())
                .as("the family is unchanged").hasSize(1);

        // the worker sees that they wait, with the KK masked and nothing of the family
        var pending = SignedIn.run(stranger, () -> joins.latestOf(saved.clientId(), stranger)).orElseThrow();
        assertThat(pending.pending()).isTrue();
        assertThat(pending.headName()).isNull();
        assertThat(pending.kkMasked()).doesNotContain(kk.substring(4, 12));

        // the household's supervisor is asked; the stranger's own supervisor is not; workers may not look
        assertThat(queueOf(office.supervisor)).singleElement().satisfies(r -> {
            assertThat(r.clientName()).startsWith("Rina");
            assertThat(r.relationship()).isEqualTo(Relationship.CHILD);
            assertThat(r.requestedBy()).isEqualTo("Test " + stranger.username());
        });
        assertThat(queueOf(office.otherSupervisor)).isEmpty();
        assertThatThrownBy(() -> SignedIn.run(office.worker, () -> joins.forSupervisor(office.worker)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.run(office.otherSupervisor, () -> joins.accept(
                queueOf(office.supervisor).get(0).id(), 0, office.otherSupervisor))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onceTheSupervisorAgreesTheClientIsAMemberAndTheWorkerSeesTheFamily() {
        CurrentUser stranger = office.otherWorker;
        var saved = registerChild(stranger, "Sari");
        var request = queueOf(office.supervisor).get(0);

        SignedIn.run(office.supervisor, () -> joins.accept(request.id(), request.version(), office.supervisor));

        ClientView client = SignedIn.run(stranger, () -> records.open(saved.clientId(), stranger));
        assertThat(client.household().id()).isEqualTo(householdId);
        assertThat(client.household().relationship()).isEqualTo(Relationship.CHILD);
        assertThat(SignedIn.run(stranger, () -> roster.view(householdId, stranger)).members()).hasSize(2);
        assertThat(queueOf(office.supervisor)).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo("ACCEPTED"));
        // a second answer, or an answer from a stale page, changes nothing
        assertThatThrownBy(() -> SignedIn.run(office.supervisor,
                () -> joins.refuse(request.id(), request.version() + 1, "x", office.supervisor)))
                .isInstanceOf(ClientRuleException.class).hasMessage("household.join.alreadyDecided");
        assertThatThrownBy(() -> SignedIn.run(office.supervisor,
                () -> joins.accept(request.id(), request.version(), office.supervisor)))
                .isInstanceOf(StaleEditException.class);

        // the access log has the request and the answer
        var log = SignedIn.run(office.admin, () -> auditLog.search("CLIENT", "", PageRequest.of(0, 200))).getContent();
        assertThat(log).filteredOn(e -> ("#" + saved.clientId()).equals(e.getTarget())).extracting(AuditEntry::getAction)
                .contains("HOUSEHOLD_JOIN_REQUESTED", "HOUSEHOLD_JOIN_ACCEPTED");
    }

    @Test
    void aRefusalKeepsTheFamilyClosedAndTellsTheWorkerWhy() {
        CurrentUser stranger = office.otherWorker;
        var saved = registerChild(stranger, "Tuti");
        var request = queueOf(office.supervisor).get(0);

        SignedIn.run(office.supervisor, () -> joins.refuse(request.id(), request.version(),
                "Bukan anggota KK ini, sudah dicek ke ibu Hasan", office.supervisor));

        assertThatThrownBy(() -> SignedIn.run(stranger, () -> roster.view(householdId, stranger)))
                .isInstanceOf(NotFoundException.class);
        var latest = SignedIn.run(stranger, () -> joins.latestOf(saved.clientId(), stranger)).orElseThrow();
        assertThat(latest.state()).isEqualTo("REFUSED");
        assertThat(latest.comment()).isEqualTo("Bukan anggota KK ini, sudah dicek ke ibu Hasan");
        assertThat(latest.decidedBy()).isEqualTo("Test " + office.supervisor.username());
    }

    @Test
    void whoeverSeesTheFamilyJoinsItAtOnceEvenAColleagueMustAsk() {
        var saved = registerChild(office.worker, "Wati");

        assertThat(saved.joinRequested()).isFalse();
        assertThat(SignedIn.run(office.worker, () -> records.open(saved.clientId(), office.worker)).household().id())
                .isEqualTo(householdId);
        assertThat(queueOf(office.supervisor)).isEmpty();

        // a colleague of the same team does not see the other worker's clients, so neither their family
        assertThat(registerChild(office.colleague, "Kartika", LocalDate.of(2016, 2, 9)).joinRequested()).isTrue();
        assertThat(queueOf(office.supervisor)).hasSize(1);
    }
}
