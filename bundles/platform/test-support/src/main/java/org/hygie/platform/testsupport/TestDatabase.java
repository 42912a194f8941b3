package org.hygie.platform.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.hygie.platform.persistence.PersistenceUnit;
import org.hygie.platform.persistence.Transactions;
import org.hygie.platform.persistence.UnitDeclaration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A throwaway database on the machine's PostgreSQL for the plain JUnit tests of an area, created
 * before the test class and dropped after it, holding the schema of the named units as the
 * persistence extender makes it: the units they require are migrated first, then each unit's own
 * migrations (read from the area's manifest and class path), then Hibernate boots on its entities
 * and its {@link Transactions} are the extender's own, with their retry of deadlocks. Use:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final TestDatabase DB = TestDatabase.of("patients");
 * ...
 * service.tx = DB.transactions("patients");
 * </pre>
 *
 * <p>The server's PostgreSQL is reached through {@value #URL_VARIABLE} (default
 * {@value #DEFAULT_ADMIN_URL}): a maintenance connection of a role that may create databases. The
 * test's own database is named {@code hygie_test_<random>}, never {@code postgres} or {@code root}.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {
    public static final String URL_VARIABLE = "HYGIE_TEST_PG_URL";
    public static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=root";

    private final List<String> units;
    private final String adminUrl = System.getenv().getOrDefault(URL_VARIABLE, DEFAULT_ADMIN_URL);
    private final Map<String, PersistenceUnit> booted = new LinkedHashMap<>();
    private Map<String, UnitDeclaration> declared;
    private String name;
    private HikariDataSource dataSource;

    private TestDatabase(List<String> units) {
        this.units = List.copyOf(units);
    }

    /** @return a database with these units (and those they require) migrated and booted */
    public static TestDatabase of(String... units) {
        return new TestDatabase(List.of(units));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        name = "hygie_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin("CREATE DATABASE " + name);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(adminUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1"));
        config.setPoolName(name);
        // enough for the concurrency tests (two rivals, each with its own connection, plus the test's own)
        config.setMaximumPoolSize(12);
        dataSource = new HikariDataSource(config);
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        declared = DeclaredUnits.find(loader);
        Set<String> order = new LinkedHashSet<>();
        for (String unit : units) {
            orderRequired(unit, order, new LinkedHashSet<>());
        }
        for (String unit : order) {
            UnitDeclaration declaration = declared.get(unit);
            PersistenceUnit.migrate(declaration, new ClassPathMigrations(loader, declaration.migrations()), dataSource);
        }
        for (String unit : units) {
            booted.put(unit, PersistenceUnit.boot(declared.get(unit), loader, dataSource));
        }
    }

    /** The units a unit requires come first, as the extender's gates order them. */
    private void orderRequired(String unit, Set<String> order, Set<String> path) {
        UnitDeclaration declaration = declared.get(unit);
        if (declaration == null) {
            throw new IllegalStateException("No persistence unit '" + unit + "' is declared on the class path (found "
                    + declared.keySet() + "): is the area's bundle built (bnd writes target/classes/META-INF/MANIFEST.MF),"
                    + " and is the area declaring a required unit a test dependency?");
        }
        if (!path.add(unit)) {
            throw new IllegalStateException("Units require each other in a cycle: " + path);
        }
        for (String required : declaration.requires()) {
            orderRequired(required, order, path);
        }
        path.remove(unit);
        order.add(unit);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        List<RuntimeException> failures = new ArrayList<>();
        for (PersistenceUnit unit : booted.values()) {
            try {
                unit.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        booted.clear();
        if (dataSource != null) {
            dataSource.close();
        }
        if (name != null) {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /** @return the named unit's transactions: the extender's implementation, retry included */
    public Transactions transactions(String unit) {
        PersistenceUnit booted = this.booted.get(unit);
        if (booted == null) {
            throw new IllegalArgumentException("Unit '" + unit + "' is not booted here; booted: " + this.booted.keySet());
        }
        return booted.transactions();
    }

    /** @return a pooled data source of the test database, for what a test checks in SQL */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs one SQL statement in its own connection (autocommit), as another client would. */
    public int execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql, e);
        }
    }

    /** @return the number the query answers (a count, say), read in its own connection */
    public long queryLong(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("No row: " + sql);
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql, e);
        }
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
