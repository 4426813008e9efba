package id.lentera.client;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The change history of a household from the Envers tables: the household, its member rows and
 * the facts of everyone who has been a member. Three queries whatever the number of changes; which
 * fields changed is found by comparing each revision with the one before it.
 */
@Component
class HouseholdHistory {

    /** The newest this many changes are shown; older ones stay in the tables. */
    static final int SHOWN = 50;

    private static final Set<String> NOT_SHOWN = Set.of("id", "rev", "revtype", "changed_at", "username",
            "created_at", "created_by", "household_id", "person_id");

    private final NamedParameterJdbcTemplate jdbc;

    HouseholdHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<HouseholdView.Change> of(long householdId, Map<Long, String> namesByPersonId) {
        var params = new MapSqlParameterSource("household", householdId);
        List<HouseholdView.Change> changes = new ArrayList<>();
        collect(changes, "household", jdbc.queryForList("""
                select a.*, r.changed_at, r.username from household_aud a join revision r on r.id = a.rev
                 where a.id = :household order by a.id, a.rev""", params), row -> null);
        collect(changes, "member", jdbc.queryForList("""
                select a.*, r.changed_at, r.username from household_member_aud a join revision r on r.id = a.rev
                 where a.household_id = :household order by a.id, a.rev""", params),
                row -> namesByPersonId.get(((Number) row.get("person_id")).longValue()));
        collect(changes, "person", jdbc.queryForList("""
                select a.*, r.changed_at, r.username from person_aud a join revision r on r.id = a.rev
                 where a.id in (select m.person_id from household_member m where m.household_id = :household)
                 order by a.id, a.rev""", params),
                row -> namesByPersonId.get(((Number) row.get("id")).longValue()));
        changes.sort(Comparator.comparing(HouseholdView.Change::at).reversed());
        return changes.size() > SHOWN ? List.copyOf(changes.subList(0, SHOWN)) : changes;
    }

    private static void collect(List<HouseholdView.Change> into, String entity, List<Map<String, Object>> rows,
            java.util.function.Function<Map<String, Object>, String> subject) {
        Map<String, Object> previous = null;
        for (Map<String, Object> row : rows) {
            boolean sameEntity = previous != null && Objects.equals(previous.get("id"), row.get("id"));
            int revtype = ((Number) row.get("revtype")).intValue();
            String kind = switch (revtype) {
                case 0 -> "CREATED";
                case 2 -> "REMOVED";
                default -> "CHANGED";
            };
            List<String> fields = new ArrayList<>();
            if (revtype == 1 && sameEntity) {
                for (var column : row.entrySet()) {
                    if (!NOT_SHOWN.contains(column.getKey())
                            && !Objects.equals(column.getValue(), previous.get(column.getKey()))) {
                        fields.add("household.history.field." + entity + "." + column.getKey());
                    }
                }
            }
            // a revision of a person that changed nothing we show (documents live in their own table)
            if (!(revtype == 1 && sameEntity && fields.isEmpty())) {
                Timestamp at = (Timestamp) row.get("changed_at");
                into.add(new HouseholdView.Change(at == null ? Instant.EPOCH : at.toInstant(),
                        (String) row.get("username"), subject.apply(row), "household.history." + entity + "." + kind, fields));
            }
            previous = new LinkedHashMap<>(row);
        }
    }
}
