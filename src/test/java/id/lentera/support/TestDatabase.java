package id.lentera.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL that every test in this JVM uses: a Testcontainers {@code postgres:18} where
 * Docker runs, otherwise the same embedded PostgreSQL 18 the application ships with. Started on
 * first use, stopped when the JVM exits.
 */
public final class TestDatabase {

    /** How to reach it. */
    public record Connection(String jdbcUrl, String username, String password, String kind) {
    }

    private static Connection connection;

    private TestDatabase() {
    }

    public static synchronized Connection get() {
        if (connection == null) {
            connection = dockerAvailable() ? startContainer() : startEmbedded();
        }
        return connection;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' own reaper when the JVM exits
    private static Connection startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:18");
        container.start();
        return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                "Testcontainers postgres:18");
    }

    private static Connection startEmbedded() {
        try {
            // a fresh data directory, removed on close; zonky closes the server on JVM exit
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "",
                    "embedded PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
        }
    }
}
