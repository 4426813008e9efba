package id.lentera.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where PostgreSQL keeps its files; kept across restarts
 * @param port the port to listen on, 0 for any free port
 */
@ConfigurationProperties("lentera.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDir,
        @DefaultValue("0") int port) {
}
