package id.lentera.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import id.lentera.account.CurrentUser;
import id.lentera.support.TestClock;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Makes people, households and clients for tests, straight through the entities. */
public final class TestClients {

    private final People people;
    private final Households households;
    private final Clients clients;
    private final TransactionTemplate transactions;

    public TestClients(ApplicationContext context) {
        this.people = context.getBean(People.class);
        this.households = context.getBean(Households.class);
        this.clients = context.getBean(Clients.class);
        this.transactions = context.getBean(TransactionTemplate.class);
    }

    /** A valid NIK of someone of {@code sex} born on {@code birthDate}, unique enough for a shared test database. */
    public static String nikOf(LocalDate birthDate, Sex sex) {
        int day = birthDate.getDayOfMonth() + (sex == Sex.F ? 40 : 0);
        return "127505" + String.format("%02d%02d%02d%04d", day, birthDate.getMonthValue(), birthDate.getYear() % 100,
                ThreadLocalRandom.current().nextInt(1, 10_000));
    }

    /** A client who heads a new household at {@code kelurahanCode}; returns the client id. */
    public long clientHeadingHousehold(CurrentUser by, String fullName, Sex sex, LocalDate birthDate, String nik,
            String kk, String kelurahanCode) {
        return transactions.execute(status -> {
            Instant now = TestClock.get().instant();
            Person person = people.save(new Person(new PersonFacts(fullName, nik, sex, birthDate, null, false, null,
                    MaternalStatus.NONE, null, null, TriState.UNKNOWN, null), by.id(), now));
            Household household = new Household(new HouseholdAddress(kk, "Jl. Samanhudi", "001", "002", kelurahanCode),
                    by.id(), now);
            household.add(person, Relationship.HEAD, null);
            households.save(household);
            Client client = new Client(person, by.id(), by.teamId(), now);
            client.describe(new ClientDetails(null, nik == null ? NikMissingReason.LOST : null, null, Situation.HOME,
                    null, null, null, null, null, null, null, null, false, false, Set.of()), Set.of());
            return clients.save(client).getId();
        });
    }

    /** A homeless client with no household, known by an alias. */
    public long streetClient(CurrentUser by, String fullName, String alias, Sex sex, Integer estimatedBirthYear) {
        return transactions.execute(status -> {
            Instant now = TestClock.get().instant();
            Person person = people.save(new Person(PersonFacts.basic(fullName, sex, estimatedBirthYear), by.id(), now));
            Client client = new Client(person, by.id(), by.teamId(), now);
            client.describe(new ClientDetails(alias, NikMissingReason.UNKNOWN, null, Situation.STREET, "Pasar Tavip",
                    null, null, null, null, null, null, null, false, false, Set.of()), Set.of());
            return clients.save(client).getId();
        });
    }
}
