package id.lentera.client;

import java.time.LocalDate;

import id.lentera.account.CurrentUser;
import id.lentera.casework.TestOffice;
import id.lentera.support.SignedIn;
import org.springframework.context.ApplicationContext;

/** A family of the office's team, and a worker of the other team asking to add a child to it. */
public final class JoinFixtures {

    /** @param version the request's version as the supervisor's page shows it */
    public record Made(long householdId, String kk, long clientId, long requestId, long version) {
    }

    private JoinFixtures() {
    }

    public static Made aRequest(ApplicationContext context, TestOffice office) {
        String kk = ClientRegistrationTest.kk();
        String surname = kk.substring(7);
        long head = new TestClients(context).clientHeadingHousehold(office.worker, "Hasan " + surname, Sex.M,
                LocalDate.of(1975, 4, 2), null, kk, "12.75.05.1001");
        ClientRecords records = context.getBean(ClientRecords.class);
        long householdId = SignedIn.run(office.worker, () -> records.open(head, office.worker)).household().id();
        CurrentUser stranger = office.otherWorker;
        var record = ClientRegistrationTest.record("Yuni " + surname, null, Sex.F, LocalDate.of(2012, 6, 1), null);
        var saved = (RegistrationOutcome.Saved) SignedIn.run(stranger, () -> context.getBean(ClientRegistration.class)
                .register(record, HouseholdPlan.joining(kk, Relationship.CHILD), stranger));
        HouseholdJoins joins = context.getBean(HouseholdJoins.class);
        var request = SignedIn.run(office.supervisor, () -> joins.forSupervisor(office.supervisor)).stream()
                .filter(r -> r.clientId() == saved.clientId()).findFirst().orElseThrow();
        return new Made(householdId, kk, saved.clientId(), request.id(), request.version());
    }
}
