package id.lentera.shared.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded database of {@code ./mvnw spring-boot:run}: kept across restarts, never shared. */
class EmbeddedDatabaseConfigurationTest {

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void keepsDataAcrossRestarts(@TempDir Path dir) throws Exception {
        var properties = new EmbeddedDatabaseProperties(dir.resolve("pg"), 0);
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(properties)) {
            execute(postgres, "create table kept (note text); insert into kept values ('masih ada')");
        }
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(properties)) {
            assertThat(queryString(postgres, "select note from kept")).isEqualTo("masih ada");
        }
    }

    @Test
    void refusesASecondServerOnTheSameDataDirectory(@TempDir Path dir) throws Exception {
        var properties = new EmbeddedDatabaseProperties(dir.resolve("pg"), 0);
        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties)) {
            assertThatThrownBy(() -> configuration.embeddedPostgres(properties))
                    .isInstanceOf(EmbeddedDatabaseInUseException.class)
                    .hasMessageContaining("already in use by another Lentera process")
                    .hasMessageContaining(dir.resolve("pg").toString());
            // the first one is unharmed
            execute(first, "select 1");
        }
    }

    @Test
    void keepsWhatItAcknowledgedThroughACrashOrAPowerCut(@TempDir Path dir) throws Exception {
        var properties = new EmbeddedDatabaseProperties(dir.resolve("pg"), 0);
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(properties)) {
            // the live settings, as the server runs with them (the library starts it with -F: fsync off)
            assertThat(queryString(postgres, "show fsync")).isEqualTo("on");
            assertThat(queryString(postgres, "show synchronous_commit")).isEqualTo("on");
            assertThat(queryString(postgres, "show full_page_writes")).isEqualTo("on");
            assertThat(queryString(postgres, "show listen_addresses")).isEqualTo("localhost");
            // its own log is kept in the data folder
            assertThat(queryString(postgres, "show logging_collector")).isEqualTo("on");
            assertThat(java.nio.file.Files.list(dir.resolve("pg").resolve("log")).toList()).isNotEmpty();
            assertThat(queryString(postgres,
                    "select (setting::bigint * 8192 / 1048576)::text from pg_settings where name = 'shared_buffers'"))
                    .isEqualTo(String.valueOf(ServerMemory.ofThisMachine().sharedBuffersMb()));
        }
    }

    @Test
    void takesAQuarterOfTheMachinesMemoryWithinBounds() {
        long gb = 1024L * 1024 * 1024;
        assertThat(ServerMemory.of(4 * gb)).isEqualTo(new ServerMemory(1024, 256, 2048));
        assertThat(ServerMemory.of(24 * gb).sharedBuffersMb()).isEqualTo(4096);
        assertThat(ServerMemory.of(24 * gb).maintenanceWorkMemMb()).isEqualTo(1024);
        assertThat(ServerMemory.of(gb / 4)).isEqualTo(new ServerMemory(128, 64, 256));
    }

    private void execute(EmbeddedPostgres postgres, String sql) throws Exception {
        try (var dataSource = (HikariDataSource) configuration.dataSource(postgres);
                Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String queryString(EmbeddedPostgres postgres, String sql) throws Exception {
        DataSource dataSource = configuration.dataSource(postgres);
        try (var closeable = (HikariDataSource) dataSource;
                Connection connection = closeable.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
