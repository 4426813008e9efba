package id.lentera.eligibility;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the eligibility module.
 *
 * @param nightlyCron when the nightly evaluation runs (ages crossing a threshold, a new year's table), in
 *        the office's time ({@code lentera.time-zone})
 * @param batchSize households evaluated per round trip and transaction
 */
@ConfigurationProperties("lentera.eligibility")
public record EligibilityProperties(@DefaultValue("0 30 1 * * *") String nightlyCron,
        @DefaultValue("1000") int batchSize) {
}
