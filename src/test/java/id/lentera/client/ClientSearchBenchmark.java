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
 * Runs the SQL of ClientSearch (name search: page and count; NIK/KK search) and the similar-person
 * query of DuplicateFinder with 60 varied names, a third with typos, and prints p50/p95/max. See docs/readme-generator.md:
 * {@code ./mvnw -B test -Dtest=ClientSearchBenchmark -Dbenchmark.url=jdbc:postgresql://localhost:PORT/lentera}
 */
@EnabledIfSystemProperty(named = "benchmark.url", matches = ".+")
class ClientSearchBenchmark {

    /** Which clients a name search may list (ClientSearch.NAME_CANDIDATES): ?1 the name, ?2 the window. */
    static final String NAME_CANDIDATES = """
            c.id = any(array(
              select x.client_id
                from (select k.key, greatest(similarity(k.key, lentera_name_key(?1)),
                                             word_similarity(lentera_name_key(?1), k.key)) as score
                        from person_name_key k
                       where lentera_name_key(?1) <<% k.key
                       order by score desc, k.key offset 0) nk
                cross join lateral (select c2.id as client_id, p2.id as person_id
                                      from person p2 join client c2 on c2.person_id = p2.id
                                     where p2.search_name = nk.key order by p2.id limit ?2) x
               order by nk.score desc, nk.key, x.person_id limit ?2)
            || array(select c3.id from client c3 where lower(c3.alias) % ?1 or ?1 <% lower(c3.alias)))""";

    static final String FROM = """
              from client c
              join person p on p.id = c.person_id
              left join household_member m on m.person_id = p.id and m.left_on is null
              left join household h on h.id = m.household_id
            """;

    /** The page query of ClientSearch for a name, first page of 20, with its count. */
    static final String NAME_PAGE = """
            select c.id, p.full_name, c.alias, p.sex, p.birth_date, p.birth_year, p.birth_year_estimated,
                   coalesce(h.kelurahan_code, c.current_kelurahan_code) as kelurahan_code, p.nik, h.kk_number,
                   c.registered_by, c.team_id,
                   greatest(similarity(p.search_name, lentera_name_key(?1)), word_similarity(lentera_name_key(?1), p.search_name),
                            coalesce(similarity(lower(c.alias), ?1), 0), coalesce(word_similarity(?1, lower(c.alias)), 0)) as score,
                   count(*) over () as total
            """ + FROM + " where " + NAME_CANDIDATES + " order by score desc, p.search_name, p.id limit 20 offset 0";

    /** The page query of ClientSearch for a NIK or KK number. */
    static final String NUMBER_PAGE = """
            select c.id, p.full_name, p.nik, h.kk_number, c.registered_by, c.team_id
            """ + FROM + """
             where c.id = any(array(
                   select c2.id from person p2 join client c2 on c2.person_id = p2.id where p2.nik = ?1
                   union
                   select c2.id from household h2
                     join household_member m2 on m2.household_id = h2.id and m2.left_on is null
                     join client c2 on c2.person_id = m2.person_id
                    where h2.kk_number = ?1))
             order by c.registered_at desc, c.id desc limit 20 offset 0""";

    /** DuplicateFinder's similar-person query with a kecamatan and a birth year. */
    static final String SIMILAR_PERSON = """
            select p.id as person_id, c.id as client_id, h.id as household_id, p.full_name,
                   similarity(p.search_name, lentera_name_key(?1)) as similarity
              from person p
              left join client c on c.person_id = p.id
              left join household_member m on m.person_id = p.id and m.left_on is null
              left join household h on h.id = m.household_id
             where p.id = any(array(
                     select p2.id
                       from (select k.key from person_name_key k
                              where lentera_name_key(?1) <<% k.key and similarity(k.key, lentera_name_key(?1)) >= 0.5 offset 0) nk
                       cross join lateral (select p2.id from person p2 where p2.search_name = nk.key
                        and (coalesce(extract(year from p2.birth_date)::int, p2.birth_year) between ?3 - 1 and ?3 + 1
                             or coalesce(extract(year from p2.birth_date)::int, p2.birth_year) is null) limit 10000) p2))
               and p.deceased_on is null
               and coalesce(h.kelurahan_code, c.current_kelurahan_code) like ?2
             order by similarity desc, p.id limit 10""";

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
            // spelling variants, a lone common word and names nobody has, as workers type them
            names.addAll(List.of("siti aisah", "siti aisyah", "mohammad rizki", "mhd rizky", "muhamad ridwan",
                    "djoko susanto", "tjahjo", "siti", "budi", "parwanto", "xaverius qwerty", "nurhayati br sembiring"));
            warm(db, names);
            long[] name = time(db, NAME_PAGE, names, n -> new Object[] {n, ClientSearch.COUNTED_MATCHES});
            long[] number = time(db, NUMBER_PAGE, numbers, n -> new Object[] {n});
            long[] similar = time(db, SIMILAR_PERSON, names, n -> new Object[] {n,
                "12.75.0" + (1 + Math.floorMod(n.hashCode(), 5)) + ".%", 1960 + Math.floorMod(n.hashCode(), 50)});
            System.out.printf("%nClient search on %d clients, %d queries each (ms):%n", count(db), names.size());
            report("name search, first page of 20 + count", name);
            slowest(names, name);
            report("NIK/KK search, first page of 20", number);
            report("duplicate check, similar person", similar);
            slowest(names, similar);
            assertThat(percentile(name, 95)).as("name search p95 in ms").isLessThan(50);
            assertThat(percentile(number, 95)).as("number search p95 in ms").isLessThan(50);
            assertThat(percentile(similar, 95)).as("duplicate check p95 in ms").isLessThan(100);
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
        time(db, NAME_PAGE, names.subList(0, 10), n -> new Object[] {n, ClientSearch.COUNTED_MATCHES});
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
