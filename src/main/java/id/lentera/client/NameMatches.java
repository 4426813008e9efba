package id.lentera.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which clients a name search lists, best first, at most a window of them. Names are compared by
 * their search keys (V31: spelling variants folded) and word by word (V70), in three steps, each
 * run only while the window is not full:
 * <ol>
 * <li>keys that begin with the typed name ("siti aisa" → "siti aisa", "siti aisa harahap"), in key
 * order, read in order from an index;</li>
 * <li>keys whose words match the typed words — a typed word matches a word that is the same, or at
 * at least 0.4 alike by trigrams (a typo: "parlindngan" → "parlindungan"), or, for the last word
 * still being typed, begins with it — in any order and place; every typed word must match, or all
 * but one when three or more were typed (a name registered with one word fewer or different:
 * "Siti Nurhaliza Harahap" → "Siti Harahap"). Ranked by how many typed words match, then how many
 * exactly, then key. Only keys holding the rarest typed words' matches are read (GIN on the words);</li>
 * <li>only when the first two found nobody: keys at least half alike the whole typed name by
 * trigrams (V31's match, e.g. words run together), by similarity.</li>
 * </ol>
 * Within a key its clients come in person order. After them, the clients whose alias is alike the
 * typed text. Each step is one query; a common name ends after the first (its window is full), so
 * no step scores thousands of keys one by one.
 */
@Component
class NameMatches {

    /** How alike a typed word and a name's word must be (pg_trgm similarity). */
    static final double WORD_SIMILARITY = 0.4;

    /** Longer names are matched on their first words. */
    static final int MAX_WORDS = 8;

    /** The clients of a key in person order, from the index of V71 alone. */
    private static final String CLIENTS_OF_KEY = """
            cross join lateral (select p2.client_id, p2.id as person_id from person p2
                                 where p2.search_name = nk.key and p2.client_id is not null
                                 order by p2.id limit :need) x""";

    private final NamedParameterJdbcTemplate jdbc;

    NameMatches(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A typed word and the name words it matches, with how many keys hold one of them. */
    record Slot(String typed, List<String> words, long keys) {
    }

    /** The typed name's search key and its words with their matches (one query). */
    List<Slot> slots(String name) {
        return jdbc.query("""
                with q as (select (string_to_array(lentera_name_key(:name), ' '))[1 : %d] as words)
                select t.i, t.word, coalesce(array_agg(m.word order by m.word) filter (where m.word is not null), '{}') as matches,
                       coalesce(sum(m.keys), 0) as keys
                  from q cross join lateral unnest(q.words) with ordinality t(word, i)
                  left join lateral (
                       select w.word, w.keys from name_word w
                        where w.word %% t.word and similarity(w.word, t.word) >= :similarity
                       union
                       select w.word, w.keys from name_word w
                        where t.i = cardinality(q.words)
                          and w.word collate "C" >= t.word and w.word collate "C" < t.word || '~') m on true
                 where t.word <> ''
                 group by t.i, t.word order by t.i""".formatted(MAX_WORDS),
                new MapSqlParameterSource("name", name).addValue("similarity", WORD_SIMILARITY),
                (rs, i) -> new Slot(rs.getString("word"),
                        List.of((String[]) rs.getArray("matches").getArray()), rs.getLong("keys")));
    }

    /** The typed name's search key and the ids of the best matching clients, best first. */
    record Found(String key, List<Long> clientIds) {
    }

    /** At most {@code window} clients. */
    Found best(String name, int window) {
        List<Slot> slots = slots(name);
        if (slots.isEmpty()) {
            return new Found("", byAlias(name, window));
        }
        String key = String.join(" ", slots.stream().map(Slot::typed).toList());
        LinkedHashSet<Long> ids = new LinkedHashSet<>(byPrefix(key, window));
        if (ids.size() < window) {
            ids.addAll(byWords(key, slots, window - ids.size()));
        }
        if (ids.isEmpty()) {
            ids.addAll(bySimilarity(key, window));
        }
        ids.addAll(byAlias(name, window));
        return new Found(key, new ArrayList<>(ids));
    }

    private List<Long> byPrefix(String key, int need) {
        return jdbc.queryForList("""
                select x.client_id
                  from (select k.key from person_name_key k
                         where k.key collate "C" >= :low and k.key collate "C" < :high
                         order by k.key collate "C") nk
                """ + CLIENTS_OF_KEY + """

                 order by nk.key collate "C", x.person_id limit :need""",
                prefixRange(key).addValue("need", need), Long.class);
    }

    private List<Long> byWords(String key, List<Slot> slots, int need) {
        int typed = slots.size();
        int required = typed <= 2 ? typed : typed - 1;
        // a key missing at most (typed - required) words holds a match of at least one of any
        // (typed - required + 1) slots: those with the fewest keys are read through the index
        List<String> rare = slots.stream().sorted(Comparator.comparingLong(Slot::keys))
                .limit(typed - required + 1L).flatMap(s -> s.words().stream()).distinct().toList();
        if (rare.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = prefixRange(key).addValue("need", need).addValue("required", required)
                .addValue("rare", rare.toArray(String[]::new));
        List<String> hits = new ArrayList<>();
        List<String> exact = new ArrayList<>();
        IntStream.range(0, typed).forEach(i -> {
            params.addValue("m" + i, slots.get(i).words().toArray(String[]::new));
            params.addValue("t" + i, new String[] {slots.get(i).typed()});
            hits.add("(k.words && :m" + i + "::text[])::int");
            exact.add("(k.words @> :t" + i + "::text[])::int");
        });
        return jdbc.queryForList("""
                select x.client_id
                  from (select key, hits, exact from (
                          select k.key, %s as hits, %s as exact
                            from person_name_key k
                           where k.words && :rare::text[]
                             and not (k.key collate "C" >= :low and k.key collate "C" < :high)) counted
                         where hits >= :required
                         order by hits desc, exact desc, key collate "C" offset 0) nk
                """.formatted(String.join(" + ", hits), String.join(" + ", exact)) + CLIENTS_OF_KEY + """

                 order by nk.hits desc, nk.exact desc, nk.key collate "C", x.person_id limit :need""",
                params, Long.class);
    }

    private List<Long> bySimilarity(String key, int need) {
        return jdbc.queryForList("""
                select x.client_id
                  from (select k.key, greatest(similarity(k.key, :key), word_similarity(:key, k.key)) as score
                          from person_name_key k
                         where :key <<% k.key
                         order by score desc, k.key collate "C" offset 0) nk
                """ + CLIENTS_OF_KEY + """

                 order by nk.score desc, nk.key collate "C", x.person_id limit :need""",
                new MapSqlParameterSource("key", key).addValue("need", need), Long.class);
    }

    /** Clients known by an alias alike the typed text (street names: "Ucok"), most alike first. */
    private List<Long> byAlias(String name, int need) {
        return jdbc.queryForList("""
                select c.id from client c
                 where lower(c.alias) % :name or :name <% lower(c.alias)
                 order by greatest(similarity(lower(c.alias), :name), word_similarity(:name, lower(c.alias))) desc, c.id
                 limit :need""", new MapSqlParameterSource("name", name).addValue("need", need), Long.class);
    }

    /**
     * Keys beginning with the typed key: at least it, and below it with its last character raised
     * (keys hold only lower-case letters, digits and single spaces, compared byte by byte).
     */
    private static MapSqlParameterSource prefixRange(String key) {
        String high = key.substring(0, key.length() - 1) + (char) (key.charAt(key.length() - 1) + 1);
        return new MapSqlParameterSource("low", key).addValue("high", high);
    }
}
