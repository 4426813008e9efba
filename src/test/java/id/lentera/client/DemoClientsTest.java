package id.lentera.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.lentera.account.DemoAccounts;
import id.lentera.account.TeamDirectory;
import id.lentera.support.IntegrationTest;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo clients on PostgreSQL: the seed papers' facts, through the entities, loaded only once. */
@IntegrationTest
class DemoClientsTest {

    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    DemoClients demoClients;
    @Autowired
    TeamDirectory teams;
    @Autowired
    JdbcTemplate jdbc;

    long peksos1;
    long peksos2;

    @BeforeEach
    void setUp() {
        demoAccounts.createIfMissing();
        demoClients.load();
        peksos1 = teams.byUsername("peksos1").orElseThrow().id();
        peksos2 = teams.byUsername("peksos2").orElseThrow().id();
    }

    @Test
    void loadingAgainAddsNothing() {
        long clients = count("select count(*) from client");
        long people = count("select count(*) from person");
        long entries = count("select count(*) from registry_status");

        assertThat(demoClients.load()).isZero();

        assertThat(count("select count(*) from client")).isEqualTo(clients);
        assertThat(count("select count(*) from person")).isEqualTo(people);
        assertThat(count("select count(*) from registry_status")).isEqualTo(entries);
    }

    @Test
    void aboutTwentyMoreClientsBesidesTheSeedsSpreadOverBothWorkers() {
        long demo = count("select count(*) from client where registered_by in (" + peksos1 + "," + peksos2 + ")");
        assertThat(demo).isBetween(23L, 30L);
        assertThat(count("select count(*) from client where registered_by = " + peksos1)).isGreaterThan(8);
        assertThat(count("select count(*) from client where registered_by = " + peksos2)).isGreaterThan(8);
        assertThat(count("select count(*) from client c join person p on p.id = c.person_id where c.registered_by in ("
                + peksos1 + "," + peksos2 + ") and p.nik is null")).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from registry_status where reason = 'NIK tidak padan' and recorded_by in ("
                + peksos1 + "," + peksos2 + ")")).isPositive();
    }

    @Test
    void bapakSIsAWidowedDayLabourerWithTwoSchoolChildrenLostDocumentsAndNoRegistryEntry() {
        long clientId = demoClients.seedClientIds().get(DemoClients.SEED_BAPAK_S_NAME);
        Map<String, Object> client = jdbc.queryForMap("""
                select c.registered_by, c.nik_missing_reason, c.occupation, c.marital_status, p.nik, p.birth_date,
                       p.id as person_id, h.kk_number, h.kelurahan_code, h.id as household_id
                  from client c join person p on p.id = c.person_id
                  join household_member m on m.person_id = p.id and m.left_on is null and m.relationship = 'HEAD'
                  join household h on h.id = m.household_id where c.id = ?""", clientId);
        assertThat(client.get("registered_by")).isEqualTo(peksos1);
        assertThat(client.get("nik")).isNull();
        assertThat(client.get("kk_number")).isNull();
        assertThat(client.get("nik_missing_reason")).isEqualTo("LOST");
        assertThat(client.get("occupation")).isEqualTo("Buruh harian lepas");
        assertThat(client.get("marital_status")).isEqualTo("WIDOWED");
        assertThat(client.get("kelurahan_code")).isEqualTo(DemoClients.SEED_BAPAK_S_KELURAHAN);
        assertThat(Age.asOf(((java.sql.Date) client.get("birth_date")).toLocalDate(), null, TestClock.today()).years())
                .isEqualTo(45);
        long personId = (Long) client.get("person_id");
        assertThat(jdbc.queryForList("select type || '=' || status from person_document where person_id = ? order by type",
                String.class, personId)).containsExactly("KK=LOST", "KTP_EL=LOST");
        long householdId = (Long) client.get("household_id");
        assertThat(jdbc.queryForList("""
                select p.schooling from household_member m join person p on p.id = m.person_id
                 where m.household_id = ? and m.left_on is null and m.relationship = 'CHILD' order by p.schooling""",
                String.class, householdId)).containsExactly("SD", "SMP");
        assertThat(jdbc.queryForList("""
                select m.left_reason from household_member m join person p on p.id = m.person_id
                 where m.household_id = ? and m.relationship = 'SPOUSE' and p.deceased_on is not null""",
                String.class, householdId)).containsExactly("Meninggal dunia");
        assertThat(currentRegistryStatus(householdId)).isEqualTo("DTKS NOT_REGISTERED");
    }

    @Test
    void mrIsABeggarAtTheShelterWithNoHousehold() {
        long clientId = demoClients.seedClientIds().get(DemoClients.SEED_MR_NAME);
        Map<String, Object> client = jdbc.queryForMap("""
                select c.registered_by, c.alias, c.situation, c.origin_region_code,
                       (select count(*) from household_member m where m.person_id = c.person_id) as households
                  from client c where c.id = ?""", clientId);
        assertThat(client).containsEntry("registered_by", peksos2).containsEntry("alias", "MR")
                .containsEntry("situation", "SHELTER").containsEntry("origin_region_code", "12.71")
                .containsEntry("households", 0L);
        assertThat(ppks(clientId)).contains("PENGEMIS");
    }

    @Test
    void ibuSIsAThirtyTwoYearOldPkhRecipientHeadingHerHouseholdWithValidNik() {
        long clientId = demoClients.seedClientIds().get(DemoClients.SEED_IBU_S_NAME);
        Map<String, Object> client = jdbc.queryForMap("""
                select p.nik, p.sex, p.birth_date, h.id as household_id, h.kk_number
                  from client c join person p on p.id = c.person_id
                  join household_member m on m.person_id = p.id and m.left_on is null and m.relationship = 'HEAD'
                  join household h on h.id = m.household_id where c.id = ?""", clientId);
        LocalDate birthDate = ((java.sql.Date) client.get("birth_date")).toLocalDate();
        assertThat(Age.asOf(birthDate, null, TestClock.today()).years()).isEqualTo(32);
        String nik = (String) client.get("nik");
        assertThat(Nik.problems(nik)).isEmpty();
        assertThat(new Nik(nik).mismatches(Sex.F, birthDate)).isEmpty();
        assertThat(KkNumber.isValid((String) client.get("kk_number"))).isTrue();
        long householdId = (Long) client.get("household_id");
        assertThat(jdbc.queryForList("""
                select p.schooling from household_member m join person p on p.id = m.person_id
                 where m.household_id = ? and m.left_on is null and m.relationship = 'CHILD' order by p.schooling""",
                String.class, householdId)).containsExactly("SD", "SMP");
        assertThat(currentRegistryStatus(householdId)).isEqualTo("DTSEN REGISTERED 1");
    }

    private String currentRegistryStatus(long householdId) {
        return jdbc.queryForObject("""
                select concat_ws(' ', registry, status, decile) from registry_status where household_id = ?
                 order by checked_on desc, recorded_at desc, id desc limit 1""", String.class, householdId);
    }

    private List<String> ppks(long clientId) {
        return jdbc.queryForList("select k.code from client_ppks cp join ppks_category k on k.id = cp.category_id "
                + "where cp.client_id = ?", String.class, clientId);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
