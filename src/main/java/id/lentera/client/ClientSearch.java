package id.lentera.client;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.lentera.account.AccountName;
import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding a person in seconds: by NIK or KK exactly, or by name and alias tolerant of typos and
 * spelling variants ({@link NameMatches}, ranked). Lists every match with a few fields so that
 * nobody registers a duplicate; {@link ClientSearchRow#fullAccess()} says which rows the user may
 * open. Only a plain search (a name, NIK or KK and no filter) lists rows the user may not open: a
 * filter (kelurahan, PPKS category, registry status, open case) keeps only rows they may open, so
 * that no filter tells a fact of a client the user may not read. A fixed number of queries per page
 * whatever its size: the page, its count when needed, the workers' names, and for a name the (at
 * most four) queries that find and rank its matches.
 */
@Service
@PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'SUPERVISOR', 'HEAD_OF_OFFICE')")
public class ClientSearch {

    private static final String JOINS = """
              join person p on p.id = c.person_id
              left join household_member m on m.person_id = p.id and m.left_on is null
              left join household h on h.id = m.household_id
            """;

    private static final String FROM = " from client c\n" + JOINS;

    /**
     * A name search ranks and counts at most the best this many matches (the pager offers their
     * pages): a common name matches tens of thousands, and counting them all took longer than
     * finding the page.
     */
    static final int COUNTED_MATCHES = 500;

    /** A name search: the matches ({@link NameMatches}) in their order. */
    private static final String RANKED = """
              from unnest(cast(:ids as bigint[])) with ordinality w(client_id, rank)
              join client c on c.id = w.client_id
            """ + JOINS;

    private final NamedParameterJdbcTemplate jdbc;
    private final ClientAccess access;
    private final TeamDirectory teams;
    private final NameMatches matches;

    ClientSearch(NamedParameterJdbcTemplate jdbc, ClientAccess access, TeamDirectory teams, NameMatches matches) {
        this.jdbc = jdbc;
        this.access = access;
        this.teams = teams;
        this.matches = matches;
    }

    @Transactional(readOnly = true)
    public Page<ClientSearchRow> search(ClientQuery query, CurrentUser user, Pageable pageable) {
        var visibility = access.of(user);
        MapSqlParameterSource params = visibility.bind(new MapSqlParameterSource())
                .addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
        List<String> conditions = new ArrayList<>();
        String from = FROM;
        String score = "1.0";
        String order = "c.registered_at desc, c.id desc";
        boolean countInPage = false;
        Long knownTotal = null;
        String number = query.number();
        String name = query.nameText();
        if (number != null) {
            // an OR across two joined tables can use no index: each number is looked up on its own
            conditions.add("""
                    c.id = any(array(
                      select c2.id from person p2 join client c2 on c2.person_id = p2.id where p2.nik = :number
                      union
                      select c2.id from household h2
                        join household_member m2 on m2.household_id = h2.id and m2.left_on is null
                        join client c2 on c2.person_id = m2.person_id
                       where h2.kk_number = :number))""");
            params.addValue("number", number);
        } else if (!name.isEmpty()) {
            // with filters, look further down the ranking so that a page of filtered matches still fills
            boolean filtered = query.filtered();
            int window = (int) Math.max(COUNTED_MATCHES, pageable.getOffset() + pageable.getPageSize()) * (filtered ? 20 : 1);
            NameMatches.Found found = matches.best(name, window);
            List<Long> ids = found.clientIds();
            from = RANKED;
            score = """
                    greatest(similarity(p.search_name, :key), word_similarity(:key, p.search_name),
                             coalesce(similarity(lower(c.alias), :name), 0), coalesce(word_similarity(:name, lower(c.alias)), 0))""";
            order = "w.rank";
            params.addValue("name", name).addValue("key", found.key());
            if (filtered) {
                // the filters decide which of the window are shown: counted in the page query
                params.addValue("ids", ids.toArray(Long[]::new));
                countInPage = true;
            } else {
                // every match is shown: only the page's own rows need reading
                int first = (int) Math.min(pageable.getOffset(), ids.size());
                params.addValue("ids", ids.subList(first, Math.min(first + pageable.getPageSize(), ids.size()))
                        .toArray(Long[]::new)).addValue("offset", 0);
                knownTotal = (long) ids.size();
            }
        }
        if (number == null && name.isEmpty() || query.filtered()) {
            // no text: the user's own clients are what a list without a search is for. A filter acts
            // only on rows the user may open: a masked row found because of its PPKS category, registry
            // status, open case or kelurahan would tell exactly the fact that masking hides
            conditions.add(ClientAccess.VISIBLE);
        }
        if (query.kelurahanCode() != null && !query.kelurahanCode().isBlank()) {
            conditions.add("coalesce(h.kelurahan_code, c.current_kelurahan_code) = :kelurahan");
            params.addValue("kelurahan", query.kelurahanCode());
        }
        if (query.ppksCategoryId() != null) {
            conditions.add("exists (select 1 from client_ppks cp where cp.client_id = c.id and cp.category_id = :ppks)");
            params.addValue("ppks", query.ppksCategoryId());
        }
        if (query.registryState() != null) {
            conditions.add(currentRegistryStateIs());
            params.addValue("registryState", query.registryState().name());
        }
        if (query.hasOpenCase() != null) {
            conditions.add((query.hasOpenCase() ? "" : "not ") + HAS_OPEN_CASE);
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);

        String select = "select c.id, p.full_name, c.alias, p.sex, p.birth_date, p.birth_year, p.birth_year_estimated, "
                + "coalesce(h.kelurahan_code, c.current_kelurahan_code) as kelurahan_code, p.nik, h.kk_number, "
                + RESPONSIBLE + " as responsible, " + ClientAccess.VISIBLE + " as visible, "
                + score + " as score" + (countInPage ? ", count(*) over () as total " : ", 0 as total ") + from + where
                + " order by " + order + " limit :limit offset :offset";
        List<RawRow> raw = jdbc.query(select, params, (rs, i) -> new RawRow(rs.getLong("id"),
                rs.getString("full_name"), rs.getString("alias"), Sex.valueOf(rs.getString("sex")),
                rs.getObject("birth_date", java.time.LocalDate.class), (Integer) rs.getObject("birth_year"),
                rs.getBoolean("birth_year_estimated"), rs.getString("kelurahan_code"), rs.getString("nik"),
                rs.getString("kk_number"), rs.getLong("responsible"), rs.getBoolean("visible"),
                rs.getDouble("score"), rs.getLong("total")));
        long total = knownTotal != null ? knownTotal
                : countInPage ? (raw.isEmpty() ? pageable.getOffset() : raw.get(0).total())
                : raw.size() < pageable.getPageSize() && pageable.getOffset() == 0 ? raw.size()
                : jdbc.queryForObject("select count(*) " + FROM + where, params, Long.class);

        Set<Long> workers = new LinkedHashSet<>();
        raw.forEach(r -> workers.add(r.responsible()));
        Map<Long, AccountName> names = teams.namesAsSeenBy(user, workers);
        List<ClientSearchRow> rows = raw.stream().map(r -> {
            boolean full = r.visible();
            Integer birthYear = r.birthDate() != null ? Integer.valueOf(r.birthDate().getYear()) : r.birthYear();
            // beside a row the user may not open, a worker outside their teams is named by team only
            AccountName responsible = names.get(r.responsible());
            String worker = responsible == null ? null : full ? responsible.fullName() : responsible.nameIfWithinReach();
            String team = responsible == null || worker != null ? null : responsible.teamName();
            return new ClientSearchRow(r.id(), r.fullName(), full ? r.alias() : null, r.sex(), birthYear,
                    r.birthDate() == null && r.birthYearEstimated(), r.kelurahanCode(),
                    r.nik() == null ? null : Nik.mask(r.nik()), r.kk() == null ? null : Nik.mask(r.kk()),
                    worker, team, full, r.score());
        }).toList();
        return new PageImpl<>(rows, pageable, total);
    }

    /** A case of the client is open: casework keeps a current caseworker row for each open case. */
    static final String HAS_OPEN_CASE =
            "exists (select 1 from client_caseworker ow where ow.client_id = c.id and ow.until is null)";

    /** The worker of the client's open case, else whoever registered them. */
    static final String RESPONSIBLE = """
            coalesce((select rw.worker_id from client_caseworker rw where rw.client_id = c.id and rw.until is null
                       order by rw.since desc limit 1), c.registered_by)""";

    /** The latest registry entry of the client's household has the wanted state. */
    static String currentRegistryStateIs() {
        return """
                (select r.status from registry_status r where r.household_id = h.id
                  order by r.checked_on desc, r.recorded_at desc, r.id desc limit 1) = :registryState""";
    }

    private record RawRow(long id, String fullName, String alias, Sex sex, java.time.LocalDate birthDate,
            Integer birthYear, boolean birthYearEstimated, String kelurahanCode, String nik, String kk,
            long responsible, boolean visible, double score, long total) {
    }
}
