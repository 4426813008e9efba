package id.lentera.client;

import java.time.LocalDate;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
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

/** Finding people on PostgreSQL: exact numbers, typo-tolerant names, ranking, who may open what. */
@IntegrationTest
class ClientSearchTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ClientSearch search;

    TestAccounts accounts;
    TestClients clients;
    CurrentUser worker;
    CurrentUser otherWorker;
    String surname;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        clients = new TestClients(context);
        worker = accounts.account(Role.SOCIAL_WORKER);
        otherWorker = accounts.account(Role.SOCIAL_WORKER);
        // a surname unique to this test run keeps other tests' people out of the results
        surname = "Zq" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    private java.util.List<ClientSearchRow> find(CurrentUser user, String text) {
        return SignedIn.run(user, () -> search.search(new ClientQuery(text, null, null, null), user,
                PageRequest.of(0, 20))).getContent();
    }

    @Test
    void findsSpellingVariantsRankedBySimilarity() {
        long siti = clients.clientHeadingHousehold(worker, "Siti Aisyah " + surname, Sex.F,
                LocalDate.of(1994, 5, 1), null, null, "12.75.05.1001");
        long sitiOther = clients.clientHeadingHousehold(worker, "Siti Rahma " + surname, Sex.F,
                LocalDate.of(1980, 1, 1), null, null, "12.75.05.1001");

        var rows = find(worker, "Siti Aisah " + surname);
        assertThat(rows).extracting(ClientSearchRow::clientId).startsWith(siti).contains(sitiOther);
        assertThat(rows.get(0).score()).isGreaterThan(rows.get(1).score());
    }

    @Test
    void findsMohammadAsMuhammad() {
        long muhammad = clients.clientHeadingHousehold(worker, "Muhammad Rizki " + surname, Sex.M,
                LocalDate.of(1990, 2, 3), null, null, "12.75.05.1001");
        assertThat(find(worker, "Mohammad Rizki " + surname)).extracting(ClientSearchRow::clientId).contains(muhammad);
    }

    @Test
    void findsByAlias() {
        long mr = clients.streetClient(worker, "Marzuki Rambe " + surname, "Ucok " + surname, Sex.M, 1971);
        assertThat(find(worker, "Ucok " + surname)).extracting(ClientSearchRow::clientId).containsExactly(mr);
    }

    @Test
    void findsByNikOrKkExactlyAndMasksThem() {
        String nik = "1275050101900" + String.format("%03d", (int) (System.nanoTime() % 900) + 100);
        String kk = "1275051502" + String.format("%06d", (int) (System.nanoTime() % 999_999) + 1);
        long client = clients.clientHeadingHousehold(worker, "Budi " + surname, Sex.M, LocalDate.of(1990, 1, 1),
                nik, kk, "12.75.05.1001");

        var byNik = find(worker, nik.substring(0, 4) + " " + nik.substring(4));
        assertThat(byNik).extracting(ClientSearchRow::clientId).containsExactly(client);
        assertThat(byNik.get(0).maskedNik()).isEqualTo(nik.substring(0, 4) + "••••••••" + nik.substring(12));
        assertThat(byNik.get(0).maskedNik()).doesNotContain(nik.substring(4, 12));
        assertThat(find(worker, kk)).extracting(ClientSearchRow::clientId).containsExactly(client);
    }

    @Test
    void othersSeeLimitedRowsThatCannotBeOpened() {
        long mine = clients.streetClient(worker, "Rudi Hartono " + surname, "Kancil " + surname, Sex.M, 1985);
        var asOther = find(otherWorker, "Rudi Hartono " + surname);
        assertThat(asOther).hasSize(1);
        assertThat(asOther.get(0).clientId()).isEqualTo(mine);
        assertThat(asOther.get(0).fullAccess()).isFalse();
        assertThat(asOther.get(0).alias()).isNull();
        // the worker is of another team: named by their team only (issue 14)
        assertThat(asOther.get(0).responsibleWorker()).isNull();
        assertThat(asOther.get(0).responsibleTeam()).startsWith("tim-");

        var asOwner = find(worker, "Rudi Hartono " + surname);
        assertThat(asOwner.get(0).fullAccess()).isTrue();
        assertThat(asOwner.get(0).alias()).isEqualTo("Kancil " + surname);
    }

    @Test
    void supervisorSeesTheTeamsClientsAndTheHeadOfOfficeEveryone() {
        long clientId = clients.streetClient(worker, "Tono Sembiring " + surname, null, Sex.M, 1960);
        CurrentUser head = accounts.account(Role.HEAD_OF_OFFICE);
        assertThat(find(head, "Tono Sembiring " + surname).get(0).fullAccess()).isTrue();
        CurrentUser otherSupervisor = accounts.account(Role.SUPERVISOR);
        assertThat(find(otherSupervisor, "Tono Sembiring " + surname).get(0).fullAccess()).isFalse();
        assertThat(clientId).isPositive();
    }

    @Test
    void aNameSearchPagesThroughItsMatchesAndFiltersCountOnlyWhatTheyKeep() {
        java.util.Set<Long> made = new java.util.HashSet<>();
        for (int i = 0; i < 25; i++) {
            made.add(clients.clientHeadingHousehold(worker, "Rusli " + surname, Sex.M, LocalDate.of(1970, 1, 1), null,
                    null, i < 3 ? "12.75.01.1001" : "12.75.05.1001"));
        }
        var first = SignedIn.run(worker, () -> search.search(new ClientQuery("Rusli " + surname, null, null, null),
                worker, PageRequest.of(0, 20)));
        var second = SignedIn.run(worker, () -> search.search(new ClientQuery("Rusli " + surname, null, null, null),
                worker, PageRequest.of(1, 20)));
        assertThat(first.getTotalElements()).isEqualTo(25);
        assertThat(first.getContent()).hasSize(20);
        assertThat(second.getContent()).hasSize(5);
        var all = new java.util.HashSet<Long>();
        first.getContent().forEach(r -> all.add(r.clientId()));
        second.getContent().forEach(r -> all.add(r.clientId()));
        assertThat(all).isEqualTo(made);

        var filtered = SignedIn.run(worker, () -> search.search(new ClientQuery("Rusli " + surname, "12.75.01.1001",
                null, null), worker, PageRequest.of(0, 20)));
        assertThat(filtered.getTotalElements()).isEqualTo(3);
        assertThat(filtered.getContent()).hasSize(3)
                .allSatisfy(r -> assertThat(r.kelurahanCode()).isEqualTo("12.75.01.1001"));
    }

    @Test
    void adminsSeeNoClientData() {
        CurrentUser admin = accounts.account(Role.ADMIN);
        assertThatThrownBy(() -> find(admin, "Siti"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
