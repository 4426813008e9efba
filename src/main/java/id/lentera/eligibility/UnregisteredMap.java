package id.lentera.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.casework.BarrierCategory;
import id.lentera.casework.HouseholdBarriers;
import id.lentera.client.ClientAccess;
import id.lentera.client.HouseholdFacts;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The households eligible once registered (seed paper 000's mapping of social problems): where
 * they live, which documents they miss and the barriers their cases recorded. Supervisors see the
 * households of their teams' clients, the head of office all; nobody else.
 */
@Service
public class UnregisteredMap {

    /** Which documents a row must miss: any, the head's KTP-el, or the KK. */
    public enum MissingDocument { KTP_EL, KK }

    public record Filter(String kelurahanCode, MissingDocument missing) {
    }

    /** One household on the map; {@code headName} is the head of the household. */
    public record Row(long householdId, String kelurahanCode, String headName, List<PkhComponent> components,
            long amountPerYear, Outcome ktpEl, Outcome kk, LocalDate since, Set<BarrierCategory> barriers) {
    }

    private static final String WHERE_ALL = "\n" + """
             where e.verdict = 'ONCE_REGISTERED'
               and (cast(:kelurahan as text) is null or e.kelurahan_code = cast(:kelurahan as text))
               and (:missing = '' or (:missing = 'KTP_EL' and e.ktp_el <> 'MET') or (:missing = 'KK' and e.kk <> 'MET'))
            """;

    // the head of office sees all: without the visibility condition the count and the page stay on the index
    private static final String WHERE_VISIBLE = WHERE_ALL + " and " + HouseholdFacts.visibleHousehold("e.household_id")
            + "\n";

    private final NamedParameterJdbcTemplate jdbc;
    private final HouseholdFacts households;
    private final HouseholdBarriers barriers;

    UnregisteredMap(NamedParameterJdbcTemplate jdbc, HouseholdFacts households, HouseholdBarriers barriers) {
        this.jdbc = jdbc;
        this.households = households;
        this.barriers = barriers;
    }

    /** A page of the map and the count of the whole map per kelurahan (code to count, most first). */
    public record MapPage(Page<Row> rows, Map<String, Long> countsByKelurahan) {
    }

    /**
     * A page of the map: four queries whatever its size (counts per kelurahan, whose sum — or the
     * chosen kelurahan's count — is the total; the rows; their heads; their barriers).
     */
    @Transactional(readOnly = true)
    public MapPage find(Filter filter, CurrentUser user, Pageable pageable) {
        MapSqlParameterSource params = params(filter, user);
        Map<String, Long> counts = new LinkedHashMap<>();
        // every kelurahan is counted, also while one is chosen, so the choice can be changed
        MapSqlParameterSource everyKelurahan = params(new Filter(null, filter.missing()), user);
        jdbc.query("select e.kelurahan_code, count(*) from household_eligibility e" + where(user)
                + " group by e.kelurahan_code order by count(*) desc, e.kelurahan_code", everyKelurahan, rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        long total = filter.kelurahanCode() == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.getOrDefault(filter.kelurahanCode(), 0L);
        List<Row> rows = total == 0 ? List.of() : rows(user, params.addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset()));
        return new MapPage(new PageImpl<>(rows, pageable, total), counts);
    }

    /** 403 unless the user may see the map (supervisors and the head of office). */
    public void requireReader(CurrentUser user) {
        params(new Filter(null, null), user);
    }

    /** Every row, a thousand at a time, for the export; the consumer writes each chunk before the next is read. */
    @Transactional(readOnly = true)
    public void forEachChunk(Filter filter, CurrentUser user, java.util.function.Consumer<List<Row>> consumer) {
        int chunk = 1000;
        for (long offset = 0; ; offset += chunk) {
            List<Row> rows = rows(user, params(filter, user).addValue("limit", chunk).addValue("offset", offset));
            if (rows.isEmpty()) {
                return;
            }
            consumer.accept(rows);
            if (rows.size() < chunk) {
                return;
            }
        }
    }

    private List<Row> rows(CurrentUser user, MapSqlParameterSource params) {
        List<Object[]> found = new ArrayList<>();
        jdbc.query("""
                select e.household_id, e.kelurahan_code, e.components, e.amount_per_year, e.ktp_el, e.kk, e.verdict_since
                  from household_eligibility e""" + where(user) + """
                 order by e.kelurahan_code nulls last, e.household_id limit :limit offset :offset""", params, rs -> {
                    found.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class)});
                });
        if (found.isEmpty()) {
            return List.of();
        }
        Collection<Long> ids = found.stream().map(r -> (Long) r[0]).toList();
        Map<Long, HouseholdFacts.Facts> facts = households.of(ids);
        Map<Long, Set<BarrierCategory>> recorded = barriers.of(ids);
        List<Row> rows = new ArrayList<>();
        for (Object[] r : found) {
            long id = (Long) r[0];
            HouseholdFacts.Facts f = facts.get(id);
            HouseholdFacts.Member head = f == null ? null : f.head();
            String codes = (String) r[2];
            List<PkhComponent> components = codes.isEmpty() ? List.of() : java.util.Arrays.stream(codes.split(","))
                    .map(c -> PkhComponent.valueOf(c.substring(c.indexOf(':') + 1))).toList();
            rows.add(new Row(id, (String) r[1], head == null ? null : head.fullName(), components, (Long) r[3],
                    Outcome.valueOf((String) r[4]), Outcome.valueOf((String) r[5]), (LocalDate) r[6],
                    recorded.getOrDefault(id, Set.of())));
        }
        return rows;
    }

    private String where(CurrentUser user) {
        return households.visibility(user).all() ? WHERE_ALL : WHERE_VISIBLE;
    }

    private MapSqlParameterSource params(Filter filter, CurrentUser user) {
        if (!user.is(Role.SUPERVISOR) && !user.is(Role.HEAD_OF_OFFICE)) {
            throw new AccessDeniedException("the map is for supervisors and the head of office");
        }
        ClientAccess.Visibility visibility = households.visibility(user);
        return visibility.bind(new MapSqlParameterSource()
                .addValue("kelurahan", filter.kelurahanCode(), java.sql.Types.VARCHAR)
                .addValue("missing", filter.missing() == null ? "" : filter.missing().name()));
    }
}
