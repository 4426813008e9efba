package id.lentera.casework;

import java.time.ZoneId;


import id.lentera.shared.LenteraProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the zone the case summaries count days in ({@code case_day_zone}, V74) equal to the
 * office's configured zone ({@code lentera.time-zone}): on start-up, when they differ, it stores
 * the configured one and recounts the two summaries keyed by day, so that "days in stage" and
 * "no activity for N days" count the office's days in WIB, WITA or WIT alike.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseDayZone implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CaseDayZone.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ZoneId zone;

    CaseDayZone(JdbcTemplate jdbc, TransactionTemplate transactions, ZoneId officeZone) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.zone = officeZone;
    }

    @Override
    public void run(ApplicationArguments args) {
        align();
    }

    /** @return whether the stored zone had to change (and the day summaries were recounted) */
    boolean align() {
        String configured = LenteraProperties.requireRegion(zone).getId();
        Boolean changed = transactions.execute(status -> {
            String stored = jdbc.queryForObject("select zone from case_day_zone for update", String.class);
            if (configured.equals(stored)) {
                return false;
            }
            jdbc.update("update case_day_zone set zone = ?", configured);
            jdbc.queryForObject("select lentera_rebuild_case_stage_day()::text", String.class);
            jdbc.queryForObject("select lentera_rebuild_case_activity_day()::text", String.class);
            log.info("Case summaries now count days in {} (were in {}); recounted", configured, stored);
            return true;
        });
        return Boolean.TRUE.equals(changed);
    }
}
