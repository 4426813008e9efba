package id.lentera.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The COPY generator on PostgreSQL: consistent rows, valid and unique numbers, sequences moved on. */
@IntegrationTest
class ClientGeneratorTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ClientGenerator generator;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClientFigures figures;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void writesHouseholdsWithOneClientEachAndTheApplicationCanInsertAfterThem() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        CurrentUser worker = accounts.account(Role.SOCIAL_WORKER);
        accounts.account(Role.SOCIAL_WORKER);
        long clientsBefore = count("select count(*) from client");
        long maxClientBefore = count("select coalesce(max(id), 0) from client");
        CurrentUser head = accounts.account(Role.HEAD_OF_OFFICE);
        long mixBefore = mixTotal(head);

        ClientGenerator.Result result = generator.generate(3_000);
        theGeneratedClientsAreInTheFiguresAsIfCountedFromTheFacts(head, mixBefore, 3_000);

        assertThat(count("select count(*) from client")).isEqualTo(clientsBefore + 3_000);
        assertThat(result.persons()).isBetween(6_000L, 15_000L);
        String generated = " from client c join person p on p.id = c.person_id where c.id > " + maxClientBefore;
        // every generated client lives where their household is (the dashboard's kecamatan filter reads it)
        assertThat(count("select count(*)" + generated + " and c.current_kelurahan_code = (select h.kelurahan_code "
                + "from household_member m join household h on h.id = m.household_id "
                + "where m.person_id = p.id and m.left_on is null)")).isEqualTo(3_000);
        // every generated client is a current member of exactly one household that has one head
        assertThat(count("select count(*)" + generated + " and exists (select 1 from household_member m "
                + "where m.person_id = p.id and m.left_on is null)")).isEqualTo(3_000);
        List<String> niks = jdbc.queryForList("select p.nik" + generated + " and p.nik is not null", String.class);
        assertThat(niks.size()).isBetween(1_500, 2_700);
        assertThat(niks).allSatisfy(nik -> assertThat(Nik.problems(nik)).isEmpty());
        List<Map<String, Object>> dated = jdbc.queryForList("select p.nik, p.sex, p.birth_date" + generated
                + " and p.nik is not null and p.nik like '1275%'");
        assertThat(dated).allSatisfy(row -> assertThat(new Nik((String) row.get("nik")).mismatches(
                Sex.valueOf((String) row.get("sex")), ((java.sql.Date) row.get("birth_date")).toLocalDate())).isEmpty());
        assertThat(count("select count(distinct registered_by) from client where id > " + maxClientBefore))
                .isGreaterThan(1);
        assertThat(count("select count(*) from household h where h.kk_number is not null and h.id in (select "
                + "m.household_id from household_member m join client c on c.person_id = m.person_id where c.id > "
                + maxClientBefore + ")")).isGreaterThan(1_500);
        assertThat(count("select count(*) from registry_status where reason = 'NIK tidak padan'")).isPositive();
        // the name search's links (V70, V71), which the generator writes itself with triggers off
        assertThat(count("select count(*) from client c join person p on p.id = c.person_id where c.id > "
                + maxClientBefore + " and p.client_id = c.id")).isEqualTo(3_000);
        assertThat(count("select count(*) from person where client_id is not null and id not in (select person_id from client)"))
                .isZero();
        assertThat(count("select count(*) from person_name_key k, unnest(k.words) w where not exists "
                + "(select 1 from name_word n where n.word = w)")).isZero();

        // identity sequences moved past the generated ids: the application keeps inserting
        long later = new TestClients(context).clientHeadingHousehold(worker, "Togar Sihombing", Sex.M,
                LocalDate.of(1980, 1, 1), null, null, "12.75.05.1001");
        assertThat(later).isGreaterThan(count("select max(id) from client where id <> " + later));
    }

    @Test
    void aSecondRunMakesNewNumbersOnly() throws Exception {
        new TestAccounts(context).account(Role.SOCIAL_WORKER);
        generator.generate(500);
        generator.generate(500);
        assertThat(count("select count(*) from (select nik from person where nik is not null and deceased_on is null "
                + "group by nik having count(*) > 1) d")).isZero();
    }

    /**
     * The generator's batches run with the summary triggers quiet and the rebuild counts them at the
     * end (checked within the first test, so that the shared database gets no more generated names).
     */
    private void theGeneratedClientsAreInTheFiguresAsIfCountedFromTheFacts(CurrentUser head, long mixBefore,
            int generated) {
        assertThat(mixTotal(head)).isEqualTo(mixBefore + generated);
        ClientFigureSummaries summaries = new ClientFigureSummaries(jdbc, transactions);
        summaries.assertEqualToTheirRebuild();
        assertThat(SignedIn.run(head, () -> figures.byPpksCategory(head, null, null)).stream()
                .collect(java.util.stream.Collectors.toMap(CategoryCount::code, CategoryCount::clients)))
                .isEqualTo(summaries.ppks(true, List.of(), null));
        Map<String, Long> mix = new java.util.TreeMap<>(SignedIn.run(head, () -> figures.registryMix(head, null, null)));
        mix.values().removeIf(n -> n == 0);
        assertThat(mix).isEqualTo(summaries.registryMix(true, List.of(), null));
    }

    private long mixTotal(CurrentUser head) {
        return SignedIn.run(head, () -> figures.registryMix(head, null, null)).values().stream()
                .mapToLong(Long::longValue).sum();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
