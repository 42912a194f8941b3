package org.hygie.platform.persistence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.hygie.platform.persistence.PersistenceUnitHeader;
import org.hygie.platform.persistence.UnitDeclaration;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistence extender: for every ACTIVE bundle declaring {@value PersistenceUnitHeader#NAME},
 * migrates its schema with Flyway, boots Hibernate on its entities and registers its
 * {@code Transactions} and {@code Readiness} services; undoes it all when the bundle stops.
 *
 * <p>Units boot on an executor, in parallel, never on the bundle-event thread (a Hibernate boot
 * takes seconds). A unit waits for the units it {@code requires} to have migrated, without holding
 * a thread.
 */
@Component(immediate = true, service = {}) // a tracker customizer, not a service
public class PersistenceExtender implements BundleTrackerCustomizer<List<Unit>> {
    private static final Logger LOG = LoggerFactory.getLogger(PersistenceExtender.class);

    @Reference(target = "(hygie.datasource=main)")
    private DataSource dataSource;

    private BundleContext context;
    private ExecutorService executor;
    private BundleTracker<List<Unit>> tracker;
    /** Completed when the named unit's migrations have run; created by whoever asks first. */
    private final Map<String, CompletableFuture<Void>> migrated = new ConcurrentHashMap<>();
    /** The unit currently holding each name, so that two bundles cannot declare the same unit. */
    private final Map<String, Unit> owners = new ConcurrentHashMap<>();

    @Activate
    void activate(BundleContext bundleContext) {
        context = bundleContext;
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread t = new Thread(task, "hygie-persistence-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        executor = Executors.newCachedThreadPool(threads);
        tracker = new BundleTracker<>(bundleContext, Bundle.ACTIVE, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close(); // removedBundle closes every unit
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Persistence units still booting after 10 s of shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public List<Unit> addingBundle(Bundle bundle, BundleEvent event) {
        String header = bundle.getHeaders("").get(PersistenceUnitHeader.NAME);
        if (header == null) {
            return null; // not tracked
        }
        List<UnitDeclaration> declarations;
        try {
            declarations = UnitDeclaration.parse(header);
        } catch (IllegalArgumentException e) {
            // Shown as a FAILED readiness named after the bundle, so that /api/health says it too.
            String why = "bad " + PersistenceUnitHeader.NAME + " header: " + e.getMessage();
            LOG.error("Bundle {}: {}", bundle.getSymbolicName(), why);
            Unit unit = new Unit(new UnitDeclaration(bundle.getSymbolicName(), List.of(), "", List.of()), bundle);
            unit.fail(why);
            unit.registerReadiness(context);
            return List.of(unit);
        }
        List<Unit> units = new ArrayList<>();
        for (UnitDeclaration declaration : declarations) {
            Unit unit = new Unit(declaration, bundle);
            unit.registerReadiness(context);
            units.add(unit);
            Unit owner = owners.putIfAbsent(unit.name(), unit);
            if (owner != null) {
                unit.fail("unit " + unit.name() + " is already declared by bundle " + owner.bundle().getSymbolicName());
                LOG.error("Bundle {} declares the unit {} already declared by {}: ignored", bundle.getSymbolicName(),
                        unit.name(), owner.bundle().getSymbolicName());
                continue;
            }
            start(unit);
        }
        return units;
    }

    private void start(Unit unit) {
        List<String> missing = new ArrayList<>();
        List<CompletableFuture<Void>> required = new ArrayList<>();
        for (String name : unit.requires()) {
            CompletableFuture<Void> gate = gate(name);
            required.add(gate);
            if (!gate.isDone()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            unit.waiting(missing);
            LOG.info("Unit {} waits for the migrations of {}", unit.name(), missing);
        }
        CompletableFuture.allOf(required.toArray(CompletableFuture[]::new))
                .thenRunAsync(() -> boot(unit), executor);
    }

    private CompletableFuture<Void> gate(String unit) {
        return migrated.computeIfAbsent(unit, name -> new CompletableFuture<>());
    }

    private void boot(Unit unit) {
        if (unit.isClosed()) {
            return;
        }
        String step = "migrating";
        try {
            unit.migrate(dataSource);
            // Once migrated, the tables stay even if the bundle stops: units requiring it may go on.
            gate(unit.name()).complete(null);
            if (unit.isClosed()) {
                return;
            }
            step = "starting Hibernate for";
            unit.boot(dataSource, context);
        } catch (Exception | Error e) { // a boot that breaks must show as FAILED, whatever broke
            String why = step + " unit " + unit.name() + " failed: " + rootMessage(e);
            LOG.error("Bundle {}: {}", unit.bundle().getSymbolicName(), why, e);
            unit.fail(why);
        }
    }

    private static String rootMessage(Throwable e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable cause = e.getCause();
        while (cause != null && cause != cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(": ").append(cause.getMessage());
            }
            cause = cause.getCause();
        }
        return message.toString();
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, List<Unit> units) {
        // units follow the bundle's ACTIVE state only
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, List<Unit> units) {
        for (Unit unit : units) {
            owners.remove(unit.name(), unit); // no-op for a unit that never owned its name
            unit.close();
        }
    }
}
