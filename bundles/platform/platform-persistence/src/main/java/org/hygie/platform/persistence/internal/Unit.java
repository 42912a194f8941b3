package org.hygie.platform.persistence.internal;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.registry.classloading.internal.TcclLookupPrecedence;
import org.hibernate.cfg.AvailableSettings;
import org.hygie.core.health.Readiness;
import org.hygie.core.health.Readiness.State;
import org.hygie.platform.persistence.Transactions;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One persistence unit of one bundle, from discovery to removal: readiness at once, then (on the
 * extender's executor) migrations, Hibernate boot and the Transactions service.
 */
final class Unit {
    private static final Logger LOG = LoggerFactory.getLogger(Unit.class);

    private final UnitDeclaration declaration;
    private final Bundle bundle;
    private final UnitReadiness readiness;
    private ServiceRegistration<Readiness> readinessRegistration;
    private ServiceRegistration<Transactions> transactionsRegistration;
    private SessionFactory sessionFactory;
    private boolean closed;

    Unit(UnitDeclaration declaration, Bundle bundle) {
        this.declaration = declaration;
        this.bundle = bundle;
        this.readiness = new UnitReadiness(declaration.name(), "starting");
    }

    String name() {
        return declaration.name();
    }

    Bundle bundle() {
        return bundle;
    }

    List<String> requires() {
        return declaration.requires();
    }

    synchronized void registerReadiness(BundleContext extender) {
        readinessRegistration = extender.registerService(Readiness.class, readiness, properties());
    }

    synchronized boolean isClosed() {
        return closed;
    }

    void waiting(List<String> missing) {
        setState(State.STARTING, "waiting for the migrations of unit(s) " + String.join(", ", missing)
                + " (is the bundle declaring them installed and started?)");
    }

    void fail(String why) {
        setState(State.FAILED, why);
    }

    /** Migrates the schema (the caller then lets the units requiring this one go on). */
    MigrateResult migrate(DataSource dataSource) {
        setState(State.STARTING, "migrating the schema");
        BundleMigrations migrations = new BundleMigrations(bundle, declaration.migrations());
        if (!migrations.exists()) {
            LOG.warn("Unit {} of {}: no migration found in the folder {}", name(), bundle.getSymbolicName(), declaration.migrations());
        }
        MigrateResult result = Flyway.configure(Unit.class.getClassLoader())
                // Flyway's auto-detection looks for an slf4j provider with ServiceLoader, blind in OSGi.
                .loggers("slf4j")
                .dataSource(dataSource)
                .table(declaration.historyTable())
                .resourceProvider(migrations)
                .javaMigrationClassProvider(List::of)
                // Areas share one schema, each with its own history table: the second area finds a
                // schema that is not empty and must not skip its V1, hence a baseline below V1.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("before " + name())
                // A misnamed file (v1_x.sql, V1_x.sql) fails the unit instead of being skipped unseen.
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info("Unit {}: {} migration(s) applied, schema at version {}", name(), result.migrationsExecuted,
                result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion);
        return result;
    }

    /** Boots Hibernate and registers the Transactions service, unless the unit was closed meanwhile. */
    void boot(DataSource dataSource, BundleContext extender) throws ClassNotFoundException {
        setState(State.STARTING, "starting Hibernate");
        long start = System.nanoTime();
        SessionFactory sf = buildSessionFactory(dataSource);
        synchronized (this) {
            if (closed) {
                sf.close();
                return;
            }
            sessionFactory = sf;
            Hashtable<String, Object> props = new Hashtable<>();
            props.put(Transactions.UNIT_PROPERTY, name());
            props.put("hygie.unit.bundle", bundle.getSymbolicName());
            transactionsRegistration = extender.registerService(Transactions.class, new UnitTransactions(name(), sf), props);
        }
        setState(State.READY, null);
        LOG.info("Unit {} ready ({} entities, Hibernate booted in {} ms)", name(), declaration.entities().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private SessionFactory buildSessionFactory(DataSource dataSource) throws ClassNotFoundException {
        ClassLoader areaLoader = bundle.adapt(BundleWiring.class).getClassLoader();
        List<Class<?>> entities = new ArrayList<>();
        for (String entity : declaration.entities()) {
            entities.add(bundle.loadClass(entity));
        }
        // Hibernate's own loader (this bundle) is always searched; the area's finds its entities and
        // anything it imports. The thread context loader is the executor's, meaningless here.
        BootstrapServiceRegistryBuilder bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(areaLoader);
        bootstrap.applyTcclLookupPrecedence(TcclLookupPrecedence.NEVER);
        BootstrapServiceRegistry bootstrapRegistry = bootstrap.build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrapRegistry)
                .applySetting(AvailableSettings.DATASOURCE, dataSource)
                // The migrations own the schema; a mapping that disagrees with them fails the unit now.
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                // Annotations only: no orm.xml, hence no JAXB at run time.
                .applySetting(AvailableSettings.XML_MAPPING_ENABLED, false)
                .applySetting(AvailableSettings.JAKARTA_VALIDATION_MODE, "NONE")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /** Unregisters the unit's services and closes Hibernate; a boot still running closes what it built. */
    void close() {
        ServiceRegistration<?> tx;
        ServiceRegistration<?> ready;
        SessionFactory sf;
        synchronized (this) {
            closed = true;
            tx = transactionsRegistration;
            ready = readinessRegistration;
            sf = sessionFactory;
            transactionsRegistration = null;
            readinessRegistration = null;
            sessionFactory = null;
        }
        unregister(tx);
        unregister(ready);
        if (sf != null) {
            sf.close();
            LOG.info("Unit {} closed", name());
        }
    }

    private static void unregister(ServiceRegistration<?> registration) {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the extender itself is stopping: the framework unregistered it already
            }
        }
    }

    private void setState(State state, String detail) {
        readiness.set(state, detail);
        ServiceRegistration<Readiness> registration;
        synchronized (this) {
            registration = readinessRegistration;
        }
        if (registration != null) {
            try {
                registration.setProperties(properties());
            } catch (IllegalStateException alreadyGone) {
                // closed meanwhile
            }
        }
    }

    /** Service properties: the unit, and the readiness state so that a filter can wait for READY. */
    private Hashtable<String, Object> properties() {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(Transactions.UNIT_PROPERTY, name());
        props.put("hygie.readiness.state", readiness.state().name());
        props.put("hygie.unit.bundle", bundle.getSymbolicName());
        return props;
    }
}
