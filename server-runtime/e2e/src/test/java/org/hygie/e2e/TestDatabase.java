package org.hygie.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A throwaway database on the machine's PostgreSQL, created for one test run and dropped after.
 * The server under test gets only this database: never {@code postgres} or {@code root}.
 */
final class TestDatabase implements AutoCloseable {
    /** Where to create test databases: a maintenance connection of a superuser or a CREATEDB role. */
    static final String ADMIN_URL = System.getenv().getOrDefault("HYGIE_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=root");

    final String name = "hygie_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    TestDatabase() throws SQLException {
        execute("CREATE DATABASE " + name);
    }

    /** @return the JDBC URL of this database, with the same host and credentials as the admin URL. */
    String url() {
        return ADMIN_URL.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    @Override
    public void close() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
