package id.lentera.visit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import id.lentera.casework.CaseInventory;
import id.lentera.shared.LenteraProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with synthetic home visits for measuring ({@link VisitGenerationProperties}):
 * the visits are spread evenly over all cases; a case's visits are done at even intervals between
 * its opening and its closing (or today), in Binjai with a position, and an open case's last one is
 * still planned — a few days overdue for about one in ten. One set-based statement; runs after the
 * client and case generators. Generated visits have no photos, housing surveys or history. The
 * visits' day counts are skipped row by row and recounted once at the end.
 */
@Component
@Order(17)
class VisitGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VisitGenerator.class);

    private final VisitGenerationProperties properties;
    private final CaseInventory cases;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ZoneId zone;

    VisitGenerator(VisitGenerationProperties properties, CaseInventory cases, NamedParameterJdbcTemplate jdbc,
            TransactionTemplate transactions, Clock clock, LenteraProperties lentera) {
        this.properties = properties;
        this.cases = cases;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.zone = lentera.timeZone();
    }

    /** How many visits a run wrote and how long it took. */
    record Result(int visits, long seconds) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.visits() > 0) {
            generate(properties.visits());
        }
    }

    Result generate(int visits) {
        return generate(visits, cases.all());
    }

    /** Over the given cases only (a test keeps the shared demo cases as they are). */
    Result generate(int visits, java.util.Collection<Long> caseIds) {
        return generate(visits, cases.all().stream().filter(e -> caseIds.contains(e.caseId())).toList());
    }

    private Result generate(int visits, List<CaseInventory.Entry> all) {
        long started = System.nanoTime();
        if (all.isEmpty()) {
            throw new IllegalStateException("There are no cases to give visits to");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("today", Date.valueOf(today))
                .addValue("now", Timestamp.from(clock.instant()))
                .addValue("each", visits / all.size())
                .addValue("extra", visits % all.size())
                .addValue("cases", all.stream().map(CaseInventory.Entry::caseId).toArray(Long[]::new))
                .addValue("clients", all.stream().map(CaseInventory.Entry::clientId).toArray(Long[]::new))
                .addValue("households", all.stream().map(CaseInventory.Entry::householdId).toArray(Long[]::new))
                .addValue("workers", all.stream().map(CaseInventory.Entry::workerId).toArray(Long[]::new))
                .addValue("teams", all.stream().map(CaseInventory.Entry::teamId).toArray(Long[]::new))
                .addValue("opened", all.stream().map(e -> Date.valueOf(e.openedOn())).toArray(Date[]::new))
                .addValue("closed", all.stream().map(e -> e.closedOn() == null ? null : Date.valueOf(e.closedOn()))
                        .toArray(Date[]::new));
        Integer written = transactions.execute(status -> {
            // the day counts are recounted once at the end instead of row by row (V80)
            jdbc.queryForObject("select set_config('lentera.bulk_load', 'on', true)", params, String.class);
            int rows = jdbc.update("""
                insert into home_visit (case_id, client_id, household_id, worker_id, team_id, status, scheduled_on,
                       purpose, visited_on, started_at, place, met_with, observations, situation, agreements,
                       latitude, longitude, accuracy_m, position_at, created_by, created_at, recorded_by, recorded_at)
                select c.case_id, c.client_id, c.household_id, c.worker_id, c.team_id,
                       case when v.planned then 'PLANNED' else 'DONE' end,
                       case when v.planned then cast(:today as date) + ((c.n * 7) % 20)::int - 2 else v.on_day end,
                       case when i = 1 then 'ENGAGEMENT' when i = 2 then 'ASSESSMENT' else 'MONITORING' end,
                       case when not v.planned then v.on_day end,
                       case when not v.planned then time '10:00' + ((c.n + i) % 360) * interval '1 minute' end,
                       case when not v.planned then 'HOME' end,
                       case when not v.planned then 'Klien dan anggota keluarga' end,
                       case when not v.planned then 'Rumah semi permanen; anak-anak bersekolah' end,
                       case when not v.planned then 'Kebutuhan dasar sebagian terpenuhi' end,
                       case when not v.planned then 'Melengkapi dokumen sebelum kunjungan berikut' end,
                       case when not v.planned then 3.55 + ((c.n * 13 + i) % 1000) / 10000.0 end,
                       case when not v.planned then 98.44 + ((c.n * 17 + i) % 1000) / 10000.0 end,
                       case when not v.planned then 5 + (c.n + i) % 40 end,
                       case when not v.planned then v.on_day + time '10:05' end,
                       c.worker_id, coalesce(v.on_day, c.opened)::timestamp + time '08:00',
                       case when not v.planned then c.worker_id end,
                       case when not v.planned then v.on_day + time '16:00' end
                  from unnest(cast(:cases as bigint[]), cast(:clients as bigint[]), cast(:households as bigint[]),
                              cast(:workers as bigint[]), cast(:teams as bigint[]), cast(:opened as date[]),
                              cast(:closed as date[]))
                       with ordinality c(case_id, client_id, household_id, worker_id, team_id, opened, closed, n)
                 cross join lateral generate_series(1, :each + case when c.n <= :extra then 1 else 0 end) i
                 cross join lateral (
                       select c.closed is null and i = :each + case when c.n <= :extra then 1 else 0 end as planned,
                              c.opened + ((coalesce(c.closed, cast(:today as date)) - c.opened) * i
                                          / (:each + case when c.n <= :extra then 1 else 0 end + 1))::int as on_day) v""",
                params);
            jdbc.queryForObject("select lentera_rebuild_visit_days()", params, Object.class);
            return rows;
        });
        jdbc.update("analyze home_visit", params);
        jdbc.update("analyze home_visit_day", params);
        Result result = new Result(written == null ? 0 : written, (System.nanoTime() - started) / 1_000_000_000L);
        log.info("Generated {} visits over {} cases in {} s", result.visits(), all.size(), result.seconds());
        return result;
    }
}
