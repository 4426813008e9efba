package id.lentera.eligibility;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The current result of each household and its snapshots, read and written set-based: one query
 * for the current rows of a batch, one insert for its new snapshots and one upsert for its
 * current rows, whatever the batch size (arrays unnested by PostgreSQL).
 */
@Component
class EligibilityStore {

    /** What is kept of a household's current result, to compare the next evaluation with. */
    record Current(long householdId, Verdict verdict, String fingerprint, LocalDate verdictSince, long sinceSnapshotId,
            long tableId, String components, Outcome registry, Outcome ktpEl, Outcome kk) {
    }

    /** A changed result to write, with the verdict's start carried over when the verdict is the same. */
    record Change(Evaluation evaluation, String fingerprint, List<Text> cause, Current previous) {
    }

    private static final String INSERT_SNAPSHOTS = """
            insert into eligibility_snapshot (household_id, evaluated_on, table_id, verdict, amount_per_year,
                                              components, left_out, reasons, cause, trigger, recorded_at)
            select h, d, t, v, a, c, l, r, ca, ?, ?
              from unnest(?::bigint[], ?::date[], ?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::text[],
                          ?::text[], ?::text[]) with ordinality as x(h, d, t, v, a, c, l, r, ca, o)
             order by o
            returning id""";

    private static final String UPSERT_CURRENT = """
            insert into household_eligibility (household_id, verdict, amount_per_year, fingerprint, verdict_since,
                                               since_snapshot_id, evaluated_on, table_id, kelurahan_code,
                                               components, registry, ktp_el, kk)
            select * from unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::date[], ?::bigint[], ?::date[],
                                 ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
            on conflict (household_id) do update set verdict = excluded.verdict,
                amount_per_year = excluded.amount_per_year, fingerprint = excluded.fingerprint,
                verdict_since = excluded.verdict_since, since_snapshot_id = excluded.since_snapshot_id,
                evaluated_on = excluded.evaluated_on, table_id = excluded.table_id,
                kelurahan_code = excluded.kelurahan_code, components = excluded.components,
                registry = excluded.registry, ktp_el = excluded.ktp_el, kk = excluded.kk""";

    private final NamedParameterJdbcTemplate jdbc;

    EligibilityStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Current> current(Collection<Long> householdIds) {
        Map<Long, Current> current = new HashMap<>();
        if (householdIds.isEmpty()) {
            return current;
        }
        jdbc.query("select * from household_eligibility where household_id in (:ids)",
                new MapSqlParameterSource("ids", householdIds), rs -> {
                    current.put(rs.getLong("household_id"), current(rs));
                });
        return current;
    }

    /** Writes the changed results: their snapshots and their current rows. */
    void write(List<Change> changes, Map<Long, String> kelurahanByHousehold, EligibilityCheck.Trigger trigger,
            Instant now) {
        if (changes.isEmpty()) {
            return;
        }
        int n = changes.size();
        Long[] households = new Long[n];
        String[] dates = new String[n];
        Long[] tables = new Long[n];
        String[] verdicts = new String[n];
        Long[] amounts = new Long[n];
        String[] components = new String[n];
        String[] leftOut = new String[n];
        String[] reasons = new String[n];
        String[] causes = new String[n];
        for (int i = 0; i < n; i++) {
            Evaluation e = changes.get(i).evaluation();
            households[i] = e.householdId();
            dates[i] = e.on().toString();
            tables[i] = e.table().id();
            verdicts[i] = e.verdict().name();
            amounts[i] = e.amountPerYear();
            components[i] = codes(e.counted());
            leftOut[i] = codes(e.leftOut());
            reasons[i] = TextCodec.encode(reasons(e));
            causes[i] = TextCodec.encode(changes.get(i).cause());
        }
        List<Long> snapshotIds = jdbc.getJdbcOperations().execute((ConnectionCallback<List<Long>>) con -> {
            try (PreparedStatement ps = con.prepareStatement(INSERT_SNAPSHOTS)) {
                ps.setString(1, trigger.name());
                ps.setObject(2, java.sql.Timestamp.from(now));
                set(con, ps, 3, "bigint", households);
                set(con, ps, 4, "text", dates);
                set(con, ps, 5, "bigint", tables);
                set(con, ps, 6, "text", verdicts);
                set(con, ps, 7, "bigint", amounts);
                set(con, ps, 8, "text", components);
                set(con, ps, 9, "text", leftOut);
                set(con, ps, 10, "text", reasons);
                set(con, ps, 11, "text", causes);
                List<Long> ids = new ArrayList<>(n);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        });
        String[] since = new String[n];
        Long[] sinceIds = new Long[n];
        String[] kelurahan = new String[n];
        String[] counted = new String[n];
        String[] registry = new String[n];
        String[] ktp = new String[n];
        String[] kk = new String[n];
        String[] fingerprints = new String[n];
        for (int i = 0; i < n; i++) {
            Change c = changes.get(i);
            Evaluation e = c.evaluation();
            boolean sameVerdict = c.previous() != null && c.previous().verdict() == e.verdict();
            since[i] = sameVerdict ? c.previous().verdictSince().toString() : e.on().toString();
            sinceIds[i] = sameVerdict ? c.previous().sinceSnapshotId() : snapshotIds.get(i);
            kelurahan[i] = kelurahanByHousehold.get(e.householdId());
            counted[i] = memberCodes(e.counted());
            registry[i] = e.registry().outcome().name();
            ktp[i] = e.ktpEl().outcome().name();
            kk[i] = e.kk().outcome().name();
            fingerprints[i] = c.fingerprint();
        }
        jdbc.getJdbcOperations().execute((ConnectionCallback<Integer>) con -> {
            try (PreparedStatement ps = con.prepareStatement(UPSERT_CURRENT)) {
                set(con, ps, 1, "bigint", households);
                set(con, ps, 2, "text", verdicts);
                set(con, ps, 3, "bigint", amounts);
                set(con, ps, 4, "text", fingerprints);
                set(con, ps, 5, "text", since);
                set(con, ps, 6, "bigint", sinceIds);
                set(con, ps, 7, "text", dates);
                set(con, ps, 8, "bigint", tables);
                set(con, ps, 9, "text", kelurahan);
                set(con, ps, 10, "text", counted);
                set(con, ps, 11, "text", registry);
                set(con, ps, 12, "text", ktp);
                set(con, ps, 13, "text", kk);
                return ps.executeUpdate();
            }
        });
    }

    List<Snapshot> snapshots(long householdId, int limit) {
        return jdbc.query("""
                select * from eligibility_snapshot where household_id = :h order by id desc limit :limit""",
                new MapSqlParameterSource("h", householdId).addValue("limit", limit),
                (rs, i) -> new Snapshot(rs.getLong("id"), rs.getObject("evaluated_on", LocalDate.class),
                        rs.getLong("table_id"), Verdict.valueOf(rs.getString("verdict")), rs.getLong("amount_per_year"),
                        components(rs.getString("components")), components(rs.getString("left_out")),
                        TextCodec.decode(rs.getString("reasons")), TextCodec.decode(rs.getString("cause")),
                        EligibilityCheck.Trigger.valueOf(rs.getString("trigger")),
                        rs.getTimestamp("recorded_at").toInstant()));
    }

    long snapshotCount(long householdId) {
        Long count = jdbc.queryForObject("select count(*) from eligibility_snapshot where household_id = :h",
                new MapSqlParameterSource("h", householdId), Long.class);
        return count == null ? 0 : count;
    }

    /** Verdict codes by household, one query. */
    Map<Long, String> verdicts(Collection<Long> householdIds) {
        Map<Long, String> verdicts = new HashMap<>();
        if (householdIds.isEmpty()) {
            return verdicts;
        }
        jdbc.query("select household_id, verdict from household_eligibility where household_id in (:ids)",
                new MapSqlParameterSource("ids", householdIds),
                rs -> {
                    verdicts.put(rs.getLong(1), rs.getString(2));
                });
        return verdicts;
    }

    private static List<Text> reasons(Evaluation e) {
        List<Text> reasons = new ArrayList<>();
        reasons.add(e.registry().fact());
        reasons.add(e.ktpEl().fact());
        reasons.add(e.kk().fact());
        reasons.addAll(e.missing());
        e.steps().forEach(s -> reasons.add(s.text()));
        return reasons;
    }

    private static String codes(List<Evaluation.Counted> counted) {
        return String.join(",", counted.stream().map(c -> c.component().name()).toList());
    }

    static String memberCodes(List<Evaluation.Counted> counted) {
        return String.join(",", counted.stream().map(c -> c.memberId() + ":" + c.component().name()).toList());
    }

    private static List<PkhComponent> components(String codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(codes.split(",")).map(PkhComponent::valueOf).toList();
    }

    private static Current current(ResultSet rs) throws SQLException {
        return new Current(rs.getLong("household_id"), Verdict.valueOf(rs.getString("verdict")),
                rs.getString("fingerprint"), rs.getObject("verdict_since", LocalDate.class),
                rs.getLong("since_snapshot_id"), rs.getLong("table_id"), rs.getString("components"),
                Outcome.valueOf(rs.getString("registry")), Outcome.valueOf(rs.getString("ktp_el")),
                Outcome.valueOf(rs.getString("kk")));
    }

    private static void set(Connection con, PreparedStatement ps, int index, String type, Object[] values)
            throws SQLException {
        Array array = con.createArrayOf(type, values);
        ps.setArray(index, array);
    }
}
