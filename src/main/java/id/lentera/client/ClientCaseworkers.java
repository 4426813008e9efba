package id.lentera.client;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works on a client's case now, so that the client's visibility follows cases. Casework tells
 * this module (it cannot be the other way round: client must not depend on casework). Rows are
 * ended, never deleted, so who had access when stays known. Runs in the caller's transaction: a
 * case and the access it gives are committed together.
 */
@Service
public class ClientCaseworkers {

    private final NamedParameterJdbcTemplate jdbc;

    ClientCaseworkers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code workerId} now works on case {@code caseId} of the client; whoever did before no longer does. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void assigned(long clientId, long caseId, long workerId, Long teamId, Instant at) {
        ended(caseId, at);
        jdbc.update("""
                insert into client_caseworker (client_id, case_id, worker_id, team_id, since)
                values (:client, :case, :worker, :team, :at)""",
                new MapSqlParameterSource().addValue("client", clientId).addValue("case", caseId)
                        .addValue("worker", workerId).addValue("team", teamId).addValue("at", at.atOffset(ZoneOffset.UTC)));
    }

    /** One case's worker from {@code since}, until the case closed (null: still open). */
    public record Generated(long clientId, long caseId, long workerId, Long teamId, Instant since, Instant until) {
    }

    /**
     * Many cases at once, for generated data: one round trip per 20,000. Written under the bulk flag
     * and followed by a rebuild of the client figures (V75), quicker than their triggers row by row;
     * the flag is set back for the rest of the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void generated(java.util.List<Generated> rows) {
        String bulk = jdbc.getJdbcOperations().queryForObject(
                "select coalesce(current_setting('lentera.bulk_load', true), '')", String.class);
        jdbc.getJdbcOperations().queryForList("select set_config('lentera.bulk_load', 'on', true)");
        for (int from = 0; from < rows.size(); from += 20_000) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + 20_000));
            jdbc.update("""
                    insert into client_caseworker (client_id, case_id, worker_id, team_id, since, until)
                    select * from unnest(cast(:clients as bigint[]), cast(:cases as bigint[]), cast(:workers as bigint[]),
                                         cast(:teams as bigint[]), cast(:since as timestamptz[]), cast(:until as timestamptz[]))""",
                    new MapSqlParameterSource()
                            .addValue("clients", chunk.stream().map(Generated::clientId).toArray(Long[]::new))
                            .addValue("cases", chunk.stream().map(Generated::caseId).toArray(Long[]::new))
                            .addValue("workers", chunk.stream().map(Generated::workerId).toArray(Long[]::new))
                            .addValue("teams", chunk.stream().map(Generated::teamId).toArray(Long[]::new))
                            .addValue("since", chunk.stream().map(g -> java.sql.Timestamp.from(g.since())).toArray(java.sql.Timestamp[]::new))
                            .addValue("until", chunk.stream().map(g -> g.until() == null ? null : java.sql.Timestamp.from(g.until()))
                                    .toArray(java.sql.Timestamp[]::new)));
        }
        jdbc.getJdbcOperations().queryForList("select lentera_rebuild_client_figures()");
        jdbc.getJdbcOperations().queryForList("select set_config('lentera.bulk_load', ?, true)", bulk);
    }

    /** The case was closed: its worker keeps no access through it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void caseClosed(long caseId, Instant at) {
        ended(caseId, at);
    }

    /** Whether {@code workerId} works on an open case of the client now. */
    @Transactional(readOnly = true)
    public boolean worksOn(long workerId, long clientId) {
        Boolean found = jdbc.queryForObject("""
                select exists (select 1 from client_caseworker
                                where worker_id = :worker and client_id = :client and until is null)""",
                Map.of("worker", workerId, "client", clientId), Boolean.class);
        return Boolean.TRUE.equals(found);
    }

    /** The client's open case, if there is one (there is at most one). */
    @Transactional(readOnly = true)
    public Optional<Long> openCaseOf(long clientId) {
        return jdbc.queryForList("select case_id from client_caseworker where client_id = :client and until is null",
                Map.of("client", clientId), Long.class).stream().findFirst();
    }

    private void ended(long caseId, Instant at) {
        jdbc.update("update client_caseworker set until = :at where case_id = :case and until is null",
                new MapSqlParameterSource().addValue("case", caseId).addValue("at", at.atOffset(ZoneOffset.UTC)));
    }
}
