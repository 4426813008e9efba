package id.lentera.casework;

import java.util.ArrayList;
import java.util.List;

import id.lentera.client.ClientSummaries;
import id.lentera.client.ClientSummary;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo cases: one in each stage and one closed, walked through the real rules. */
@IntegrationTest
class CaseworkDemoTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseworkDemo demo;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    ClientSummaries clients;
    @Autowired
    Casework casework;

    @Test
    void givesTheDemoClientsOneCaseInEachStageAndOneClosed() {
        TestOffice office = new TestOffice(context);
        List<ClientSummary> demoClients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            demoClients.add(clients.find(office.client("Demo " + i)).orElseThrow());
        }

        List<Long> made = demo.load(demoClients);

        assertThat(made).hasSize(7);
        List<CaseFile> files = made.stream()
                .map(id -> SignedIn.run(office.supervisor, () -> casework.find(id, office.supervisor).file())).toList();
        assertThat(files).extracting(CaseFile::getStage).containsExactly(Stage.ENGAGEMENT, Stage.ASSESSMENT,
                Stage.PLANNING, Stage.INTERVENTION, Stage.EVALUATION, Stage.TERMINATION, Stage.TERMINATION);
        assertThat(files).extracting(CaseFile::isOpen).containsExactly(true, true, true, true, true, true, false);
        assertThat(files).allSatisfy(file -> assertThat(file.getWorkerId()).isEqualTo(office.worker.id()));
    }

    @Test
    void doesNothingOnAnExternalDatabase() throws Exception {
        long before = caseFiles.count();
        demo.run(new DefaultApplicationArguments());
        assertThat(caseFiles.count()).isEqualTo(before);
    }
}
