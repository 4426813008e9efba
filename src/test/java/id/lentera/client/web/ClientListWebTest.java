package id.lentera.client.web;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.client.Sex;
import id.lentera.client.TestClients;
import id.lentera.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.web.servlet.MockMvc;

import static id.lentera.client.web.ClientRoutesAccessTest.randomName;
import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The clients list as people see it: masked numbers, limited rows for clients of others, the
 * register button when nothing is found, and a fixed number of SQL statements per page whatever
 * the number of rows (counted at the JDBC connection, which sees JPA and JdbcTemplate alike).
 */
@IntegrationTest
class ClientListWebTest {

    /** Counts every statement prepared or created on any connection of the application. */
    @TestConfiguration
    static class CountingDataSource {

        static final AtomicInteger STATEMENTS = new AtomicInteger();

        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
                        return new DelegatingDataSource(dataSource) {
                            @Override
                            public Connection getConnection() throws java.sql.SQLException {
                                return counting(super.getConnection());
                            }
                        };
                    }
                    return bean;
                }
            };
        }

        static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.equals("prepareStatement") || name.equals("createStatement")
                                || name.equals("prepareCall")) {
                            STATEMENTS.incrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    TestAccounts accounts;
    TestClients clients;
    CurrentUser worker;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        clients = new TestClients(context);
        worker = accounts.account(Role.SOCIAL_WORKER);
    }

    private String page(CurrentUser user, String query) throws Exception {
        return mvc.perform(get("/clients" + query).with(as(user))).andReturn().getResponse().getContentAsString();
    }

    private int statementsFor(CurrentUser user, String query) throws Exception {
        page(user, query); // warm: first-use queries (templates, caches) are not the page's own
        int before = CountingDataSource.STATEMENTS.get();
        String html = page(user, query);
        assertThat(html).contains("data-test=\"client-row\"");
        return CountingDataSource.STATEMENTS.get() - before;
    }

    @Test
    void aListPageRunsTheSameNumberOfStatementsWhateverItsSize() throws Exception {
        String surname = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 62), 36);
        clients.clientHeadingHousehold(worker, "Andi " + surname, Sex.M, LocalDate.of(1990, 1, 1), null, null,
                "12.75.05.1001");
        int one = statementsFor(worker, "");
        int searchedOne = statementsFor(worker, "?q=Andi+" + surname);

        CurrentUser colleague = accounts.account("rekan-" + surname, Role.SOCIAL_WORKER, worker.teamId());
        for (int i = 0; i < 30; i++) {
            clients.clientHeadingHousehold(worker, "Andi " + surname + " " + i, Sex.M, LocalDate.of(1990, 1, 1), null,
                    null, "12.75.05.100" + (1 + i % 5));
            clients.clientHeadingHousehold(colleague, "Andi " + surname + " b" + i, Sex.M, LocalDate.of(1990, 1, 1),
                    null, null, "12.75.05.100" + (1 + i % 5));
        }
        int full = statementsFor(worker, "");
        int second = statementsFor(worker, "?page=1");
        int searched = statementsFor(worker, "?q=Andi+" + surname);

        // a page that is not full needs no count; any other page needs exactly one more statement,
        // except a name search, which needs no count (it knows its bounded matches) and finds them
        // first in four: the typed words' matches, the names beginning with the typed name, the
        // names holding its words elsewhere, the aliases (NameMatches)
        assertThat(full).as("page 1 of 31 own clients").isEqualTo(one + 1);
        assertThat(second).as("page 2").isEqualTo(one + 1);
        assertThat(searched).as("61 found by name, from two workers").isEqualTo(one + 4).isEqualTo(searchedOne);
    }

    @Test
    void othersClientsShowLimitedFieldsMaskedAndWithoutALink() throws Exception {
        String name = randomName("Rudi");
        String nik = "1275050101900" + String.format("%03d", ThreadLocalRandom.current().nextInt(100, 999));
        String kk = "1275051" + String.format("%09d", ThreadLocalRandom.current().nextLong(1, 999_999_999));
        long id = clients.clientHeadingHousehold(worker, name, Sex.M, LocalDate.of(1990, 1, 1), nik, kk,
                "12.75.05.1001");
        CurrentUser other = accounts.account(Role.SOCIAL_WORKER);

        String theirs = searchByNumber(other, nik);
        assertThat(theirs).contains(name).contains("1275••••••••" + nik.substring(12))
                .contains("1275••••••••" + kk.substring(12)).contains("Tanah Merah").contains("Terbatas")
                .doesNotContain(kk).doesNotContain("href=\"/clients/" + id + "\"");
        assertThat(theirs.split(nik, -1)).as("the NIK only in the search box that holds it").hasSize(2);
        assertThat(theirs).contains("value=\"" + nik + "\"");

        String mine = searchByNumber(worker, kk);
        assertThat(mine).contains("href=\"/clients/" + id + "\"").doesNotContain(nik);
    }

    @Test
    void aNameSearchIsPostedThenShownAtAUrlThatCanBePaged() throws Exception {
        var result = mvc.perform(post("/clients").param("q", "Siti Aisah").param("ppks", "24").with(csrf())
                .with(as(worker))).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/clients?q=Siti%20Aisah&ppks=24");
    }

    private String searchByNumber(CurrentUser user, String number) throws Exception {
        var result = mvc.perform(post("/clients").param("q", number).with(csrf()).with(as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @Test
    void nothingFoundOffersToRegisterAndTheHeadOfOfficeIsNotOffered() throws Exception {
        String none = page(worker, "?q=" + randomName("Tidakada"));
        assertThat(none).contains("data-test=\"no-clients\"").contains("btn btn-primary btn-lg")
                .contains("Daftarkan klien baru");
        CurrentUser head = accounts.account(Role.HEAD_OF_OFFICE);
        assertThat(page(head, "?q=" + randomName("Tidakada"))).doesNotContain("Daftarkan klien baru");
    }

    @Test
    void theKelurahanFilterOffersTheOfficeCityByKecamatanAndKeepsTheChoice() throws Exception {
        String name = randomName("Lubis");
        clients.clientHeadingHousehold(worker, name, Sex.M, LocalDate.of(1980, 1, 1), null, null, "12.75.05.1002");

        String all = page(worker, "");
        assertThat(all).contains("<optgroup label=\"Binjai Selatan\">").contains("<option value=\"12.75.05.1001\">Tanah Merah</option>")
                .contains("<optgroup label=\"Binjai Utara\">");

        String estate = page(worker, "?q=" + name + "&kelurahan=12.75.05.1002");
        assertThat(estate).contains(name).contains("<option value=\"12.75.05.1002\" selected=\"selected\">Binjai Estate</option>");
        assertThat(page(worker, "?q=" + name + "&kelurahan=12.75.05.1001")).contains("data-test=\"no-clients\"");
        // a kelurahan outside the office city, from a link, stays chosen by its name
        assertThat(page(worker, "?kelurahan=12.71")).contains("<option value=\"12.71\" selected=\"selected\">Kota Medan</option>");
    }

    @Test
    void oddFiltersNeverBreakThePage() throws Exception {
        for (String query : new String[] {"?ppks=abc", "?registry=NOPE", "?page=-3", "?openCase=maybe",
                "?kelurahan=%27%3B--", "?q=" + "x".repeat(500), "?openCase=true", "?openCase=false&registry=REGISTERED"}) {
            int status = mvc.perform(get("/clients" + query).with(as(worker))).andReturn().getResponse().getStatus();
            assertThat(status).as(query).isIn(200, 400);
        }
    }
}
