package id.lentera.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.lentera.account.CurrentUser;
import id.lentera.casework.TestOffice;
import id.lentera.client.HouseholdFacts;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The unregistered map's filters, counts and export act only on households the user may open
 * (issue 14): another team's household eligible once registered is neither listed, nor counted in
 * its kelurahan, nor exported, whichever filter is chosen.
 */
@IntegrationTest
class UnregisteredMapScopeTest {

    static final String KELURAHAN = "12.75.05.1001";

    @Autowired
    ApplicationContext context;
    @Autowired
    UnregisteredMap map;
    @Autowired
    HouseholdFacts households;

    private static List<UnregisteredMap.Filter> filters() {
        return List.of(new UnregisteredMap.Filter(null, null), new UnregisteredMap.Filter(KELURAHAN, null),
                new UnregisteredMap.Filter(KELURAHAN, UnregisteredMap.MissingDocument.KTP_EL),
                new UnregisteredMap.Filter(null, UnregisteredMap.MissingDocument.KK));
    }

    private Map<String, Long> counts(CurrentUser user, UnregisteredMap.Filter filter) {
        return SignedIn.run(user, () -> map.find(filter, user, PageRequest.of(0, 20))).countsByKelurahan();
    }

    private List<Long> exported(CurrentUser user, UnregisteredMap.Filter filter) {
        List<Long> ids = new ArrayList<>();
        SignedIn.run(user, () -> map.forEachChunk(filter, user, rows -> rows.forEach(r -> ids.add(r.householdId()))));
        return ids;
    }

    @Test
    void anotherTeamsHouseholdIsNeitherListedNorCountedNorExported() {
        EligibilityFixtures fixtures = new EligibilityFixtures(context);
        TestOffice office = fixtures.office;
        long before = counts(office.otherSupervisor, filters().get(1)).getOrDefault(KELURAHAN, 0L);
        long household = fixtures.onceRegistered(false);

        for (UnregisteredMap.Filter filter : filters()) {
            assertThat(exported(office.supervisor, filter)).as("own team, %s", filter).contains(household);
            assertThat(exported(office.head, filter)).as("head, %s", filter).contains(household);
            List<Long> theirs = exported(office.otherSupervisor, filter);
            assertThat(theirs).as("other team, %s", filter).doesNotContain(household);
            // every household listed to the other supervisor is one they may open
            theirs.stream().limit(50).forEach(id -> assertThatCode(
                    () -> SignedIn.run(office.otherSupervisor, () -> households.requireVisible(id, office.otherSupervisor)))
                    .doesNotThrowAnyException());
            var page = SignedIn.run(office.otherSupervisor,
                    () -> map.find(filter, office.otherSupervisor, PageRequest.of(0, 20)));
            assertThat(page.rows().getContent()).extracting(UnregisteredMap.Row::householdId).doesNotContain(household);
        }
        assertThat(counts(office.otherSupervisor, filters().get(1)).getOrDefault(KELURAHAN, 0L)).isEqualTo(before);
        assertThat(counts(office.supervisor, filters().get(1)).getOrDefault(KELURAHAN, 0L)).isEqualTo(1L);
    }
}
