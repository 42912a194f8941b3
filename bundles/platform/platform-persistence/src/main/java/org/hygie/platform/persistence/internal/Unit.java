package org.hygie.platform.persistence.internal;

import java.util.Hashtable;
import java.util.List;

import javax.sql.DataSource;

import org.hygie.core.health.Readiness;
import org.hygie.core.health.Readiness.State;
import org.hygie.platform.persistence.Transactions;
import org.hygie.platform.persistence.UnitDeclaration;
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
    private UnitBoot booted;
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
    void migrate(DataSource dataSource) {
        setState(State.STARTING, "migrating the schema");
        UnitBoot.migrate(declaration, new BundleMigrations(bundle, declaration.migrations()), dataSource);
    }

    /** Boots Hibernate and registers the Transactions service, unless the unit was closed meanwhile. */
    void boot(DataSource dataSource, BundleContext extender) throws ClassNotFoundException {
        setState(State.STARTING, "starting Hibernate");
        long start = System.nanoTime();
        UnitBoot booted = UnitBoot.boot(declaration, bundle.adapt(BundleWiring.class).getClassLoader(), dataSource);
        synchronized (this) {
            if (closed) {
                booted.close();
                return;
            }
            this.booted = booted;
            Hashtable<String, Object> props = new Hashtable<>();
            props.put(Transactions.UNIT_PROPERTY, name());
            props.put("hygie.unit.bundle", bundle.getSymbolicName());
            transactionsRegistration = extender.registerService(Transactions.class, booted.transactions(), props);
        }
        setState(State.READY, null);
        LOG.info("Unit {} ready ({} entities, Hibernate booted in {} ms)", name(), declaration.entities().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Unregisters the unit's services and closes Hibernate; a boot still running closes what it built. */
    void close() {
        ServiceRegistration<?> tx;
        ServiceRegistration<?> ready;
        UnitBoot unitBoot;
        synchronized (this) {
            closed = true;
            tx = transactionsRegistration;
            ready = readinessRegistration;
            unitBoot = booted;
            transactionsRegistration = null;
            readinessRegistration = null;
            booted = null;
        }
        unregister(tx);
        unregister(ready);
        if (unitBoot != null) {
            unitBoot.close();
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
