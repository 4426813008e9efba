package id.lentera.client;

import java.util.List;
import java.util.SplittableRandom;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The steps of a name search (V70) on PostgreSQL, with made-up words nobody else in the test database has. */
@IntegrationTest
class NameMatchesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    NameMatches matches;

    @Autowired
    JdbcTemplate jdbc;

    TestClients clients;
    CurrentUser worker;
    String one;
    String two;
    String three;

    @BeforeEach
    void setUp() {
        clients = new TestClients(context);
        worker = new TestAccounts(context).account(Role.SOCIAL_WORKER);
        // three words that share no trigram with each other or with any real name
        SplittableRandom random = new SplittableRandom(System.nanoTime());
        one = word(random, "qxv");
        two = word(random, "zjw");
        three = word(random, "xkq");
    }

    private static String word(SplittableRandom random, String start) {
        StringBuilder word = new StringBuilder(start);
        for (int i = 0; i < 5; i++) {
            word.append("bcdfgjklmnpqrstvwxz".charAt(random.nextInt(19))).append("aeiou".charAt(random.nextInt(5)));
        }
        return word.toString();
    }

    private long client(String name) {
        long id = clients.streetClient(worker, name, null, Sex.M, 1980);
        // the search finds clients through their person's link (V71), kept by a trigger
        assertThat(jdbc.queryForObject("select p.client_id from client c join person p on p.id = c.person_id where c.id = ?",
                Long.class, id)).isEqualTo(id);
        return id;
    }

    private List<Long> find(String typed) {
        return matches.best(Names.normalize(typed), 500).clientIds();
    }

    @Test
    void namesBeginningWithTheTypedNameComeFirstThenTheWordsElsewhere() {
        long exact = client(one + " " + two);
        long longer = client(one + " " + two + " " + three);
        long reordered = client(three + " " + one + " " + two);
        long onlyOne = client(one + " " + three);

        assertThat(find(one + " " + two)).containsExactly(exact, longer, reordered).doesNotContain(onlyOne);
    }

    @Test
    void aTypoInAWordStillFindsTheName() {
        long person = client(one + " " + two);
        String typo = two.substring(0, 4) + two.substring(5);

        assertThat(find(one + " " + typo)).containsExactly(person);
        assertThat(find(typo + " " + one)).containsExactly(person);
    }

    @Test
    void withThreeWordsTypedAllButOneMustMatch() {
        long registeredShorter = client(one + " " + three);
        long unrelated = client(three + " " + word(new SplittableRandom(1), "vvq"));
        client(one + " " + two);

        assertThat(find(one + " " + two + " " + three)).contains(registeredShorter).doesNotContain(unrelated);
        assertThat(find(one + " " + two)).doesNotContain(registeredShorter);
    }

    @Test
    void theLastWordMayBeUnfinished() {
        long person = client(one + " " + two);

        assertThat(find(two + " " + one.substring(0, 5))).containsExactly(person);
        assertThat(find(one + " " + two.substring(0, 4))).containsExactly(person);
    }

    @Test
    void spellingVariantsAreTheSameWord() {
        long person = client("Tjahjo " + one);
        long other = client("Djoko " + one);

        assertThat(find("Cahjo " + one)).containsExactly(person);
        assertThat(find(one + " Joko")).containsExactly(other);
    }

    @Test
    void wordsRunTogetherAreFoundByTheWholeNameWhenNoWordMatches() {
        long person = client(one + " " + two);

        assertThat(find(one + two)).contains(person);
    }

    @Test
    void theWindowBoundsTheMatches() {
        for (int i = 0; i < 3; i++) {
            client(one + " " + two);
        }
        assertThat(matches.best(one + " " + two, 2).clientIds()).hasSize(2);
    }

    @Test
    void everyWordKnowsHowManyKeysHoldIt() {
        client(one + " " + two);
        client(one + " " + three);

        assertThat(jdbc.queryForObject("select keys from name_word where word = lentera_name_key(?)", Integer.class, one)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select keys from name_word where word = lentera_name_key(?)", Integer.class, three)).isEqualTo(1);
        String keyOne = jdbc.queryForObject("select lentera_name_key(?)", String.class, one);
        String keyTwo = jdbc.queryForObject("select lentera_name_key(?)", String.class, two);
        var slots = matches.slots(one + " " + two);
        assertThat(slots).extracting(NameMatches.Slot::typed).containsExactly(keyOne, keyTwo);
        assertThat(slots.get(0).words()).contains(keyOne);
        assertThat(slots.get(0).keys()).isGreaterThanOrEqualTo(2);
    }
}
