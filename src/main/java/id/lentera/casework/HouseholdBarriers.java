package id.lentera.casework;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The barrier categories the assessments of a household's cases found, for many households in one
 * query (the eligibility module's map of the non-registered). Decides no visibility: the caller
 * lists only households the user may see.
 */
@Component
public class HouseholdBarriers {

    private final NamedParameterJdbcTemplate jdbc;

    HouseholdBarriers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Categories by household id; households without a categorised problem are left out. */
    @Transactional(readOnly = true)
    public Map<Long, Set<BarrierCategory>> of(Collection<Long> householdIds) {
        Map<Long, Set<BarrierCategory>> barriers = new HashMap<>();
        if (householdIds.isEmpty()) {
            return barriers;
        }
        jdbc.query("""
                select distinct f.household_id, p.category
                  from case_problem p join case_file f on f.id = p.case_file_id
                 where f.household_id in (:ids) and p.category is not null""",
                new MapSqlParameterSource("ids", householdIds), rs -> {
                    barriers.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(BarrierCategory.class))
                            .add(BarrierCategory.valueOf(rs.getString(2)));
                });
        return barriers;
    }
}
