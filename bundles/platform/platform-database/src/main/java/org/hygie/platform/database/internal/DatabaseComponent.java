package org.hygie.platform.database.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Dictionary;
import java.util.Hashtable;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Registers the server's pooled {@link DataSource} ({@code hygie.datasource=main}): on the
 * configured PostgreSQL when a URL is set, else on an embedded PostgreSQL in the data folder.
 * Works with no configuration at all, so a fresh {@code java -jar} has a database.
 *
 * <p>The service is registered by hand, after the database answered, rather than by DS: a
 * component that fails to reach its database registers nothing instead of a DataSource that fails
 * on first use.
 */
@Component(configurationPid = DatabaseConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = DatabaseConfig.class)
public class DatabaseComponent {
    /** The service property naming the DataSource; the main one is {@value #MAIN}. */
    public static final String DATASOURCE_PROPERTY = "hygie.datasource";
    public static final String MAIN = "main";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseComponent.class);

    private EmbeddedDatabase embedded;
    private HikariDataSource pool;
    private ServiceRegistration<DataSource> registration;

    @Activate
    void activate(DatabaseConfig config, BundleContext context) throws Exception {
        try {
            String url = config.url().trim();
            DataSource target;
            if (url.isEmpty()) {
                embedded = EmbeddedDatabase.start(DataDirs.resolve(config.dataDir(), context.getProperty(DataDirs.FRAMEWORK_PROPERTY)));
                url = embedded.jdbcUrl();
                target = pgDataSource(url, EmbeddedDatabase.USER, "");
            } else {
                target = pgDataSource(url, config.user(), config.password());
            }
            LOG.info("Database: {} (user {}, pool of {})", url, userShown(config, url), config.poolSize());
            pool = pool(target, url, config.poolSize());
            checkReachable(url);
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(DATASOURCE_PROPERTY, MAIN);
            props.put(Constants.SERVICE_DESCRIPTION, "Hygie main database");
            registration = context.registerService(DataSource.class, pool, props);
        } catch (Exception | Error e) {
            deactivate();
            throw e;
        }
    }

    private String userShown(DatabaseConfig config, String url) {
        return embedded != null ? EmbeddedDatabase.USER : (config.user().isBlank() ? "from the URL" : config.user());
    }

    private static PGSimpleDataSource pgDataSource(String url, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        // setUrl rejects anything but jdbc:postgresql:, so a wrong URL fails here with its reason.
        try {
            ds.setUrl(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The database URL " + url + " is not a PostgreSQL JDBC URL"
                    + " (expected jdbc:postgresql://host:5432/hygie): fix HYGIE_DB_URL", e);
        }
        if (!user.isBlank()) {
            ds.setUser(user);
        }
        if (!password.isEmpty()) {
            ds.setPassword(password);
        }
        return ds;
    }

    private static HikariDataSource pool(DataSource target, String url, int size) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("hygie-main");
        hc.setDataSource(target);
        hc.setMaximumPoolSize(Math.max(1, size));
        // Do not fail the pool's construction; checkReachable reports an unreachable database itself.
        hc.setInitializationFailTimeout(-1);
        hc.setConnectionTimeout(10_000);
        return new HikariDataSource(hc);
    }

    private void checkReachable(String url) throws SQLException {
        try (Connection c = pool.getConnection()) {
            LOG.debug("Database reachable: {} {}", c.getMetaData().getDatabaseProductName(), c.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            LOG.error("Cannot reach the database at {}: {}. Check that PostgreSQL runs there and that HYGIE_DB_URL,"
                    + " HYGIE_DB_USER and HYGIE_DB_PASSWORD are right (or unset HYGIE_DB_URL for the embedded database)",
                    url, e.getMessage());
            throw e;
        }
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // unregistered by the framework as the bundle stopped
            }
            registration = null;
        }
        if (pool != null) {
            pool.close();
            pool = null;
        }
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
