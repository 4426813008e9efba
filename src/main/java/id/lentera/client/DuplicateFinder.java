package id.lentera.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.lentera.account.AccountName;
import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who might already be on record before someone new is registered: the same NIK (refused: a NIK
 * belongs to one living person), the same KK (offer to join that household), or a similar name with
 * the same or a close birth year in the same kecamatan (a warning the worker may pass with a reason).
 */
@Service
public class DuplicateFinder {

    /**
     * Similar names must be at least this alike (pg_trgm similarity of their search keys, 0 to 1). The
     * keys already agree on spelling variants. A warning costs the worker one sentence, a missed
     * duplicate costs the client a second record, so this stays as low as the trigram index allows
     * (its prefilter, strict word similarity, answers at pg_trgm's default of 0.5): a one-letter slip
     * in a short name ("siti amina"/"siti anina": 0.57) is still flagged.
     */
    static final double NAME_SIMILARITY = 0.5;

    private static final String SELECT = """
            select p.id as person_id, c.id as client_id, h.id as household_id, p.full_name, p.sex, p.birth_date,
                   p.birth_year, coalesce(h.kelurahan_code, c.current_kelurahan_code) as kelurahan_code,
                   coalesce(""" + ClientSearch.RESPONSIBLE + """
            , p.created_by) as responsible,
                   (c.id is not null and """ + ClientAccess.VISIBLE + """
            ) as visible, %s as similarity
              from person p
              left join client c on c.person_id = p.id
              left join household_member m on m.person_id = p.id and m.left_on is null
              left join household h on h.id = m.household_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ClientAccess access;
    private final TeamDirectory teams;

    DuplicateFinder(NamedParameterJdbcTemplate jdbc, ClientAccess access, TeamDirectory teams) {
        this.jdbc = jdbc;
        this.access = access;
        this.teams = teams;
    }

    /**
     * The typed name's key, computed once per query. Written as {@code lentera_name_key(:name)} it
     * is folded to a constant only in a custom plan; once the JDBC driver and PostgreSQL switch the
     * statement to a generic plan (after a few executions) the function runs again for every key it
     * is compared with, and its regular expressions then cost more than the trigram work. As a
     * scalar subquery it is an init plan: evaluated once, usable in the trigram index scan.
     */
    private static final String KEY = "(select lentera_name_key(:name))";

    public enum Kind { SAME_NIK, SAME_KK, SIMILAR_PERSON }

    /** What is known of the person about to be registered; any part may be missing. */
    public record Probe(String fullName, String nik, String kkNumber, LocalDate birthDate, Integer birthYear,
            String kecamatanCode) {

        Integer year() {
            return birthDate != null ? Integer.valueOf(birthDate.getYear()) : birthYear;
        }
    }

    /**
     * @param clientId null when the person is a household member but not a client
     * @param householdId the person's current household, if any
     * @param responsibleWorker null beside a person the user may not open unless that worker is in a
     *        team the user may read ({@link TeamDirectory#namesAsSeenBy})
     * @param responsibleTeam when {@code responsibleWorker} is withheld, that worker's team; else null
     */
    public record Candidate(Kind kind, long personId, Long clientId, Long householdId, String fullName, Sex sex,
            Integer birthYear, String kelurahanCode, String responsibleWorker, String responsibleTeam, boolean fullAccess,
            double similarity) {

        /** A NIK already held by a living person stops the registration; the rest only warn. */
        public boolean blocks() {
            return kind == Kind.SAME_NIK;
        }
    }

    @Transactional(readOnly = true)
    public List<Candidate> find(Probe probe, CurrentUser user) {
        var visibility = access.of(user);
        List<RawCandidate> raw = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        if (probe.nik() != null && !probe.nik().isBlank()) {
            collect(raw, seen, Kind.SAME_NIK, SELECT.formatted("1.0")
                    + " where p.nik = :nik and p.deceased_on is null",
                    visibility.bind(new MapSqlParameterSource("nik", probe.nik())));
        }
        if (probe.kkNumber() != null && !probe.kkNumber().isBlank()) {
            collect(raw, seen, Kind.SAME_KK, SELECT.formatted("1.0")
                    + " where h.kk_number = :kk and m.relationship = 'HEAD'",
                    visibility.bind(new MapSqlParameterSource("kk", probe.kkNumber())));
        }
        String name = Names.normalize(probe.fullName());
        if (!name.isEmpty()) {
            MapSqlParameterSource params = visibility.bind(new MapSqlParameterSource("name", name))
                    .addValue("threshold", NAME_SIMILARITY);
            // similar keys first (few: a city repeats its names), then their persons by an exact lookup,
            // by birth year when known (V31); only those are joined to their households. A similarity
            // of at least 0.5 implies a strict word similarity at least as high (the whole key is one of
            // its runs of words), which the trigram index answers at pg_trgm's default threshold, 0.5.
            // The lateral with a limit keeps the planner, which cannot tell how few keys match, from
            // scanning every person.
            String year = "coalesce(extract(year from p2.birth_date)::int, p2.birth_year)";
            String sameYear = probe.year() == null ? ""
                    : " and (" + year + " between :year - 1 and :year + 1 or " + year + " is null)";
            StringBuilder where = new StringBuilder(("""
                     where p.id = any(array(
                       select p2.id
                         from (select k.key from person_name_key k
                                where %1$s <<%% k.key
                                  and similarity(k.key, %1$s) >= :threshold offset 0) nk
                         cross join lateral (select p2.id from person p2 where p2.search_name = nk.key""" + sameYear + """
                                              limit 10000) p2
                    ))
                       and p.deceased_on is null""").formatted(KEY));
            if (probe.kecamatanCode() != null && !probe.kecamatanCode().isBlank()) {
                where.append(" and coalesce(h.kelurahan_code, c.current_kelurahan_code) like :kecamatan");
                params.addValue("kecamatan", probe.kecamatanCode() + ".%");
            }
            if (probe.year() != null) {
                // the same or a close birth year; someone whose birth is unknown may still be the same person
                params.addValue("year", probe.year());
            }
            collect(raw, seen, Kind.SIMILAR_PERSON,
                    SELECT.formatted("similarity(p.search_name, " + KEY + ")") + where
                            + " order by similarity desc, p.id limit 10", params);
        }
        Set<Long> workers = new LinkedHashSet<>();
        raw.forEach(r -> workers.add(r.responsible()));
        Map<Long, AccountName> names = teams.namesAsSeenBy(user, workers);
        return raw.stream().map(r -> {
            // beside a person the user may not open, a worker outside their teams is named by team only
            AccountName responsible = names.get(r.responsible());
            String worker = responsible == null ? null
                    : r.visible() ? responsible.fullName() : responsible.nameIfWithinReach();
            String team = responsible == null || worker != null ? null : responsible.teamName();
            return new Candidate(r.kind(), r.personId(), r.clientId(), r.householdId(), r.fullName(), r.sex(),
                    r.birthYear(), r.kelurahanCode(), worker, team, r.visible(), r.similarity());
        }).toList();
    }

    private void collect(List<RawCandidate> into, Set<Long> seen, Kind kind, String sql, MapSqlParameterSource params) {
        jdbc.query(sql, params, rs -> {
            long personId = rs.getLong("person_id");
            if (seen.add(personId)) {
                LocalDate birthDate = rs.getObject("birth_date", LocalDate.class);
                into.add(new RawCandidate(kind, personId, (Long) rs.getObject("client_id"),
                        (Long) rs.getObject("household_id"), rs.getString("full_name"),
                        Sex.valueOf(rs.getString("sex")),
                        birthDate != null ? Integer.valueOf(birthDate.getYear()) : (Integer) rs.getObject("birth_year"),
                        rs.getString("kelurahan_code"), rs.getLong("responsible"), rs.getBoolean("visible"),
                        rs.getDouble("similarity")));
            }
        });
    }

    private record RawCandidate(Kind kind, long personId, Long clientId, Long householdId, String fullName, Sex sex,
            Integer birthYear, String kelurahanCode, long responsible, boolean visible, double similarity) {
    }
}
