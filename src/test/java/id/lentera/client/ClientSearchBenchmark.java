package id.lentera.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import id.lentera.account.CurrentUser;
import id.lentera.account.Language;
import id.lentera.account.Role;
import id.lentera.support.BenchmarkDatabase;
import id.lentera.support.Timings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static id.lentera.support.Timings.percentile;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search timings on a large database (not part of the normal suite: its name does not end in Test).
 * Calls the production services themselves — {@link ClientSearch#search} (name search: the page
 * with its count and the responsible workers' names; NIK/KK search) and {@link DuplicateFinder#find}
 * — through the application's own connection pool, as a social worker of a team, with 60 varied
 * names (a third with typos) plus 12 fixed ones, and prints p50/p95/max. The application context
 * connects to the given database (no embedded database, no demo data), see docs/performance.md:
 * {@code ./mvnw -B test -Dtest=ClientSearchBenchmark -Dbenchmark.url=jdbc:postgresql://localhost:PORT/lentera}
 */
@BenchmarkDatabase
class ClientSearchBenchmark {

    private static final int RUNS = 60;

    @Autowired
    ClientSearch search;

    @Autowired
    DuplicateFinder duplicates;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void searchesAnswerWithinFiftyMilliseconds() {
        CurrentUser worker = jdbc.queryForObject("""
                select id, username, full_name, team_id from user_account
                 where role = 'SOCIAL_WORKER' and team_id is not null order by id limit 1""",
                (rs, i) -> new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                        Role.SOCIAL_WORKER, rs.getLong("team_id"), Language.id, false));
        // the services check the role of the signed-in user, as they do for a request
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(worker, null,
                AuthorityUtils.createAuthorityList("ROLE_" + Role.SOCIAL_WORKER.name())));
        SplittableRandom random = new SplittableRandom(7);
        List<String[]> people = sample();
        List<String> names = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            String[] person = people.get(i % people.size());
            String name = Names.normalize(person[0]);
            names.add(i % 3 == 0 ? typo(name, random) : i % 3 == 1 ? firstWords(name) : name);
            numbers.add(i % 4 == 3 ? "1275059999990001" : person[i % 2 == 0 ? 1 : 2]);
        }
        // spelling variants, a lone common word and names nobody has, as workers type them
        names.addAll(List.of("siti aisah", "siti aisyah", "mohammad rizki", "mhd rizky", "muhamad ridwan",
                "djoko susanto", "tjahjo", "siti", "budi", "parwanto", "xaverius qwerty", "nurhayati br sembiring"));
        // the search box takes a name or a 16-digit NIK/KK alike
        Consumer<String> find = n -> search.search(new ClientQuery(n, null, null, null), worker, PageRequest.of(0, 20));
        Consumer<String> similar = n -> duplicates.find(new DuplicateFinder.Probe(n, null, null,
                LocalDate.of(1960 + Math.floorMod(n.hashCode(), 50), 6, 1), null,
                "12.75.0" + (1 + Math.floorMod(n.hashCode(), 5))), worker);
        time(names.subList(0, 10), find);
        long[] name = time(names, find);
        long[] number = time(numbers, find);
        long[] duplicate = time(names, similar);
        System.out.printf("%nClient search on %d clients, %d queries each (ms):%n",
                jdbc.queryForObject("select count(*) from client", Long.class), names.size());
        report("name search, first page of 20 + count", name);
        slowest(names, name);
        report("NIK/KK search, first page of 20", number);
        report("duplicate check at registration", duplicate);
        slowest(names, duplicate);
        assertThat(percentile(name, 95)).as("name search p95 in ms").isLessThan(50);
        assertThat(percentile(number, 95)).as("number search p95 in ms").isLessThan(50);
        assertThat(percentile(duplicate, 95)).as("duplicate check p95 in ms").isLessThan(100);
    }

    private static long[] time(List<String> values, Consumer<String> run) {
        long[] micros = new long[values.size()];
        for (int i = 0; i < values.size(); i++) {
            long start = System.nanoTime();
            run.accept(values.get(i));
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        return micros;
    }

    private List<String[]> sample() {
        List<String[]> people = jdbc.query("""
                select p.full_name, p.nik, h.kk_number from client c tablesample system (1) repeatable (42)
                  join person p on p.id = c.person_id
                  join household_member m on m.person_id = p.id and m.left_on is null
                  join household h on h.id = m.household_id
                 where p.nik is not null and h.kk_number is not null limit ?""",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, RUNS);
        assertThat(people).as("clients with NIK and KK to sample").isNotEmpty();
        return people;
    }

    /** One slip of the kind workers make: a letter dropped, doubled, swapped or replaced. */
    private static String typo(String name, SplittableRandom random) {
        if (name.length() < 4) {
            return name;
        }
        int i = 1 + random.nextInt(name.length() - 2);
        return switch (random.nextInt(4)) {
            case 0 -> name.substring(0, i) + name.substring(i + 1);
            case 1 -> name.substring(0, i) + name.charAt(i) + name.substring(i);
            case 2 -> name.substring(0, i - 1) + name.charAt(i) + name.charAt(i - 1) + name.substring(i + 1);
            default -> name.substring(0, i) + "aeiou".charAt(random.nextInt(5)) + name.substring(i + 1);
        };
    }

    private static String firstWords(String name) {
        String[] words = name.split(" ");
        return words.length > 2 ? words[0] + " " + words[1] : words[0];
    }

    private static void report(String what, long[] micros) {
        System.out.println(Timings.line(what, micros));
    }

    /** The queries worth an EXPLAIN (synthetic names only: this never runs on real data). */
    private static void slowest(List<String> values, long[] micros) {
        Integer[] order = new Integer[micros.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(micros[b], micros[a]));
        for (int i = 0; i < Math.min(5, order.length); i++) {
            System.out.printf("      %7.1f ms  '%s'%n", micros[order[i]] / 1000.0, values.get(order[i]));
        }
    }

}
