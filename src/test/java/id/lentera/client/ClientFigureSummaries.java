package id.lentera.client;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For tests of the client figures' summary tables (V75, V76): whether they hold what their rebuild
 * functions compute, and the figures computed straight from the facts (the queries the figures ran
 * before the summaries) to compare {@link ClientFigures} with.
 */
public final class ClientFigureSummaries {

    /** The summary tables with their key columns; count rows at 0 may stay, so they are left out. */
    private static final Map<String, String> TABLES = Map.of(
            "client_scope", "true",
            "household_scope", "true",
            "client_ppks_count", "clients <> 0",
            "household_registry_count", "households <> 0",
            "household_registered_count", "households <> 0",
            "household_verdict_count", "households <> 0");

    /** The clients in scope, as a condition on {@code cl}: the figures' rule before the summaries. */
    private static final String CLIENTS = """
             (:allTeams or cl.team_id in (:teams)
                  or exists (select 1 from client_caseworker w
                              where w.client_id = cl.id and w.until is null and w.team_id in (:teams)))
             and (cast(:kecamatan as varchar) is null or cl.current_kelurahan_code like :kecamatan)
            """;

    private static final String HOUSEHOLDS = """
            with hh as (select distinct m.household_id from client cl
                          join household_member m on m.person_id = cl.person_id and m.left_on is null
                         where""" + CLIENTS + ")\n";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transactions;

    public ClientFigureSummaries(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.transactions = transactions;
    }

    /**
     * Rebuilds every summary in a transaction that is rolled back and asserts that each table held
     * the same rows before as after (both ways), and that the verdicts told are the current ones.
     */
    public void assertEqualToTheirRebuild() {
        transactions.executeWithoutResult(status -> {
            for (var table : TABLES.entrySet()) {
                jdbc.execute("create temp table live_" + table.getKey() + " on commit drop as select * from "
                        + table.getKey() + " where " + table.getValue());
            }
            jdbc.queryForList("select lentera_rebuild_household_verdicts()");
            for (var table : TABLES.entrySet()) {
                String live = "select * from live_" + table.getKey();
                String rebuilt = "select * from " + table.getKey() + " where " + table.getValue();
                assertThat(jdbc.queryForList(live + " except " + rebuilt)).as("%s rows not rebuilt", table.getKey())
                        .isEmpty();
                assertThat(jdbc.queryForList(rebuilt + " except " + live)).as("%s rows missing", table.getKey())
                        .isEmpty();
            }
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForList("""
                select household_id, verdict from household_scope where verdict is not null
                except select household_id, verdict from household_eligibility""")).isEmpty();
        assertThat(jdbc.queryForList("""
                select household_id, verdict from household_eligibility
                except select household_id, verdict from household_scope""")).isEmpty();
    }

    /** Clients per PPKS category code, from the facts. */
    public Map<String, Long> ppks(boolean all, List<Long> teams, String kecamatan) {
        Map<String, Long> counts = new TreeMap<>();
        named.query("select k.code, count(*) from client_ppks cp join ppks_category k on k.id = cp.category_id"
                + " join client cl on cl.id = cp.client_id where" + CLIENTS + " group by k.code",
                params(all, teams, kecamatan), rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** Households by current registry status (NONE: never checked), from the facts; statuses with none left out. */
    public Map<String, Long> registryMix(boolean all, List<Long> teams, String kecamatan) {
        Map<String, Long> counts = new TreeMap<>();
        named.query(HOUSEHOLDS + """
                select coalesce(latest.status, 'NONE'), count(*) from hh
                  left join lateral (select r.status from registry_status r where r.household_id = hh.household_id
                                      order by r.checked_on desc, r.id desc limit 1) latest on true
                 group by 1""", params(all, teams, kecamatan), rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** Households by the month (its first day, as text) of their first "registered" check, from the facts. */
    public Map<String, Long> registeredPerMonth(boolean all, List<Long> teams, String kecamatan) {
        Map<String, Long> counts = new TreeMap<>();
        named.query(HOUSEHOLDS + """
                select cast(cast(date_trunc('month', min(r.checked_on)) as date) as text) as month, hh.household_id
                  from registry_status r join hh on hh.household_id = r.household_id
                 where r.status = 'REGISTERED' group by hh.household_id""", params(all, teams, kecamatan), rs -> {
                    counts.merge(rs.getString(1), 1L, Long::sum);
                });
        return counts;
    }

    /**
     * Households by current verdict, from the facts: those with a current member client in scope
     * (every evaluated household for all teams), in the kecamatan they were evaluated in.
     */
    public Map<String, Long> verdicts(boolean all, List<Long> teams, String kecamatan) {
        Map<String, Long> counts = new TreeMap<>();
        named.query("""
                select e.verdict, count(*) from household_eligibility e
                 where (cast(:kecamatan as varchar) is null or e.kelurahan_code like :kecamatan)
                   and (:allTeams or exists (
                        select 1 from household_member m join client cl on cl.person_id = m.person_id
                         where m.household_id = e.household_id and m.left_on is null
                           and (cl.team_id in (:teams)
                                or exists (select 1 from client_caseworker w where w.client_id = cl.id
                                            and w.until is null and w.team_id in (:teams)))))
                 group by e.verdict""", params(all, teams, kecamatan), rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private static MapSqlParameterSource params(boolean all, List<Long> teams, String kecamatan) {
        return new MapSqlParameterSource("allTeams", all).addValue("teams", teams.isEmpty() ? List.of(-1L) : teams)
                .addValue("kecamatan", kecamatan == null ? null : kecamatan + ".%", java.sql.Types.VARCHAR);
    }
}
