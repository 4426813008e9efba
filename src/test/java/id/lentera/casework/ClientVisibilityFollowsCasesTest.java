package id.lentera.casework;


import id.lentera.account.CurrentUser;
import id.lentera.client.ClientAccess;
import id.lentera.client.ClientQuery;
import id.lentera.client.ClientRecords;
import id.lentera.client.ClientSearch;
import id.lentera.client.ClientSearchRow;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Who sees a client in full follows who works on their cases (issue 4), in the client module's queries. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientVisibilityFollowsCasesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Casework casework;
    @Autowired
    ClientAccess access;
    @Autowired
    ClientSearch search;
    @Autowired
    ClientRecords records;

    TestOffice office;

    @BeforeAll
    void office() {
        office = new TestOffice(context);
    }

    ClientSearchRow row(CurrentUser user, String name) {
        return SignedIn.run(user, () -> search.search(new ClientQuery(name, null, null, null, null), user,
                PageRequest.of(0, 20))).getContent().stream().filter(r -> r.fullName().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void theWorkerAReassignedCaseGoesToSeesItsClientAndAnotherTeamDoesNot() {
        String name = "Klien Dialihkan " + System.nanoTime();
        long client = office.client(name);
        assertThat(access.sees(office.colleague, client)).isFalse();

        long caseId = SignedIn.run(office.worker, () -> casework.open(client, null, TestClock.today(), office.worker));
        SignedIn.run(office.supervisor, () -> casework.reassign(caseId, office.colleague.id(), "Cuti", office.supervisor));

        assertThat(access.sees(office.colleague, client)).isTrue();
        assertThat(row(office.colleague, name).fullAccess()).isTrue();
        assertThat(row(office.colleague, name).responsibleWorker()).isEqualTo("Test " + office.colleague.username());
        assertThat(access.sees(office.otherWorker, client)).isFalse();
        assertThat(access.sees(office.otherSupervisor, client)).isFalse();
        assertThat(row(office.otherWorker, name).fullAccess()).isFalse();
        // the registrar keeps the client record (not the case): a client is never left with nobody
        assertThat(access.sees(office.worker, client)).isTrue();
    }

    @Test
    void theWorkerOfAClosedCaseKeepsSeeingTheClientWhomTheCaseWasAbout() {
        String name = "Klien Ditutup " + System.nanoTime();
        long client = office.client(name);
        long caseId = SignedIn.run(office.worker, () -> casework.open(client, null, TestClock.today(), office.worker));
        SignedIn.run(office.supervisor, () -> casework.reassign(caseId, office.colleague.id(), "Cuti", office.supervisor));
        // as a termination approved by the supervisor does (Casework on closing)
        var caseworkers = context.getBean(id.lentera.client.ClientCaseworkers.class);
        context.getBean(org.springframework.transaction.support.TransactionTemplate.class)
                .executeWithoutResult(tx -> caseworkers.caseClosed(caseId, TestClock.get().instant()));

        assertThat(access.sees(office.colleague, client)).isTrue();
    }

    @Test
    void theOpenCaseFilterFindsClientsWithAnOpenCase() {
        String name = "Klien Berkasus " + System.nanoTime();
        long client = office.client(name);
        ClientQuery withOpenCase = new ClientQuery(name, null, null, null, true);
        ClientQuery withoutOpenCase = new ClientQuery(name, null, null, null, false);
        CurrentUser w = office.worker;
        assertThat(SignedIn.run(w, () -> search.search(withOpenCase, w, PageRequest.of(0, 20))).getContent())
                .extracting(ClientSearchRow::clientId).doesNotContain(client);
        assertThat(SignedIn.run(w, () -> search.search(withoutOpenCase, w, PageRequest.of(0, 20))).getContent())
                .extracting(ClientSearchRow::clientId).contains(client);

        assertThat(SignedIn.run(w, () -> records.open(client, w)).openCaseId()).isNull();

        long caseId = SignedIn.run(w, () -> casework.open(client, null, TestClock.today(), w));

        // the client page links to it instead of offering to open another
        assertThat(SignedIn.run(w, () -> records.open(client, w)).openCaseId()).isEqualTo(caseId);
        assertThat(SignedIn.run(w, () -> search.search(withOpenCase, w, PageRequest.of(0, 20))).getContent())
                .extracting(ClientSearchRow::clientId).contains(client);
        assertThat(SignedIn.run(w, () -> search.search(withoutOpenCase, w, PageRequest.of(0, 20))).getContent())
                .extracting(ClientSearchRow::clientId).doesNotContain(client);
    }
}
