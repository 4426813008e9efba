package id.lentera.client;

import java.util.Map;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The search key of V31 on PostgreSQL: which spellings it folds together, and that writes keep it. */
@IntegrationTest
class NameSearchKeyTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    private String key(String name) {
        return jdbc.queryForObject("select lentera_name_key(?)", String.class, name);
    }

    @Test
    void foldsTheUsualSpellingVariantsOfOneName() {
        Map<String, String> sameAs = Map.of(
                "Siti Aisah", "Siti Aisyah",
                "Siti Aisya", "Siti Aisyah",
                "Mohammad Rizki", "Muhammad Rizky",
                "Mhd. Rizki", "Muhamad Rizki",
                "Djoko Soesanto", "Joko Susanto",
                "Tjahjo", "Cahjo",
                "Sjahrir", "Syahrir",
                "Achmad Chairul", "Ahmad Khairul",
                "Ramadhan", "Ramadan",
                "Ma'ruf", "Maruf");
        sameAs.forEach((variant, name) -> assertThat(key(variant)).as(variant).isEqualTo(key(name)));
        assertThat(key("  Fatimah   Br. SIREGAR ")).isEqualTo("fatima br siregar");
    }

    @Test
    void keepsDifferentNamesApart() {
        assertThat(key("Siti Aminah")).isNotEqualTo(key("Siti Aisyah"));
        assertThat(key("Panjaitan")).isEqualTo("panjaitan");
        assertThat(key("Rudi")).isNotEqualTo(key("Rida"));
    }

    @Test
    void aPersonWrittenByTheApplicationGetsItsKeyAndTheKeyTable() {
        CurrentUser worker = new TestAccounts(context).account(Role.SOCIAL_WORKER);
        String surname = "Zq" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        long client = new TestClients(context).streetClient(worker, "Mochammad Ridwan " + surname, null, Sex.M, 1980);
        String stored = jdbc.queryForObject(
                "select p.search_name from client c join person p on p.id = c.person_id where c.id = ?", String.class,
                client);
        assertThat(stored).isEqualTo(key("Muhammad Ridwan " + surname));
        assertThat(jdbc.queryForObject("select count(*) from person_name_key where key = ?", Long.class, stored))
                .isEqualTo(1);

        jdbc.update("update person set full_name = ? where id = (select person_id from client where id = ?)",
                "Ahmad Ridwan " + surname, client);
        assertThat(jdbc.queryForObject(
                "select p.search_name from client c join person p on p.id = c.person_id where c.id = ?", String.class,
                client)).isEqualTo(key("Achmad Ridwan " + surname));
    }
}
