package id.lentera.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the supervision pages ({@code lentera.supervision.*}).
 *
 * @param quietDays a case with no recorded work for this many days counts as "no activity" on the team page
 * @param exportBatchSize rows read and named per step of a streamed export (memory stays that of one batch)
 */
@ConfigurationProperties("lentera.supervision")
public record SupervisionProperties(Integer quietDays, Integer exportBatchSize) {

    public SupervisionProperties {
        quietDays = quietDays == null || quietDays < 1 ? 30 : quietDays;
        exportBatchSize = exportBatchSize == null || exportBatchSize < 1 ? 1000 : exportBatchSize;
    }
}
