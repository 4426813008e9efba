package id.lentera.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.shared.NotFoundException;
import id.lentera.shared.StaleEditException;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The roster and registry services on PostgreSQL: rules, access by query, events and history. */
@IntegrationTest
@RecordApplicationEvents
class HouseholdRosterTest {

    static final String KELURAHAN = "12.75.05.1001";

    @Autowired
    ApplicationContext context;
    @Autowired
    HouseholdRoster roster;
    @Autowired
    RegistryStatusLog registry;
    @Autowired
    Households households;
    @Autowired
    ApplicationEvents events;
    @Autowired
    People people;
    @Autowired
    JdbcTemplate jdbc;

    TestAccounts accounts;
    CurrentUser worker;
    long clientId;
    long householdId;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        worker = accounts.account(Role.SOCIAL_WORKER);
        clientId = new TestClients(context).streetClient(worker, "Marzuki Rambe", null, Sex.M, 1980);
        householdId = as(worker, () -> roster.create(clientId, new NewHousehold(address(null), Relationship.HEAD,
                null), worker));
    }

    /** A well-formed NIK no other test will draw: a woman born on a random day of 1990, a random serial. */
    static String freshNik() {
        return TestClients.nikOf(LocalDate.of(1990, 5, 1 + ThreadLocalRandom.current().nextInt(28)), Sex.F);
    }

    static HouseholdAddress address(String kk) {
        return new HouseholdAddress(kk, "Jl. Samanhudi No. 4", "3", "12", KELURAHAN);
    }

    static MemberDetails child(String name, String nik, Schooling schooling) {
        return new MemberDetails(Relationship.CHILD, new PersonFacts(name, nik, Sex.F, null, 2015, true, null,
                MaternalStatus.NONE, null, schooling, TriState.NO, null), Map.of(DocumentType.AKTA, DocumentStatus.HAVE));
    }

    static <T> T as(CurrentUser user, java.util.function.Supplier<T> action) {
        return SignedIn.run(user, action);
    }

    static void as(CurrentUser user, Runnable action) {
        SignedIn.run(user, action);
    }

    @Test
    void makesAHouseholdForAClientWhoHadNoneWithTheClientAsHead() {
        HouseholdView view = as(worker, () -> roster.view(householdId, worker));
        assertThat(view.members()).singleElement().satisfies(m -> {
            assertThat(m.relationship()).isEqualTo(Relationship.HEAD);
            assertThat(m.clientId()).isEqualTo(clientId);
            assertThat(m.age()).isEqualTo(Age.asOf(null, 1980, TestClock.today()));
        });
        assertThat(view.place()).isEqualTo("Tanah Merah, Binjai Selatan, Kota Binjai");
        assertThat(events.stream(HouseholdChanged.class).map(HouseholdChanged::householdId)).contains(householdId);
        assertThatThrownBy(() -> as(worker, () -> roster.create(clientId, new NewHousehold(address(null),
                Relationship.HEAD, null), worker))).hasMessage("household.client.alreadyHoused");
    }

    @Test
    void membersWithSeveralDocumentsAreListedOnce() {
        Map<DocumentType, DocumentStatus> documents = Map.of(DocumentType.AKTA, DocumentStatus.HAVE,
                DocumentType.KTP_EL, DocumentStatus.LOST);
        as(worker, () -> roster.addMember(householdId, new MemberDetails(Relationship.CHILD,
                child("Dua Dokumen", null, Schooling.SD).facts(), documents), worker));
        as(worker, () -> roster.addMember(householdId, child("Satu Dokumen", null, Schooling.SMP), worker));

        HouseholdView view = as(worker, () -> roster.view(householdId, worker));

        assertThat(view.members()).extracting(HouseholdView.Member::fullName)
                .containsExactly("Marzuki Rambe", "Dua Dokumen", "Satu Dokumen");
    }

    @Test
    void anotherHeadMayBeEnteredWhenTheClientIsNotTheHead() {
        long client = new TestClients(context).streetClient(worker, "Ani", null, Sex.F, 2010);
        long id = as(worker, () -> roster.create(client, new NewHousehold(address(null), Relationship.CHILD,
                PersonFacts.basic("Bu Ros", Sex.F, 1975)), worker));
        var members = as(worker, () -> roster.view(id, worker)).members();
        assertThat(members).extracting(HouseholdView.Member::fullName, HouseholdView.Member::relationship)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bu Ros", Relationship.HEAD),
                        org.assertj.core.groups.Tuple.tuple("Ani", Relationship.CHILD));
    }

    @Test
    void aNikHeldByAnotherLivingPersonIsAFriendlyErrorNotAnIndexViolation() {
        String nik = freshNik();
        as(worker, () -> roster.addMember(householdId, child("Siti", nik, Schooling.SD), worker));
        events.clear();

        assertThatThrownBy(() -> as(worker, () -> roster.addMember(householdId, child("Siti Lain", nik, Schooling.SD),
                worker))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("nik", "member.nik.taken")));
        assertThat(events.stream(HouseholdChanged.class)).isEmpty();
    }

    @Test
    void theNikOfSomeoneWhoDiedMayBeRecordedAgain() {
        String nik = freshNik();
        long memberId = as(worker, () -> roster.addMember(householdId, child("Siti", nik, Schooling.SD), worker));
        var member = as(worker, () -> roster.view(householdId, worker)).member(memberId);
        as(worker, () -> roster.recordDeath(householdId, memberId, member.personVersion(), TestClock.today(), worker));

        long again = as(worker, () -> roster.addMember(householdId, child("Siti Kembar", nik, Schooling.SD), worker));
        assertThat(again).isPositive();
    }

    @Test
    void editsAMembersFactsAndRefusesAStaleEdit() {
        long memberId = as(worker, () -> roster.addMember(householdId, child("Rina", null, Schooling.SD), worker));
        var before = as(worker, () -> roster.view(householdId, worker)).member(memberId);
        as(worker, () -> roster.updateMember(householdId, memberId, before.personVersion(),
                child("Rina", null, Schooling.SMP), worker));

        var after = as(worker, () -> roster.view(householdId, worker)).member(memberId);
        assertThat(after.schooling()).isEqualTo(Schooling.SMP);
        assertThat(after.documents()).containsEntry(DocumentType.AKTA, DocumentStatus.HAVE);
        assertThatThrownBy(() -> as(worker, () -> roster.updateMember(householdId, memberId, before.personVersion(),
                child("Rina", null, Schooling.SMA), worker))).isInstanceOf(StaleEditException.class);
    }

    @Test
    void changesTheHeadInOneSaveAndRefusesAStaleSecondChange() {
        long spouseId = as(worker, () -> roster.addMember(householdId, new MemberDetails(Relationship.SPOUSE,
                PersonFacts.basic("Ibu Rambe", Sex.F, 1982), Map.of()), worker));
        long version = as(worker, () -> roster.view(householdId, worker)).version();

        as(worker, () -> roster.changeHead(householdId, version, spouseId, Relationship.SPOUSE, worker));

        var view = as(worker, () -> roster.view(householdId, worker));
        assertThat(view.members()).filteredOn(HouseholdView.Member::head).extracting(HouseholdView.Member::memberId)
                .containsExactly(spouseId);
        assertThatThrownBy(() -> as(worker, () -> roster.changeHead(householdId, version, spouseId,
                Relationship.SPOUSE, worker))).isInstanceOf(StaleEditException.class);
    }

    @Test
    void aMemberLeavesAndStaysOnRecordAsAFormerMember() {
        long memberId = as(worker, () -> roster.addMember(householdId, child("Dedi", null, Schooling.SMA), worker));
        var member = as(worker, () -> roster.view(householdId, worker)).member(memberId);
        as(worker, () -> roster.leave(householdId, memberId, member.memberVersion(), TestClock.today(), "Merantau ke Batam",
                worker));

        var view = as(worker, () -> roster.view(householdId, worker));
        assertThat(view.members()).extracting(HouseholdView.Member::memberId).doesNotContain(memberId);
        assertThat(view.formerMembers()).singleElement().satisfies(m -> {
            assertThat(m.leftReason()).isEqualTo("Merantau ke Batam");
            assertThat(m.leftOn()).isEqualTo(TestClock.today());
        });
        assertThatThrownBy(() -> as(worker, () -> roster.leave(householdId, memberId, member.memberVersion() + 1,
                TestClock.today(), "lagi", worker))).hasMessage("household.member.notCurrent");
    }

    @Test
    void refusesAnUnknownKelurahanAndABadOrTakenKk() {
        String kk = "1275051502" + String.format("%06d", ThreadLocalRandom.current().nextInt(1, 999_999));
        long version = households.findById(householdId).orElseThrow().getVersion();
        as(worker, () -> roster.readdress(householdId, version, address(kk), worker));

        long client = new TestClients(context).streetClient(worker, "Lain", null, Sex.M, 1970);
        assertThatThrownBy(() -> as(worker, () -> roster.create(client, new NewHousehold(
                new HouseholdAddress(kk, null, "1234", null, "12.75.05.9999"), Relationship.HEAD, null), worker)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("kkNumber", "household.kk.taken"), new FieldProblem("rt", "household.rtRw.format"),
                        new FieldProblem("kelurahanCode", "household.kelurahan.unknown")));
        assertThatThrownBy(() -> as(worker, () -> roster.readdress(householdId, version, address(kk), worker)))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void registryHistoryIsNewestFirstAndTheLatestIsCurrent() {
        LocalDate today = TestClock.today();
        as(worker, () -> registry.record(householdId, new RegistryCheck(Registry.DTKS, RegistryState.NOT_REGISTERED,
                null, null, null, today.minusMonths(2), RegistrySource.CEK_BANSOS, null), worker));
        as(worker, () -> registry.record(householdId, new RegistryCheck(Registry.DTSEN, RegistryState.REGISTERED,
                null, "DT-123", 2, today, RegistrySource.SIKS_NG, "Sudah masuk"), worker));
        as(worker, () -> registry.record(householdId, new RegistryCheck(Registry.DTKS, RegistryState.PROPOSED,
                null, null, null, today.minusMonths(1), RegistrySource.KELURAHAN_LETTER, null), worker));

        var view = as(worker, () -> roster.view(householdId, worker));
        assertThat(view.registry()).extracting(HouseholdView.RegistryEntry::status).containsExactly(
                RegistryState.REGISTERED, RegistryState.PROPOSED, RegistryState.NOT_REGISTERED);
        assertThat(view.currentRegistryStatus().decile()).isEqualTo(2);
        assertThat(view.currentRegistryStatus().recordedBy()).isEqualTo(worker.fullName());
        assertThat(events.stream(HouseholdChanged.class).filter(e -> e.householdId() == householdId)).hasSize(4);
    }

    @Test
    void recordsWhoChangedWhatInTheHistory() {
        long memberId = as(worker, () -> roster.addMember(householdId, child("Rina", null, Schooling.SD), worker));
        var before = as(worker, () -> roster.view(householdId, worker)).member(memberId);
        as(worker, () -> roster.updateMember(householdId, memberId, before.personVersion(),
                child("Rina", null, Schooling.SMP), worker));

        List<HouseholdView.Change> history = as(worker, () -> roster.view(householdId, worker)).history();
        assertThat(history).first().satisfies(change -> {
            assertThat(change.username()).isEqualTo(worker.username());
            assertThat(change.subject()).isEqualTo("Rina");
            assertThat(change.kind()).isEqualTo("household.history.person.CHANGED");
            assertThat(change.fields()).containsExactly("household.history.field.person.schooling");
        });
        assertThat(history).extracting(HouseholdView.Change::kind).contains("household.history.household.CREATED",
                "household.history.member.CREATED");
    }

    @Test
    void onlyThoseWhoSeeAMembersClientSeeTheHouseholdAndTheHeadOfOfficeOnlyReads() {
        CurrentUser stranger = accounts.account(Role.SOCIAL_WORKER);
        CurrentUser head = accounts.account(Role.HEAD_OF_OFFICE);
        CurrentUser admin = accounts.account(Role.ADMIN);

        assertThatThrownBy(() -> as(stranger, () -> roster.view(householdId, stranger)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> roster.addMember(householdId, child("X", null, null), stranger)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(admin, () -> roster.view(householdId, admin)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(head, () -> roster.view(householdId, head)).editable()).isFalse();
        assertThatThrownBy(() -> as(head, () -> roster.addMember(householdId, child("X", null, null), head)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(head, () -> registry.record(householdId, new RegistryCheck(Registry.DTKS,
                RegistryState.NOT_REGISTERED, null, null, null, TestClock.today(), RegistrySource.OTHER, null), head)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClientWhoLeftStillOpensTheHouseholdForTheirWorker() {
        long spouseId = as(worker, () -> roster.addMember(householdId, new MemberDetails(Relationship.SPOUSE,
                PersonFacts.basic("Ibu Rambe", Sex.F, 1982), Map.of()), worker));
        long version = as(worker, () -> roster.view(householdId, worker)).version();
        as(worker, () -> roster.changeHead(householdId, version, spouseId, Relationship.SPOUSE, worker));
        var client = as(worker, () -> roster.view(householdId, worker)).members().stream()
                .filter(m -> m.clientId() != null).findFirst().orElseThrow();
        as(worker, () -> roster.leave(householdId, client.memberId(), client.memberVersion(), TestClock.today(),
                "Pindah ke rumah singgah", worker));

        assertThat(as(worker, () -> roster.view(householdId, worker)).formerMembers()).hasSize(1);
    }

    @Test
    void anEditOnTheRosterKeepsTheBirthplaceItDoesNotShow() {
        long memberId = as(worker, () -> roster.addMember(householdId, new MemberDetails(Relationship.PARENT,
                new PersonFacts("Nenek", null, Sex.F, null, 1950, true, "Kabanjahe", MaternalStatus.NONE, null, null,
                        TriState.UNKNOWN, null), Map.of()), worker));
        var member = as(worker, () -> roster.view(householdId, worker)).member(memberId);
        as(worker, () -> roster.updateMember(householdId, memberId, member.personVersion(), new MemberDetails(
                Relationship.PARENT, PersonFacts.basic("Nenek Ros", Sex.F, 1950), Map.of()), worker));

        assertThat(people.findById(member.personId()).orElseThrow())
                .satisfies(p -> {
                    assertThat(p.getFullName()).isEqualTo("Nenek Ros");
                    assertThat(p.getBirthplace()).isEqualTo("Kabanjahe");
                });
    }

    // --- a NIK that disagrees with the recorded sex or birth date (DOMAIN §2)

    private static MemberDetails member(String nik, Sex sex, LocalDate birthDate, String reason) {
        return new MemberDetails(Relationship.CHILD, new PersonFacts("Putri", nik, sex, birthDate, null, false, null,
                MaternalStatus.NONE, null, Schooling.SD, TriState.NO, null), Map.of(), reason);
    }

    private static LocalDate bornBy(String nik) {
        return new Nik(nik).birthDate(TestClock.today());
    }

    private String auditedOverride(long personId) {
        return jdbc.queryForObject("select nik_warning_override from person_aud where id = ? order by rev desc limit 1",
                String.class, personId);
    }

    @Test
    void aMismatchedNikIsHeldBackUntilAReasonIsGivenThenTheReasonIsStoredAndAudited() {
        String nik = freshNik();
        events.clear();

        for (String noReason : new String[] {null, "   "}) {
            assertThatThrownBy(() -> as(worker, () -> roster.addMember(householdId,
                    member(nik, Sex.M, bornBy(nik).plusDays(1), noReason), worker)))
                    .isInstanceOfSatisfying(NikMismatchException.class, e -> assertThat(e.mismatches())
                            .containsExactly(Nik.Mismatch.SEX, Nik.Mismatch.BIRTH_DATE));
        }
        assertThat(people.findLivingByNik(nik)).isEmpty();
        assertThat(events.stream(HouseholdChanged.class)).isEmpty();

        long memberId = as(worker, () -> roster.addMember(householdId,
                member(nik, Sex.M, bornBy(nik).plusDays(1), "  Sesuai KTP-el; KK salah tulis  "), worker));

        var saved = as(worker, () -> roster.view(householdId, worker)).member(memberId);
        assertThat(saved.nikWarningOverride()).isEqualTo("Sesuai KTP-el; KK salah tulis");
        assertThat(saved.sex()).isEqualTo(Sex.M);
        assertThat(auditedOverride(saved.personId())).isEqualTo("Sesuai KTP-el; KK salah tulis");
    }

    @Test
    void aNikThatAgreesIsSavedWithoutWarningAndKeepsNoReason() {
        String nik = freshNik();
        long memberId = as(worker, () -> roster.addMember(householdId, member(nik, Sex.F, bornBy(nik), null), worker));
        assertThat(as(worker, () -> roster.view(householdId, worker)).member(memberId).nikWarningOverride()).isNull();

        // a reason left over from an earlier attempt is not kept once nothing disagrees
        String other = freshNik();
        long second = as(worker, () -> roster.addMember(householdId, member(other, Sex.F, null, "lama"), worker));
        assertThat(as(worker, () -> roster.view(householdId, worker)).member(second).nikWarningOverride()).isNull();
    }

    @Test
    void anEditThatMakesTheNikDisagreeIsHeldBackAndAnEditThatMendsItDropsTheReason() {
        String nik = freshNik();
        long memberId = as(worker, () -> roster.addMember(householdId, member(nik, Sex.F, bornBy(nik), null), worker));
        var before = as(worker, () -> roster.view(householdId, worker)).member(memberId);

        assertThatThrownBy(() -> as(worker, () -> roster.updateMember(householdId, memberId, before.personVersion(),
                member(nik, Sex.F, bornBy(nik).minusYears(1), null), worker)))
                .isInstanceOfSatisfying(NikMismatchException.class,
                        e -> assertThat(e.mismatches()).containsExactly(Nik.Mismatch.BIRTH_DATE));
        var unchanged = as(worker, () -> roster.view(householdId, worker)).member(memberId);
        assertThat(unchanged.birthDate()).isEqualTo(bornBy(nik));
        assertThat(unchanged.personVersion()).isEqualTo(before.personVersion());

        as(worker, () -> roster.updateMember(householdId, memberId, before.personVersion(),
                member(nik, Sex.F, bornBy(nik).minusYears(1), "Tahun lahir di NIK keliru"), worker));
        var overridden = as(worker, () -> roster.view(householdId, worker)).member(memberId);
        assertThat(overridden.nikWarningOverride()).isEqualTo("Tahun lahir di NIK keliru");
        assertThat(as(worker, () -> roster.view(householdId, worker)).history())
                .anySatisfy(c -> assertThat(c.fields()).contains("household.history.field.person.nik_warning_override"));

        as(worker, () -> roster.updateMember(householdId, memberId, overridden.personVersion(),
                member(nik, Sex.F, bornBy(nik), "Tahun lahir di NIK keliru"), worker));
        assertThat(as(worker, () -> roster.view(householdId, worker)).member(memberId).nikWarningOverride()).isNull();
        assertThat(auditedOverride(overridden.personId())).isNull();
    }
}
