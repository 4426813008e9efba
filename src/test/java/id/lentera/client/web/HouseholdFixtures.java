package id.lentera.client.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.lentera.account.CurrentUser;
import id.lentera.client.HouseholdAddress;
import id.lentera.client.HouseholdRoster;
import id.lentera.client.HouseholdView;
import id.lentera.client.MaternalStatus;
import id.lentera.client.MemberDetails;
import id.lentera.client.NewHousehold;
import id.lentera.client.PersonFacts;
import id.lentera.client.Relationship;
import id.lentera.client.Schooling;
import id.lentera.client.Sex;
import id.lentera.client.TestClients;
import id.lentera.client.TriState;
import id.lentera.support.SignedIn;
import org.springframework.context.ApplicationContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Households for the web tests, made through the roster as their worker would. */
final class HouseholdFixtures {

    static final String KELURAHAN = "12.75.05.1001";

    private final HouseholdRoster roster;
    private final TestClients clients;

    HouseholdFixtures(ApplicationContext context) {
        this.roster = context.getBean(HouseholdRoster.class);
        this.clients = new TestClients(context);
    }

    /** A household headed by a client of {@code worker}, with {@code children} more members. */
    Made household(CurrentUser worker, int children) {
        long clientId = clients.streetClient(worker, "Marzuki Rambe", null, Sex.M, 1980);
        return SignedIn.run(worker, () -> {
            long id = roster.create(clientId, new NewHousehold(new HouseholdAddress(null, "Jl. Samanhudi", "3", "12",
                    KELURAHAN), Relationship.HEAD, null), worker);
            long memberId = 0;
            for (int i = 0; i < children; i++) {
                memberId = roster.addMember(id, new MemberDetails(Relationship.CHILD, new PersonFacts("Anak " + i,
                        null, i % 2 == 0 ? Sex.F : Sex.M, LocalDate.of(2015, 3, 1 + i), null, false, null,
                        MaternalStatus.NONE, null, Schooling.SD, TriState.NO, null), Map.of()), worker);
            }
            return new Made(id, clientId, memberId);
        });
    }

    /** A client of {@code worker} without a household. */
    long homelessClient(CurrentUser worker) {
        return clients.streetClient(worker, "Rahmat Hidayat", null, Sex.M, 1999);
    }

    HouseholdView view(CurrentUser worker, long id) {
        return SignedIn.run(worker, () -> roster.view(id, worker));
    }

    /** @param memberId the last child added (0 when none) */
    record Made(long id, long clientId, long memberId) {
    }

    static MultiValueMap<String, String> form(String... namesAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    static List<String> memberFields(String fullName) {
        return List.of("relationship", "CHILD", "fullName", fullName, "sex", "F", "maternalStatus", "NONE",
                "severeDisability", "UNKNOWN", "ktpEl", "UNKNOWN", "akta", "UNKNOWN", "schooling", "SD");
    }
}
