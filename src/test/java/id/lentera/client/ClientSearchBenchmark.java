package id.lentera.client;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search timings on a large database (not part of the normal suite: its name does not end in Test).
 * Runs the SQL of {@code docs/search-query.patch} (name search and NIK/KK search of ClientSearch, the
 * similar-person query of DuplicateFinder) with at least 60 varied names, a third with typos, and
 * prints p50/p95/max. See docs/readme-generator.md:
 * {@code ./mvnw -B test -Dtest=ClientSearchBenchmark -Dbenchmark.url=jdbc:postgresql://localhost:PORT/lentera}
 */
@EnabledIfSystemProperty(named = "benchmark.url", matches = ".+")
class ClientSearchBenchmark {

    /** The page query of ClientSearch once the patch is applied, as run for a name. */
    static final String NAME_PAGE = """
            select c.id, p.full_name, c.alias, p.sex, p.birth_date, p.birth_year, p.birth_year_estimated,
                   coalesce(h.kelurahan_code, c.current_kelurahan_code) as kelurahan_code, p.nik, h.kk_number,
                   c.registered_by, c.team_id,
                   greatest(similarity(lower(p.full_name), ?1), word_similarity(?1, lower(p.full_name)),
                            coalesce(similarity(lower(c.alias), ?1), 0), coalesce(word_similarity(?1, lower(c.alias)), 0)) as score
              from client c
              join person p on p.id = c.person_id
              left join household_member m on m.person_id = p.id and m.left_on is null
              left join household h on h.id = m.household_id
             where c.id = any(array(
                   (select c.id from person p join client c on c.person_id = p.id
                     where lower(p.full_name) % ?1 order by lower(p.full_name) <-> ?1 limit ?2)
                   union
                   (select c.id from person p join client c on c.person_id = p.id
                     where lower(p.full_name) %> ?1 order by lower(p.full_name) <->> ?1 limit ?2)
                   union
                   (select c.id from client c where lower(c.alias) % ?1 or ?1 <% lower(c.alias))))
             order by score desc, lower(p.full_name), c.id limit 20 offset 0""";

    /** The page query of ClientSearch once the patch is applied, as run for a NIK or KK number. */
    static final String NUMBER_PAGE = """
            select c.id, p.full_name, p.nik, h.kk_number, c.registered_by, c.team_id
              from client c
              join person p on p.id = c.person_id
              left join household_member m on m.person_id = p.id and m.left_on is null
              left join household h on h.id = m.household_id
             where c.id = any(array(
                   select c.id from person p join client c on c.person_id = p.id where p.nik = ?1
                   union
                   select c.id from household h
                     join household_member m on m.household_id = h.id and m.left_on is null
                     join client c on c.person_id = m.person_id
                    where h.kk_number = ?1))
             order by c.registered_at desc, c.id desc limit 20 offset 0""";

    /** DuplicateFinder's similar-person query once the patch is applied (nearest first, then filtered). */
    static final String SIMILAR_PERSON = """
            select p.id as person_id, c.id as client_id, h.id as household_id, p.full_name,
                   similarity(lower(p.full_name), ?1) as similarity
              from person p
              left join client c on c.person_id = p.id
              left join household_member m on m.person_id = p.id and m.left_on is null
              left join household h on h.id = m.household_id
             where lower(p.full_name) % ?1 and similarity(lower(p.full_name), ?1) >= 0.45 and p.deceased_on is null
               and coalesce(h.kelurahan_code, c.current_kelurahan_code) like ?2
               and (coalesce(extract(year from p.birth_date)::int, p.birth_year) is null
                    or abs(coalesce(extract(year from p.birth_date)::int, p.birth_year) - ?3) <= 1)
             order by lower(p.full_name) <-> ?1, p.id limit 10""";

    private static final int RUNS = 60;

    @Test
    void searchesAnswerWithinFiftyMilliseconds() throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty("benchmark.url"),
                System.getProperty("benchmark.user", "postgres"), System.getProperty("benchmark.password", ""))) {
            SplittableRandom random = new SplittableRandom(7);
            List<String[]> people = sample(db);
            List<String> names = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                String[] person = people.get(i % people.size());
                String name = Names.normalize(person[0]);
                names.add(i % 3 == 0 ? typo(name, random) : i % 3 == 1 ? firstWords(name) : name);
                numbers.add(i % 4 == 3 ? "1275059999990001" : person[i % 2 == 0 ? 1 : 2]);
            }
            warm(db, names);
            long[] name = time(db, NAME_PAGE, names, n -> new Object[] {n, 20});
            long[] number = time(db, NUMBER_PAGE, numbers, n -> new Object[] {n});
            long[] similar = time(db, SIMILAR_PERSON, names, n -> new Object[] {n,
                "12.75.0" + (1 + Math.floorMod(n.hashCode(), 5)) + ".%", 1960 + Math.floorMod(n.hashCode(), 50)});
            System.out.printf("%nClient search on %d clients, %d queries each (ms):%n", count(db), RUNS);
            report("name search, first page of 20", name);
            slowest(names, name);
            report("NIK/KK search, first page of 20", number);
            report("duplicate check, similar person", similar);
            slowest(names, similar);
            assertThat(percentile(name, 50)).as("name search p50 in ms").isLessThan(50);
            assertThat(percentile(number, 50)).as("number search p50 in ms").isLessThan(50);
        }
    }

    /** The values of parameters ?1, ?2, ... for one query. */
    private interface Binder {
        Object[] values(String value);
    }

    private static long[] time(Connection db, String sql, List<String> values, Binder binder) throws SQLException {
        long[] micros = new long[values.size()];
        String jdbcSql = sql.replaceAll("\\?\\d", "?");
        int[] order = parameterOrder(sql);
        try (PreparedStatement statement = db.prepareStatement(jdbcSql)) {
            for (int i = 0; i < values.size(); i++) {
                Object[] bound = binder.values(values.get(i));
                for (int p = 0; p < order.length; p++) {
                    statement.setObject(p + 1, bound[order[p] - 1]);
                }
                long start = System.nanoTime();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                    }
                }
                micros[i] = (System.nanoTime() - start) / 1_000;
            }
        }
        return micros;
    }

    /** Which numbered parameter each JDBC {@code ?} stands for. */
    private static int[] parameterOrder(String sql) {
        var matcher = java.util.regex.Pattern.compile("\\?(\\d)").matcher(sql);
        List<Integer> order = new ArrayList<>();
        while (matcher.find()) {
            order.add(Integer.parseInt(matcher.group(1)));
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void warm(Connection db, List<String> names) throws SQLException {
        time(db, NAME_PAGE, names.subList(0, 10), n -> new Object[] {n, 20});
    }

    private static List<String[]> sample(Connection db) throws SQLException {
        List<String[]> people = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement("""
                select p.full_name, p.nik, h.kk_number from client c tablesample system (1) repeatable (42)
                  join person p on p.id = c.person_id
                  join household_member m on m.person_id = p.id and m.left_on is null
                  join household h on h.id = m.household_id
                 where p.nik is not null and h.kk_number is not null limit ?""")) {
            statement.setInt(1, RUNS);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    people.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        assertThat(people).as("clients with NIK and KK to sample").isNotEmpty();
        return people;
    }

    private static long count(Connection db) throws SQLException {
        try (var rs = db.createStatement().executeQuery("select count(*) from client")) {
            rs.next();
            return rs.getLong(1);
        }
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
        System.out.printf("  %-34s p50 %6.1f  p95 %6.1f  max %6.1f%n", what, percentile(micros, 50),
                percentile(micros, 95), Arrays.stream(micros).max().orElse(0) / 1000.0);
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

    /** In milliseconds. */
    private static double percentile(long[] micros, int p) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
