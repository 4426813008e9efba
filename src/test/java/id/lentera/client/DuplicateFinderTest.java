package id.lentera.client;

import java.time.LocalDate;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.client.DuplicateFinder.Kind;
import id.lentera.client.DuplicateFinder.Probe;
import id.lentera.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DuplicateFinderTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DuplicateFinder finder;

    TestClients clients;
    CurrentUser worker;
    String surname;

    @BeforeEach
    void setUp() {
        TestAccounts accounts = new TestAccounts(context);
        clients = new TestClients(context);
        worker = accounts.account(Role.SOCIAL_WORKER);
        // ten random letters: surnames of different tests share no trigram, so only the people a
        // test makes can look alike to it
        surname = java.util.concurrent.ThreadLocalRandom.current().ints(10, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String uniqueNumber(String prefix) {
        return prefix + String.format("%0" + (16 - prefix.length()) + "d",
                (System.nanoTime() % (long) Math.pow(10, 16 - prefix.length() - 1)) + 1);
    }

    @Test
    void sameNikOfALivingPersonBlocks() {
        String nik = uniqueNumber("127505010190");
        clients.clientHeadingHousehold(worker, "Ahmad " + surname, Sex.M, LocalDate.of(1990, 1, 1), nik, null,
                "12.75.05.1001");
        var found = finder.find(new Probe("Someone Else", nik, null, null, null, null), worker);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo(Kind.SAME_NIK);
        assertThat(found.get(0).blocks()).isTrue();
    }

    @Test
    void sameKkOffersTheHousehold() {
        String kk = uniqueNumber("1275051");
        long client = clients.clientHeadingHousehold(worker, "Hasan " + surname, Sex.M, LocalDate.of(1975, 1, 1),
                null, kk, "12.75.05.1002");
        var found = finder.find(new Probe("Nur " + surname, null, kk, null, null, null), worker);
        assertThat(found).extracting(DuplicateFinder.Candidate::kind).containsExactly(Kind.SAME_KK);
        assertThat(found.get(0).householdId()).isNotNull();
        assertThat(found.get(0).clientId()).isEqualTo(client);
        assertThat(found.get(0).blocks()).isFalse();
    }

    @Test
    void aOneLetterSlipInAShortNameStillWarns() {
        // no surname: the two words alone must be enough (0.57 alike); a rare birth year keeps others out
        long client = clients.clientHeadingHousehold(worker, "Siti Amina", Sex.F, LocalDate.of(1931, 5, 1), null,
                null, "12.75.04.1004");
        var found = finder.find(new Probe("Siti Anina", null, null, null, 1931, "12.75.04"), worker);
        assertThat(found).extracting(DuplicateFinder.Candidate::clientId).contains(client);
    }

    @Test
    void similarNameWithCloseBirthYearInTheSameKecamatanWarns() {
        clients.clientHeadingHousehold(worker, "Siti Aisyah " + surname, Sex.F, LocalDate.of(1994, 5, 1), null, null,
                "12.75.05.1003");
        var found = finder.find(new Probe("Siti Aisah " + surname, null, null, LocalDate.of(1995, 2, 2), null,
                "12.75.05"), worker);
        assertThat(found).extracting(DuplicateFinder.Candidate::kind).containsExactly(Kind.SIMILAR_PERSON);
        assertThat(found.get(0).similarity()).isGreaterThanOrEqualTo(DuplicateFinder.NAME_SIMILARITY);
    }

    @Test
    void similarNameFarApartInAgeOrPlaceIsNotADuplicate() {
        clients.clientHeadingHousehold(worker, "Siti Aisyah " + surname, Sex.F, LocalDate.of(1994, 5, 1), null, null,
                "12.75.05.1003");
        assertThat(finder.find(new Probe("Siti Aisyah " + surname, null, null, LocalDate.of(1960, 1, 1), null,
                "12.75.05"), worker)).isEmpty();
        assertThat(finder.find(new Probe("Siti Aisyah " + surname, null, null, LocalDate.of(1994, 5, 1), null,
                "12.71.01"), worker)).isEmpty();
    }

    @Test
    void differentNameIsNotADuplicate() {
        clients.clientHeadingHousehold(worker, "Siti Aisyah " + surname, Sex.F, LocalDate.of(1994, 5, 1), null, null,
                "12.75.05.1003");
        assertThat(finder.find(new Probe("Bambang Pamungkas", null, null, LocalDate.of(1994, 5, 1), null,
                "12.75.05"), worker)).isEmpty();
    }
}
