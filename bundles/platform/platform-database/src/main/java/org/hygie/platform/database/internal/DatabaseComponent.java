package org.hygie.platform.database.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.hygie.core.health.Readiness;
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
 * An empty configuration is enough for the embedded one, so a fresh {@code java -jar} has a
 * database.
 *
 * <p>The configuration is required, even empty: started on defaults before the configuration
 * with {@code HYGIE_DB_URL} arrives, the component would start an embedded PostgreSQL and let
 * areas migrate (and demo data land) in it before switching to the real database. platform-config
 * always creates this PID.
 *
 * <p>The database is opened off the activating thread (an embedded PostgreSQL takes seconds to
 * start), and the DataSource registered by hand once the database answered: nobody gets a
 * DataSource that fails on first use. A configured database that does not answer yet (a server
 * rebooted with the database machine) is retried, each failure logged with what to do. The
 * {@code database} {@link Readiness} tells /api/health where it stands.
 */
@Component(configurationPid = DatabaseConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true,
        service = {})
@Designate(ocd = DatabaseConfig.class)
public class DatabaseComponent {
    /** The service property naming the DataSource; the main one is {@value #MAIN}. */
    public static final String DATASOURCE_PROPERTY = "hygie.datasource";
    public static final String MAIN = "main";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseComponent.class);
    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(60);

    private final DatabaseReadiness readiness = new DatabaseReadiness();
    private ScheduledThreadPoolExecutor opener;
    private volatile boolean active;
    private ServiceRegistration<Readiness> readinessRegistration;
    // Written by the opener thread, read by deactivate once that thread is done.
    private EmbeddedDatabase embedded;
    private HikariDataSource pool;
    private ServiceRegistration<DataSource> registration;

    @Activate
    void activate(DatabaseConfig config, BundleContext context) {
        active = true;
        readinessRegistration = context.registerService(Readiness.class, readiness, null);
        opener = new ScheduledThreadPoolExecutor(1, task -> new Thread(task, "hygie-database"));
        // On deactivation, a retry not started yet is dropped; an opening under way completes.
        opener.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        opener.execute(() -> open(config, context, 1));
    }

    private void open(DatabaseConfig config, BundleContext context, int attempt) {
        String url = config.url().trim();
        try {
            DataSource target;
            if (url.isEmpty()) {
                readiness.set(Readiness.State.STARTING, "starting the embedded PostgreSQL");
                embedded = EmbeddedDatabase.start(DataDirs.resolve(config.dataDir(), context.getProperty(DataDirs.FRAMEWORK_PROPERTY)));
                url = embedded.jdbcUrl();
                target = pgDataSource(url, EmbeddedDatabase.USER, "");
            } else {
                readiness.set(Readiness.State.STARTING, "connecting to " + redact(url));
                target = pgDataSource(url, config.user(), config.password());
            }
            LOG.info("Database: {} (user {}, pool of {})", redact(url), userShown(config), config.poolSize());
            checkReachable(target, redact(url));
            HikariDataSource opened = pool(target, config.poolSize());
            pool = opened;
            if (!active) {
                return; // deactivate closes it
            }
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(DATASOURCE_PROPERTY, MAIN);
            props.put(Constants.SERVICE_DESCRIPTION, "Hygie main database");
            registration = context.registerService(DataSource.class, opened, props);
            readiness.set(Readiness.State.READY, null);
        } catch (Exception | LinkageError e) {
            close();
            String why = e.getMessage();
            boolean external = !config.url().isBlank();
            // A configured database may come up later; a bad URL or a failed embedded start will not.
            if (external && !(e instanceof IllegalArgumentException) && !(e instanceof LinkageError) && active) {
                Duration delay = retryDelay(attempt);
                readiness.set(Readiness.State.STARTING, "cannot reach " + redact(url) + " (" + why + "), retrying");
                LOG.error("Database not reachable (attempt {}), retrying in {} s", attempt, delay.toSeconds());
                opener.schedule(() -> open(config, context, attempt + 1), delay.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                readiness.set(Readiness.State.FAILED, why);
                LOG.error("The database could not be opened: {}", why, e);
            }
        }
    }

    /** 5 s, 10 s, 20 s, 40 s, then every minute. */
    static Duration retryDelay(int attempt) {
        long seconds = 5L << Math.min(attempt - 1, 4);
        return Duration.ofSeconds(Math.min(seconds, MAX_RETRY_DELAY.toSeconds()));
    }

    /** The URL fit for a log line: a password given in its parameters is masked. */
    static String redact(String url) {
        return url.replaceAll("(?i)([?&;]password=)[^&;]*", "$1***");
    }

    private String userShown(DatabaseConfig config) {
        return embedded != null ? EmbeddedDatabase.USER : (config.user().isBlank() ? "from the URL" : config.user());
    }

    static PGSimpleDataSource pgDataSource(String url, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        // setUrl rejects anything but jdbc:postgresql:, so a wrong URL fails here with its reason.
        try {
            ds.setUrl(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The database URL " + redact(url) + " is not a PostgreSQL JDBC URL"
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

    private static HikariDataSource pool(DataSource target, int size) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("hygie-main");
        hc.setDataSource(target);
        hc.setMaximumPoolSize(Math.max(1, size));
        // Reachability was checked just before; a database that goes away later is the pool's business.
        hc.setInitializationFailTimeout(-1);
        hc.setConnectionTimeout(10_000);
        return new HikariDataSource(hc);
    }

    /** One direct connection first: an unreachable database fails now, with its reason and what to do. */
    static void checkReachable(DataSource target, String url) throws SQLException {
        try (Connection c = target.getConnection()) {
            LOG.debug("Database reachable: {} {}", c.getMetaData().getDatabaseProductName(), c.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            LOG.error("Cannot reach the database at {}: {} Check that PostgreSQL runs there and that HYGIE_DB_URL,"
                    + " HYGIE_DB_USER and HYGIE_DB_PASSWORD are right (or unset HYGIE_DB_URL for the embedded database)",
                    url, sentence(e.getMessage()));
            throw e;
        }
    }

    /** pgjdbc's messages end with a period, or not. */
    private static String sentence(String message) {
        String text = String.valueOf(message).strip();
        return text.endsWith(".") ? text : text + ".";
    }

    @Deactivate
    void deactivate() {
        active = false;
        opener.shutdown();
        try {
            // An embedded PostgreSQL being started is let finish (at most its startup wait), then stopped.
            if (!opener.awaitTermination(2, TimeUnit.MINUTES)) {
                LOG.warn("The database was still opening after 2 minutes; closing it anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
        unregister(readinessRegistration);
        readinessRegistration = null;
    }

    private void close() {
        unregister(registration);
        registration = null;
        if (pool != null) {
            pool.close();
            pool = null;
        }
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }

    private static void unregister(ServiceRegistration<?> reg) {
        if (reg != null) {
            try {
                reg.unregister();
            } catch (IllegalStateException alreadyGone) {
                // unregistered by the framework as the bundle stopped
            }
        }
    }

    /** The database's state for /api/health. */
    private static final class DatabaseReadiness implements Readiness {
        private volatile State state = State.STARTING;
        private volatile String detail = "starting";

        void set(State newState, String newDetail) {
            detail = newDetail;
            state = newState;
        }

        @Override
        public String name() {
            return "database";
        }

        @Override
        public State state() {
            return state;
        }

        @Override
        public String detail() {
            return detail;
        }
    }
}
