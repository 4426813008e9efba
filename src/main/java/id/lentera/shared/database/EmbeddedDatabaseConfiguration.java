package id.lentera.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from Maven artifacts when no external database is configured, so that
 * {@code ./mvnw spring-boot:run} needs nothing but a JDK. The data directory survives restarts;
 * the server stops when the application context closes (after the connection pool).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    static final String DATABASE = "lentera";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        log.info("Starting the embedded PostgreSQL with its data in {}", dataDir);
        EmbeddedPostgres postgres;
        ServerMemory memory = ServerMemory.ofThisMachine();
        log.info("Embedded PostgreSQL memory: shared_buffers {} MB, maintenance_work_mem {} MB, effective_cache_size {} MB",
                memory.sharedBuffersMb(), memory.maintenanceWorkMemMb(), memory.effectiveCacheSizeMb());
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // PostgreSQL's defaults (128 MB, 4 MB) are sized for a small shared server: name
                    // search over a million clients wants its indexes in memory (docs/performance.md)
                    .setServerConfig("shared_buffers", memory.sharedBuffersMb() + "MB")
                    .setServerConfig("work_mem", "16MB")
                    .setServerConfig("maintenance_work_mem", memory.maintenanceWorkMemMb() + "MB")
                    .setServerConfig("effective_cache_size", memory.effectiveCacheSizeMb() + "MB")
                    // its own log in the data folder, one file per weekday, overwritten a week later
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", "log")
                    .setServerConfig("log_filename", "postgresql-%a.log")
                    .setServerConfig("log_truncate_on_rotation", "on")
                    .setServerConfig("log_rotation_age", "1d")
                    .setServerConfig("log_rotation_size", "10MB")
                    // what a user was told is saved stays saved through a crash or a power cut: the
                    // library's test defaults (fsync off, asynchronous commit) are for throwaway data
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // only this machine's processes reach it
                    .setServerConfig("listen_addresses", "localhost");
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            postgres = builder.start();
        } catch (IllegalStateException e) { // zonky: "could not lock", or OverlappingFileLockException in one JVM
            throw new EmbeddedDatabaseInUseException(dataDir, e);
        }
        createDatabaseIfMissing(postgres);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("lentera-embedded");
        dataSource.setMaximumPoolSize(10);
        // a database that is down costs a request at most a few seconds (then the 503 page), not 30 s
        dataSource.setConnectionTimeout(5_000);
        dataSource.addDataSourceProperty("connectTimeout", "5");
        // keep row values (a NIK in a unique-key violation) out of exception messages and logs
        dataSource.addDataSourceProperty("logServerErrorDetail", "false");
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE + " encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }
}
