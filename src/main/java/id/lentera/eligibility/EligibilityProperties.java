package id.lentera.eligibility;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the eligibility module.
 *
 * @param nightlyCron when the nightly evaluation runs (ages crossing a threshold, a new year's table)
 * @param nightlyZone the zone of {@code nightlyCron}
 * @param batchSize households evaluated per round trip and transaction
 */
@ConfigurationProperties("lentera.eligibility")
public record EligibilityProperties(@DefaultValue("0 30 1 * * *") String nightlyCron,
        @DefaultValue("Asia/Jakarta") ZoneId nightlyZone, @DefaultValue("1000") int batchSize) {
}
