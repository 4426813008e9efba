package id.lentera.client;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.audit.AuditEntry;
import id.lentera.audit.AuditLog;
import id.lentera.shared.NotFoundException;
import id.lentera.shared.StaleEditException;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Registering and editing clients on PostgreSQL: households, duplicates, NIK rules, history, access log. */
@IntegrationTest
@RecordApplicationEvents
class ClientRegistrationTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    ApplicationContext context;
    @Autowired
    ClientRegistration registration;
    @Autowired
    ClientRecords records;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;

    TestAccounts accounts;
    CurrentUser worker;
    String surname;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        worker = accounts.account(Role.SOCIAL_WORKER);
        // long and random: other tests' people with the same first name must not look like duplicates
        surname = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 62), 36);
    }

    static String nikOf(LocalDate birthDate, Sex sex) {
        return TestClients.nikOf(birthDate, sex);
    }

    static String kk() {
        return "1275051" + String.format("%09d", ThreadLocalRandom.current().nextLong(1, 1_000_000_000L));
    }

    static ClientRecord record(String name, String nik, Sex sex, LocalDate birthDate, Integer birthYear) {
        PersonFacts person = new PersonFacts(name, nik, sex, birthDate, birthYear, birthYear != null, "Langkat",
                MaternalStatus.NONE, null, null, TriState.UNKNOWN, null);
        ClientDetails details = new ClientDetails("Pak " + name, nik == null ? NikMissingReason.LOST : null,
                "+6281234567890", Situation.HOME, "Jl. Gatot Subroto", "12.75.05.1001", "12.71", "buruh harian",
                1_200_000L, "SD", MaritalStatus.WIDOWED, LocalDate.of(2026, 11, 30), true, false, Set.of(1L, 24L));
        Map<DocumentType, DocumentHolding> documents = new EnumMap<>(DocumentType.class);
        documents.put(DocumentType.KTP_EL, new DocumentHolding(DocumentStatus.LOST, null));
        documents.put(DocumentType.KK, new DocumentHolding(DocumentStatus.LOST, null));
        return new ClientRecord(person, details, documents, null, null);
    }

    static ClientRecord withReasons(ClientRecord r, String nikReason, String duplicateReason) {
        return new ClientRecord(r.person(), r.details(), r.documents(), nikReason, duplicateReason);
    }

    private RegistrationOutcome register(ClientRecord record, HouseholdPlan plan) {
        return SignedIn.run(worker, () -> registration.register(record, plan, worker));
    }

    private long registered(ClientRecord record, HouseholdPlan plan) {
        var outcome = register(record, plan);
        assertThat(outcome).isInstanceOf(RegistrationOutcome.Saved.class);
        return ((RegistrationOutcome.Saved) outcome).clientId();
    }

    private ClientView open(CurrentUser user, long id) {
        return SignedIn.run(user, () -> records.open(id, user));
    }

    private static HouseholdPlan newHousehold(String kk) {
        return HouseholdPlan.heading(new HouseholdAddress(kk, "Jl. Gatot Subroto", "003", "004", "12.75.05.1001"));
    }

    @Test
    void registersAClientHeadingANewHousehold() {
        String kk = kk();
        long id = registered(record("Parjo " + surname, null, Sex.M, null, 1981), newHousehold(kk));

        ClientView client = open(worker, id);
        assertThat(client.fullName()).isEqualTo("Parjo " + surname);
        assertThat(client.nikMissingReason()).isEqualTo(NikMissingReason.LOST);
        assertThat(client.birthYear()).isEqualTo(1981);
        assertThat(client.birthYearEstimated()).isTrue();
        assertThat(client.phone()).isEqualTo("+6281234567890");
        assertThat(client.maritalStatus()).isEqualTo(MaritalStatus.WIDOWED);
        assertThat(client.ppksCategoryIds()).containsExactlyInAnyOrder(1L, 24L);
        assertThat(client.documents().get(DocumentType.KTP_EL).status()).isEqualTo(DocumentStatus.LOST);
        assertThat(client.currentKelurahanName()).contains("Tanah Merah");
        assertThat(client.household()).isNotNull();
        assertThat(client.household().kkNumber()).isEqualTo(kk);
        assertThat(client.household().relationship()).isEqualTo(Relationship.HEAD);
        assertThat(client.household().headName()).isEqualTo("Parjo " + surname);
        assertThat(client.registeredByName()).isEqualTo("Test " + worker.username());
        assertThat(jdbc.queryForObject("select team_id from client where id = ?", Long.class, id))
                .isEqualTo(worker.teamId());
    }

    @Test
    void joinsTheHouseholdAKkNumberFinds() {
        String kk = kk();
        long head = registered(record("Hasan " + surname, null, Sex.M, LocalDate.of(1975, 4, 2), null),
                newHousehold(kk));
        long child = registered(record("Rina " + surname, null, Sex.F, LocalDate.of(2010, 6, 1), null),
                HouseholdPlan.joining(kk, Relationship.CHILD));

        ClientView view = open(worker, child);
        assertThat(view.household().id()).isEqualTo(open(worker, head).household().id());
        assertThat(view.household().relationship()).isEqualTo(Relationship.CHILD);
        assertThat(view.household().memberCount()).isEqualTo(2);
    }

    @Test
    void joiningOrEditingAMemberAnnouncesTheHouseholdChanged() {
        String kk = kk();
        long head = registered(record("Hasan " + surname, null, Sex.M, LocalDate.of(1975, 4, 2), null),
                newHousehold(kk));
        long householdId = open(worker, head).household().id();
        assertThat(events.stream(HouseholdChanged.class).filter(e -> e.householdId() == householdId)).hasSize(1);

        registered(record("Rina " + surname, null, Sex.F, LocalDate.of(2010, 6, 1), null),
                HouseholdPlan.joining(kk, Relationship.CHILD));
        assertThat(events.stream(HouseholdChanged.class).filter(e -> e.householdId() == householdId)).hasSize(2);

        long version = jdbc.queryForObject("select version from client where id = ?", Long.class, head);
        SignedIn.run(worker, () -> registration.update(head, version,
                record("Hasan " + surname, null, Sex.M, LocalDate.of(1975, 4, 3), null), worker));
        assertThat(events.stream(HouseholdChanged.class).filter(e -> e.householdId() == householdId)).hasSize(3);

        long before = events.stream(HouseholdChanged.class).count();
        registered(record("Tono " + surname, null, Sex.M, null, 1971), HouseholdPlan.none());
        assertThat(events.stream(HouseholdChanged.class).count()).isEqualTo(before);
    }

    @Test
    void joiningAnUnknownKkIsAFieldError() {
        assertThatThrownBy(() -> register(record("Nur " + surname, null, Sex.F, null, 1990),
                HouseholdPlan.joining(kk(), Relationship.SPOUSE)))
                .isInstanceOfSatisfying(ClientInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("joinKkNumber", "client.kk.notFound"));
    }

    @Test
    void aNewHouseholdWithAKkAlreadyOnRecordIsSentToJoinIt() {
        String kk = kk();
        registered(record("Hasan " + surname, null, Sex.M, null, 1970), newHousehold(kk));
        assertThatThrownBy(() -> register(record("Ani " + surname, null, Sex.F, null, 1999), newHousehold(kk)))
                .isInstanceOfSatisfying(ClientInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("kkNumber", "client.kk.exists"));
    }

    @Test
    void registersAHomelessClientWithoutHousehold() {
        long id = registered(record("Ucok " + surname, null, Sex.M, null, 1971), HouseholdPlan.none());
        assertThat(open(worker, id).household()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from household_member m join client c on c.person_id = m.person_id"
                + " where c.id = ?", Integer.class, id)).isZero();
    }

    @Test
    void unknownKelurahanAndOriginAreFieldErrors() {
        ClientRecord r = record("Budi " + surname, null, Sex.M, null, 1980);
        ClientDetails d = r.details();
        ClientDetails bad = new ClientDetails(d.alias(), d.nikMissingReason(), d.phone(), d.situation(),
                d.currentAddress(), "12.75.05.9999", "99.99", d.occupation(), d.incomePerMonth(), d.education(),
                d.maritalStatus(), d.consentOn(), d.consentToServices(), d.consentToShare(), d.ppksCategoryIds());
        assertThatThrownBy(() -> register(new ClientRecord(r.person(), bad, r.documents(), null, null),
                HouseholdPlan.heading(new HouseholdAddress(null, null, null, null, "12.75.05"))))
                .isInstanceOfSatisfying(ClientInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("currentKelurahanCode", "client.kelurahan.unknown")
                        .containsEntry("originRegionCode", "client.region.unknown")
                        .containsEntry("householdKelurahanCode", "client.kelurahan.unknown"));
    }

    @Test
    void aNikHeldByALivingPersonIsRefused() {
        LocalDate born = LocalDate.of(1988, 7, 9);
        String nik = nikOf(born, Sex.M);
        registered(record("Ahmad " + surname, nik, Sex.M, born, null), HouseholdPlan.none());
        assertThatThrownBy(() -> register(record("Other " + surname, nik, Sex.M, born, null), HouseholdPlan.none()))
                .isInstanceOfSatisfying(ClientInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("nik", "client.nik.taken"));
    }

    @Test
    void theSchemaKeepsANikToOneLivingPerson() {
        LocalDate born = LocalDate.of(1960, 2, 3);
        String nik = nikOf(born, Sex.M);
        long id = registered(record("Darto " + surname, nik, Sex.M, born, null), HouseholdPlan.none());
        long personId = jdbc.queryForObject("select person_id from client where id = ?", Long.class, id);
        String insert = "insert into person (full_name, nik, sex, created_at, created_by, deceased_on)"
                + " values ('Kembar', ?, 'M', now(), ?, ?)";
        assertThatThrownBy(() -> jdbc.update(insert, nik, worker.id(), null))
                .isInstanceOf(DataIntegrityViolationException.class);
        // once the holder has died, the index lets someone else be recorded with it (a correction)
        jdbc.update("update person set deceased_on = current_date where id = ?", personId);
        assertThat(jdbc.update(insert, nik, worker.id(), null)).isEqualTo(1);
    }

    @Test
    void aNikDisagreeingWithTheBirthDateWarnsUntilAReasonIsGiven() {
        LocalDate born = LocalDate.of(1990, 1, 1);
        String nik = nikOf(born, Sex.M);
        ClientRecord r = record("Joko " + surname, nik, Sex.M, born.plusDays(1), null);

        var first = register(r, HouseholdPlan.none());
        assertThat(first).isInstanceOfSatisfying(RegistrationOutcome.NeedsConfirmation.class,
                w -> assertThat(w.nikMismatches()).containsExactly(Nik.Mismatch.BIRTH_DATE));
        assertThat(jdbc.queryForObject("select count(*) from person where nik = ?", Integer.class, nik)).isZero();

        long id = registered(withReasons(r, "KTP menulis tanggal 1, akta tanggal 2", null), HouseholdPlan.none());
        assertThat(open(worker, id).nikWarningOverride()).isEqualTo("KTP menulis tanggal 1, akta tanggal 2");
        // one reason per person, whichever form gave it: the household roster shows the same
        assertThat(jdbc.queryForObject("select p.nik_warning_override from person p join client c on c.person_id = p.id"
                + " where c.id = ?", String.class, id)).isEqualTo("KTP menulis tanggal 1, akta tanggal 2");
    }

    @Test
    void aLikelyDuplicateWarnsWithTheCandidateAndTheReasonIsRecorded() {
        long first = registered(record("Parjo " + surname, null, Sex.M, null, 1981), newHousehold(null));
        ClientRecord again = record("Parjo " + surname, null, Sex.M, null, 1981);

        var warned = register(again, newHousehold(null));
        assertThat(warned).isInstanceOfSatisfying(RegistrationOutcome.NeedsConfirmation.class, w -> {
            assertThat(w.duplicates()).extracting(DuplicateFinder.Candidate::clientId).contains(first);
            assertThat(w.duplicates().get(0).fullAccess()).isTrue();
        });

        long second = registered(withReasons(again, null, "Orang lain: ibu kandung berbeda"), newHousehold(null));
        assertThat(second).isNotEqualTo(first);
        assertThat(jdbc.queryForObject("select duplicate_override_reason from client where id = ?", String.class,
                second)).isEqualTo("Orang lain: ibu kandung berbeda");
    }

    @Test
    void editsKeepAHistoryInWords() {
        long id = registered(record("Parjo " + surname, null, Sex.M, null, 1981), HouseholdPlan.none());
        ClientView before = SignedIn.run(worker, () -> records.openForEdit(id, worker));
        ClientRecord r = record("Parjo " + surname, null, Sex.M, null, 1980);
        ClientDetails d = r.details();
        ClientDetails changed = new ClientDetails(d.alias(), d.nikMissingReason(), d.phone(), d.situation(),
                d.currentAddress(), d.currentKelurahanCode(), d.originRegionCode(), "tukang parkir", d.incomePerMonth(),
                d.education(), d.maritalStatus(), d.consentOn(), d.consentToServices(), d.consentToShare(),
                d.ppksCategoryIds());
        var outcome = SignedIn.run(worker, () -> registration.update(id, before.version(),
                new ClientRecord(r.person(), changed, r.documents(), null, null), worker));
        assertThat(outcome).isInstanceOf(RegistrationOutcome.Saved.class);

        List<ClientHistory.Entry> history = open(worker, id).history();
        assertThat(history).hasSize(2);
        assertThat(history.get(1).created()).isTrue();
        ClientHistory.Entry edit = history.get(0);
        assertThat(edit.username()).isEqualTo(worker.username());
        assertThat(edit.changes()).extracting(ClientHistory.Change::field)
                .containsExactlyInAnyOrder("client.occupation", "client.birthYear");
        assertThat(edit.changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("client.occupation");
            assertThat(c.from()).isEqualTo("buruh harian");
            assertThat(c.to()).isEqualTo("tukang parkir");
        });
    }

    @Test
    void aStaleEditIsRefusedEvenWhenOnlyThePersonChanged() {
        long id = registered(record("Parjo " + surname, null, Sex.M, null, 1981), HouseholdPlan.none());
        long version = SignedIn.run(worker, () -> records.openForEdit(id, worker)).version();
        SignedIn.run(worker, () -> registration.update(id, version,
                record("Parjo B " + surname, null, Sex.M, null, 1981), worker));
        assertThatThrownBy(() -> SignedIn.run(worker, () -> registration.update(id, version,
                record("Parjo C " + surname, null, Sex.M, null, 1981), worker)))
                .isInstanceOf(StaleEditException.class);
        assertThat(open(worker, id).fullName()).isEqualTo("Parjo B " + surname);
    }

    @Test
    void everyOpeningRegistrationAndEditIsInTheAccessLogWithoutPersonalData() {
        LocalDate born = LocalDate.of(1979, 8, 17);
        String nik = nikOf(born, Sex.M);
        long id = registered(record("Slamet " + surname, nik, Sex.M, born, null), HouseholdPlan.none());
        open(worker, id);
        CurrentUser head = accounts.account(Role.HEAD_OF_OFFICE);
        open(head, id);

        CurrentUser admin = accounts.account(Role.ADMIN);
        List<AuditEntry> entries = SignedIn.run(admin, () -> auditLog.search("CLIENT", "#" + id,
                PageRequest.of(0, 10))).getContent();
        assertThat(entries).extracting(AuditEntry::getAction)
                .containsExactly("CLIENT_VIEWED", "CLIENT_VIEWED", "CLIENT_REGISTERED");
        assertThat(entries).extracting(AuditEntry::getActor)
                .containsExactly(head.username(), worker.username(), worker.username());
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.getTarget()).isEqualTo("#" + id);
            assertThat(String.valueOf(e.getDetail()) + e.getTarget()).doesNotContain(nik).doesNotContain("Slamet");
        });
    }

    @Test
    void othersGet404AndTheHeadOfOfficeCannotChangeAnything() {
        long id = registered(record("Wagiman " + surname, null, Sex.M, null, 1950), HouseholdPlan.none());
        CurrentUser other = accounts.account(Role.SOCIAL_WORKER);
        assertThatThrownBy(() -> open(other, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.run(other, () -> registration.update(id, 0,
                record("X", null, Sex.M, null, 1950), other))).isInstanceOf(NotFoundException.class);

        CurrentUser head = accounts.account(Role.HEAD_OF_OFFICE);
        assertThat(open(head, id).canEdit()).isFalse();
        assertThatThrownBy(() -> SignedIn.run(head, () -> registration.register(
                record("Y " + surname, null, Sex.M, null, 1950), HouseholdPlan.none(), head)))
                .isInstanceOf(AccessDeniedException.class);

        CurrentUser admin = accounts.account(Role.ADMIN);
        assertThatThrownBy(() -> open(admin, id)).isInstanceOf(AccessDeniedException.class);
    }
}
