package id.lentera.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import id.lentera.client.SyntheticFamilies.ClientFacts;
import id.lentera.client.SyntheticFamilies.Family;
import id.lentera.client.SyntheticFamilies.Member;
import id.lentera.region.Region;
import id.lentera.region.RegionDirectory;
import id.lentera.shared.DatabaseMode;
import id.lentera.shared.LenteraProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo office's clients on a new embedded database: the three fictional clients of the seed
 * papers with their households, and about twenty more, registered by {@code peksos1} and
 * {@code peksos2}. Runs after the demo accounts ({@code @Order(0)}); casework adds cases for these
 * clients at {@code @Order(20)}, finding the seed clients by the names below.
 */
@Component
@Order(10)
public class DemoClients implements ApplicationRunner {

    /** Seed 000: "Bapak S", 45, day labourer, widower, children in SD and SMP, KTP and KK lost, not in DTKS. */
    public static final String SEED_BAPAK_S_NAME = "Supardi";
    /** Seed 001: "MR", a beggar from the Medan shelter, family conflict, family unreachable; no household. */
    public static final String SEED_MR_NAME = "Muhammad Rasyid";
    /** Seed 004: "Ibu S", 32, PKH recipient heading her household, children in SD and SMP. */
    public static final String SEED_IBU_S_NAME = "Sinta Simamora";
    /**
     * Tanah Merah, Binjai Selatan: the issue places Bapak S in Binjai Selatan, where the demo team
     * works. The seed-000 paper names Kelurahan Jati Utomo, which the Kemendagri list puts in Binjai
     * Utara ({@code 12.75.01.1007}), so the paper's kelurahan is not used.
     */
    public static final String SEED_BAPAK_S_KELURAHAN = "12.75.05.1001";

    static final String WORKER_1 = "peksos1";
    static final String WORKER_2 = "peksos2";
    /** Fixed so that every demo database gets the same synthetic families. */
    private static final long SEED = 2026_12_01L;
    private static final int SYNTHETIC_FAMILIES = 18;

    private static final Logger log = LoggerFactory.getLogger(DemoClients.class);

    private final DatabaseMode databaseMode;
    private final TeamDirectory teams;
    private final RegionDirectory regions;
    private final People people;
    private final Households households;
    private final Clients clients;
    private final RegistryStatuses registryStatuses;
    private final PpksCategories ppksCategories;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;

    DemoClients(DatabaseMode databaseMode, TeamDirectory teams, RegionDirectory regions, People people,
            Households households, Clients clients, RegistryStatuses registryStatuses,
            PpksCategories ppksCategories, NamedParameterJdbcTemplate jdbc, Clock clock, LenteraProperties properties) {
        this.jdbc = jdbc;
        this.databaseMode = databaseMode;
        this.teams = teams;
        this.regions = regions;
        this.people = people;
        this.households = households;
        this.clients = clients;
        this.registryStatuses = registryStatuses;
        this.ppksCategories = ppksCategories;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (databaseMode.embedded() && clients.count() == 0) {
            int created = load();
            log.info("Created {} demo clients", created);
        }
    }

    /**
     * Creates the demo clients in one transaction unless they are there already (the seed-000
     * client of {@code peksos1} is the mark); returns how many were created.
     */
    @Transactional
    public int load() {
        CurrentUser worker1 = teams.byUsername(WORKER_1).orElseThrow(() -> new IllegalStateException("no " + WORKER_1));
        CurrentUser worker2 = teams.byUsername(WORKER_2).orElseThrow(() -> new IllegalStateException("no " + WORKER_2));
        if (seedClientId(SEED_BAPAK_S_NAME, worker1.id()) != null) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant now = clock.instant();
        Map<String, PpksCategory> ppks = ppksCategories.findAll().stream()
                .collect(Collectors.toMap(PpksCategory::getCode, Function.identity()));
        List<Family> families = new ArrayList<>(handMade(today));
        List<CurrentUser> by = new ArrayList<>(List.of(worker1, worker2, worker1, worker2, worker2, worker1, worker2,
                worker1));
        SyntheticFamilies synthetic = new SyntheticFamilies(SEED, today);
        List<String> kelurahan = binjaiKelurahan();
        Map<String, Integer> ppksIds = ppks.values().stream()
                .collect(Collectors.toMap(PpksCategory::getCode, c -> c.getId().intValue()));
        for (int i = 0; i < SYNTHETIC_FAMILIES; i++) {
            families.add(synthetic.next(kelurahan, ppksIds));
            by.add(i % 2 == 0 ? worker1 : worker2);
        }
        for (int i = 0; i < families.size(); i++) {
            save(families.get(i), by.get(i), now, ppks);
        }
        return families.size();
    }

    /** The seed clients' ids by name; empty when the demo data has not been loaded. */
    @Transactional(readOnly = true)
    public Map<String, Long> seedClientIds() {
        Map<String, Long> ids = new LinkedHashMap<>();
        var worker1 = teams.byUsername(WORKER_1);
        var worker2 = teams.byUsername(WORKER_2);
        if (worker1.isEmpty() || worker2.isEmpty()) {
            return ids;
        }
        Map<String, Long> registeredBy = Map.of(SEED_BAPAK_S_NAME, worker1.get().id(), SEED_MR_NAME,
                worker2.get().id(), SEED_IBU_S_NAME, worker1.get().id());
        for (String name : List.of(SEED_BAPAK_S_NAME, SEED_MR_NAME, SEED_IBU_S_NAME)) {
            Long id = seedClientId(name, registeredBy.get(name));
            if (id != null) {
                ids.put(name, id);
            }
        }
        return ids;
    }

    private Long seedClientId(String fullName, long registeredBy) {
        return jdbc.query("""
                select c.id from client c join person p on p.id = c.person_id
                 where p.full_name = :name and c.registered_by = :by order by c.id limit 1""",
                new MapSqlParameterSource("name", fullName).addValue("by", registeredBy),
                rs -> rs.next() ? Long.valueOf(rs.getLong(1)) : null);
    }

    private List<String> binjaiKelurahan() {
        return regions.children("12.75").stream().flatMap(k -> regions.children(k.code()).stream())
                .map(Region::code).toList();
    }

    private void save(Family family, CurrentUser by, Instant now, Map<String, PpksCategory> ppks) {
        List<Person> persons = new ArrayList<>();
        for (Member m : family.members()) {
            Person person = new Person(new PersonFacts(m.fullName(), m.nik(), m.sex(), m.birthDate(), m.birthYear(),
                    m.birthYearEstimated(), null, m.maternalStatus(), m.deliveryDate(), m.schooling(),
                    m.severeDisability(), m.disabilityType()), by.id(), now);
            m.documents().forEach((type, status) -> person.recordDocument(type, status, null));
            if (m.deceasedOn() != null) {
                person.recordDeath(m.deceasedOn());
            }
            persons.add(people.save(person));
        }
        if (family.kelurahanCode() != null) {
            Household household = new Household(new HouseholdAddress(family.kkNumber(), family.street(), family.rt(),
                    family.rw(), family.kelurahanCode()), by.id(), now);
            List<HouseholdMember> joined = new ArrayList<>();
            for (int i = 0; i < persons.size(); i++) {
                joined.add(household.add(persons.get(i), family.members().get(i).relationship(), null));
            }
            for (int i = 0; i < persons.size(); i++) {
                Member m = family.members().get(i);
                if (m.leftOn() != null) {
                    household.leave(joined.get(i), m.leftOn(), m.leftReason());
                }
            }
            long householdId = households.save(household).getId();
            for (RegistryCheck check : family.registry()) {
                registryStatuses.save(new RegistryStatusEntry(householdId, check, by.id(), now));
            }
        }
        ClientFacts facts = family.client();
        Set<PpksCategory> categories = new HashSet<>();
        facts.ppksCodes().forEach(code -> categories.add(ppks.get(code)));
        Client client = new Client(persons.get(family.clientIndex()), by.id(), by.teamId(), now);
        client.describe(new ClientDetails(facts.alias(), facts.nikMissingReason(), facts.phone(), facts.situation(),
                facts.currentAddress(), null, facts.originRegionCode(), facts.occupation(), facts.incomePerMonth(),
                facts.education(), facts.maritalStatus(), facts.consentOn(), facts.consentOn() != null,
                facts.consentOn() != null, Set.of()), categories);
        clients.save(client);
    }

    /** The seed clients and the roster shapes every demo must show, written out. */
    private static List<Family> handMade(LocalDate today) {
        SyntheticFamilies numbers = new SyntheticFamilies(SEED, today);
        List<Family> families = new ArrayList<>();
        LocalDate checked = today.minusMonths(8);

        // seed 000: his wife died three years ago; documents lost when he moved from his home regency
        families.add(new Family(null, "Rumah kontrakan, Jl. Jati Makmur Gg. Sepakat No. 7", "004", "002",
                SEED_BAPAK_S_KELURAHAN, List.of(
                        member(SEED_BAPAK_S_NAME, Sex.M, today.minusYears(45).minusDays(40), Relationship.HEAD, null,
                                null, docs(DocumentType.KTP_EL, DocumentStatus.LOST, DocumentType.KK, DocumentStatus.LOST)),
                        deceased(member("Sumarni", Sex.F, today.minusYears(44).minusDays(100), Relationship.SPOUSE, null,
                                null, docs()), today.minusYears(3)),
                        member("Rizky Supardi", Sex.M, today.minusYears(13).minusDays(70), Relationship.CHILD, null,
                                Schooling.SMP, docs(DocumentType.AKTA, DocumentStatus.UNKNOWN)),
                        member("Ayu Lestari", Sex.F, today.minusYears(9).minusDays(20), Relationship.CHILD, null,
                                Schooling.SD, docs(DocumentType.AKTA, DocumentStatus.UNKNOWN))),
                0, new ClientFacts(null, NikMissingReason.LOST, Situation.HOME, null, null, "Buruh harian lepas",
                        1_200_000L, "SD", MaritalStatus.WIDOWED, null, Set.of("FAKIR_MISKIN"), checked),
                List.of(new RegistryCheck(Registry.DTKS, RegistryState.NOT_REGISTERED, null, null, null, checked,
                        RegistrySource.SIKS_NG, "Tidak ditemukan; KTP dan KK hilang saat pindah dari kabupaten asal"))));

        // seed 001: met begging, kept at the Medan shelter; the family could not be reached
        families.add(new Family(null, null, null, null, null, List.of(
                estimated("Muhammad Rasyid", Sex.M, today.getYear() - 38, Relationship.HEAD)), 0,
                new ClientFacts("MR", NikMissingReason.UNKNOWN, Situation.SHELTER,
                        "Rumah singgah Dinas Sosial Kota Medan, Jl. Pinang Baris No. 114", "12.71", "Pengemis", null,
                        null, null, null, Set.of("PENGEMIS", "KELUARGA_BERMASALAH"), today.minusMonths(5)),
                List.of()));

        // seed 004: she is the main earner (snacks made at home); in the registry and receiving PKH
        String ibuSNik = numbers.nik("12.75.05", Sex.F, today.minusYears(32).minusDays(150));
        families.add(new Family(numbers.kk("12.75.05", today.minusYears(9)), "Jl. Sei Wampu Gg. Melati No. 12", "002",
                "001", "12.75.05.1004", List.of(
                        member(SEED_IBU_S_NAME, Sex.F, today.minusYears(32).minusDays(150), Relationship.HEAD, ibuSNik,
                                null, docs(DocumentType.KTP_EL, DocumentStatus.HAVE, DocumentType.KK, DocumentStatus.HAVE,
                                        DocumentType.KKS, DocumentStatus.HAVE, DocumentType.KIS_BPJS, DocumentStatus.HAVE)),
                        withNik(numbers, "12.75.05", "Yohana Sihombing", Sex.F, today.minusYears(13).minusDays(30), Relationship.CHILD, Schooling.SMP,
                                docs(DocumentType.AKTA, DocumentStatus.HAVE, DocumentType.KIP, DocumentStatus.HAVE)),
                        withNik(numbers, "12.75.05", "Daniel Sihombing", Sex.M, today.minusYears(9).minusDays(200), Relationship.CHILD, Schooling.SD,
                                docs(DocumentType.AKTA, DocumentStatus.HAVE, DocumentType.KIP, DocumentStatus.HAVE))),
                0, new ClientFacts(null, null, Situation.HOME, null, "12.16", "Usaha makanan ringan rumahan", 1_500_000L,
                        "SMP", null, "081265430912", Set.of("PEREMPUAN_RAWAN_SOSEK"), today.minusMonths(3)),
                List.of(new RegistryCheck(Registry.DTKS, RegistryState.REGISTERED, null, "DTKS-1275051000123", null,
                                today.minusYears(2), RegistrySource.SIKS_NG, "Penerima PKH"),
                        new RegistryCheck(Registry.DTSEN, RegistryState.REGISTERED, null, "DTSEN-12750533127", 1,
                                today.minusMonths(4), RegistrySource.CEK_BANSOS, "Penerima PKH"))));

        // a man who sleeps at the market: no household, no documents
        families.add(new Family(null, null, null, null, null, List.of(
                estimated("Amat", Sex.M, today.getYear() - 60, Relationship.HEAD)), 0,
                new ClientFacts("Amat Pasar", NikMissingReason.UNKNOWN, Situation.STREET, "Emperan Pasar Tavip", null,
                        "Pemulung", 300_000L, null, null, null, Set.of("GELANDANGAN", "PEMULUNG"), null), List.of()));

        // three generations: a grandmother over 70, a pregnant wife, a toddler; DTSEN decile 3
        String kk2 = numbers.kk("12.75.04", today.minusYears(6));
        families.add(new Family(kk2, "Jl. Gunung Bendahara No. 41", "006", "003", "12.75.04.1004", List.of(
                withNik(numbers, "12.75.04", "Edi Santoso", Sex.M, today.minusYears(34).minusDays(12), Relationship.HEAD, null,
                        docs(DocumentType.KTP_EL, DocumentStatus.HAVE, DocumentType.KK, DocumentStatus.HAVE)),
                pregnant(withNik(numbers, "12.75.04", "Nurhalimah", Sex.F, today.minusYears(29).minusDays(80), Relationship.SPOUSE, null,
                        docs(DocumentType.KTP_EL, DocumentStatus.HAVE)), today.plusMonths(3)),
                member("Aqila Putri", Sex.F, today.minusYears(3).minusDays(15), Relationship.CHILD, null,
                        Schooling.NOT_YET, docs(DocumentType.AKTA, DocumentStatus.NEVER_HAD)),
                withNik(numbers, "12.75.04", "Painem", Sex.F, today.minusYears(76).minusDays(200), Relationship.PARENT, null,
                        docs(DocumentType.KTP_EL, DocumentStatus.HAVE, DocumentType.KIS_BPJS, DocumentStatus.HAVE))),
                0, new ClientFacts(null, null, Situation.HOME, null, null, "Tukang becak", 1_800_000L, "SMP",
                        MaritalStatus.MARRIED, "082167781203", Set.of("FAKIR_MISKIN"), today.minusMonths(2)),
                List.of(new RegistryCheck(Registry.DTSEN, RegistryState.REGISTERED, null, "DTSEN-12750488410", 3,
                        today.minusMonths(6), RegistrySource.CEK_BANSOS, null))));

        // a son with a severe disability; the proposal was rejected because the father's NIK did not match Dukcapil
        String kk3 = numbers.kk("12.75.03", today.minusYears(12));
        families.add(new Family(kk3, "Jl. Danau Singkarak No. 8", "001", "004", "12.75.03.1002", List.of(
                withNik(numbers, "12.71.07", "Parlindungan Sinaga", Sex.M, today.minusYears(51).minusDays(3), Relationship.HEAD, null,
                        docs(DocumentType.KTP_EL, DocumentStatus.HAVE, DocumentType.KK, DocumentStatus.HAVE)),
                withNik(numbers, "12.75.03", "Rosmawati br Ginting", Sex.F, today.minusYears(47).minusDays(60), Relationship.SPOUSE, null,
                        docs(DocumentType.KTP_EL, DocumentStatus.HAVE)),
                disabled(withNik(numbers, "12.75.03", "Samuel Sinaga", Sex.M, today.minusYears(16).minusDays(90), Relationship.CHILD, Schooling.DROPPED_OUT,
                        docs(DocumentType.AKTA, DocumentStatus.HAVE)), "Cerebral palsy, tidak dapat berjalan"),
                withNik(numbers, "12.75.03", "Lasma Sinaga", Sex.F, today.minusYears(11).minusDays(10), Relationship.CHILD, Schooling.SD,
                        docs(DocumentType.AKTA, DocumentStatus.HAVE))),
                2, new ClientFacts(null, null, Situation.HOME, null, null, null, null, null, MaritalStatus.SINGLE, null,
                        Set.of("ANAK_DISABILITAS"), today.minusMonths(1)),
                List.of(new RegistryCheck(Registry.DTKS, RegistryState.PROPOSED, null, null, null, today.minusMonths(14),
                                RegistrySource.KELURAHAN_LETTER, "Musyawarah kelurahan Limau Mungkur"),
                        new RegistryCheck(Registry.DTKS, RegistryState.REJECTED, "NIK tidak padan", null, null,
                                today.minusMonths(10), RegistrySource.SIKS_NG, "NIK kepala keluarga tidak padan dengan Dukcapil"))));

        // a daughter who married out; the younger children never had a birth certificate; proposed
        String kk4 = numbers.kk("12.75.02", today.minusYears(15));
        families.add(new Family(kk4, "Jl. Tengku Amir Hamzah Gg. Bilal No. 3", "003", "002", "12.75.02.1005", List.of(
                withNik(numbers, "12.75.02", "Zulkifli Batubara", Sex.M, today.minusYears(48).minusDays(210), Relationship.HEAD, null,
                        docs(DocumentType.KTP_EL, DocumentStatus.HAVE, DocumentType.KK, DocumentStatus.HAVE)),
                withNik(numbers, "12.75.02", "Siti Aminah", Sex.F, today.minusYears(44).minusDays(33), Relationship.SPOUSE, null,
                        docs(DocumentType.KTP_EL, DocumentStatus.LOST)),
                left(withNik(numbers, "12.75.02", "Nurul Huda Batubara", Sex.F, today.minusYears(22).minusDays(5), Relationship.CHILD, Schooling.FINISHED, docs()),
                        today.minusMonths(18), "Menikah, ikut suami ke Stabat"),
                member("Fikri Batubara", Sex.M, today.minusYears(14).minusDays(100), Relationship.CHILD, null,
                        Schooling.SMP, docs(DocumentType.AKTA, DocumentStatus.NEVER_HAD)),
                member("Hafsah Batubara", Sex.F, today.minusYears(7).minusDays(140), Relationship.CHILD, null,
                        Schooling.SD, docs(DocumentType.AKTA, DocumentStatus.NEVER_HAD))),
                0, new ClientFacts(null, null, Situation.HOME, null, null, "Pedagang kaki lima", 1_400_000L, "SD",
                        MaritalStatus.MARRIED, "085261109934", Set.of("FAKIR_MISKIN", "KELUARGA_BERMASALAH"),
                        today.minusMonths(2)),
                List.of(new RegistryCheck(Registry.DTKS, RegistryState.PROPOSED, null, null, null, today.minusMonths(1),
                        RegistrySource.KELURAHAN_LETTER, "Diusulkan lewat muskel"))));

        // an elderly widow alone, who never had a KTP
        families.add(new Family(null, "Jl. Padang Gg. Rukun No. 2", "005", "001", "12.75.05.1008", List.of(
                estimated("Wartini", Sex.F, today.getYear() - 79, Relationship.HEAD)), 0,
                new ClientFacts(null, NikMissingReason.NEVER_HAD, Situation.HOME, null, null, "Tidak bekerja", 0L, null,
                        MaritalStatus.WIDOWED, null, Set.of("LANSIA_TELANTAR"), today.minusWeeks(3)),
                List.of(new RegistryCheck(Registry.DTKS, RegistryState.NOT_REGISTERED, null, null, null,
                        today.minusWeeks(3), RegistrySource.KELURAHAN_LETTER, null))));
        return families;
    }

    private static Member member(String name, Sex sex, LocalDate born, Relationship relationship, String nik,
            Schooling schooling, Map<DocumentType, DocumentStatus> documents) {
        return new Member(name, sex, born, null, false, relationship, schooling, MaternalStatus.NONE, null,
                TriState.NO, null, nik, documents, null, null, null);
    }

    /** Someone with a NIK first issued in {@code kecamatan}, its digits following sex and birth date. */
    private static Member withNik(SyntheticFamilies numbers, String kecamatan, String name, Sex sex, LocalDate born,
            Relationship relationship, Schooling schooling, Map<DocumentType, DocumentStatus> documents) {
        return member(name, sex, born, relationship, numbers.nik(kecamatan, sex, born), schooling, documents);
    }

    private static Member estimated(String name, Sex sex, int birthYear, Relationship relationship) {
        return new Member(name, sex, null, birthYear, true, relationship, null, MaternalStatus.NONE, null,
                TriState.UNKNOWN, null, null, docs(DocumentType.KTP_EL, DocumentStatus.UNKNOWN), null, null, null);
    }

    private static Member pregnant(Member m, LocalDate due) {
        return new Member(m.fullName(), m.sex(), m.birthDate(), m.birthYear(), m.birthYearEstimated(), m.relationship(),
                m.schooling(), MaternalStatus.PREGNANT, due, m.severeDisability(), null, m.nik(), m.documents(),
                null, null, null);
    }

    private static Member disabled(Member m, String type) {
        return new Member(m.fullName(), m.sex(), m.birthDate(), m.birthYear(), m.birthYearEstimated(), m.relationship(),
                m.schooling(), m.maternalStatus(), m.deliveryDate(), TriState.YES, type, m.nik(), m.documents(),
                null, null, null);
    }

    private static Member left(Member m, LocalDate on, String reason) {
        return new Member(m.fullName(), m.sex(), m.birthDate(), m.birthYear(), m.birthYearEstimated(), m.relationship(),
                m.schooling(), m.maternalStatus(), m.deliveryDate(), m.severeDisability(), null, m.nik(), m.documents(),
                on, reason, null);
    }

    /** Dead members stay on the roster as having left, so that the history shows them. */
    private static Member deceased(Member m, LocalDate on) {
        return new Member(m.fullName(), m.sex(), m.birthDate(), m.birthYear(), m.birthYearEstimated(), m.relationship(),
                m.schooling(), m.maternalStatus(), m.deliveryDate(), m.severeDisability(), null, m.nik(), m.documents(),
                on, "Meninggal dunia", on);
    }

    private static Map<DocumentType, DocumentStatus> docs(Object... typeAndStatus) {
        Map<DocumentType, DocumentStatus> documents = new EnumMap<>(DocumentType.class);
        for (int i = 0; i < typeAndStatus.length; i += 2) {
            documents.put((DocumentType) typeAndStatus[i], (DocumentStatus) typeAndStatus[i + 1]);
        }
        return documents;
    }
}
