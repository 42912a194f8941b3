package org.hygie.platform.persistence;

import javax.sql.DataSource;

import org.hygie.platform.persistence.internal.UnitBoot;

/**
 * One persistence unit migrated and booted on a data source: the extender's one code path, open
 * to a plain test that migrates an area's schema and boots its entities outside OSGi exactly as
 * the extender does (same Flyway settings, same Hibernate settings, the same {@link Transactions}
 * with its retry of deadlocks and serialization failures).
 */
public final class PersistenceUnit implements AutoCloseable {
    private final UnitBoot boot;

    private PersistenceUnit(UnitBoot boot) {
        this.boot = boot;
    }

    /**
     * Runs the unit's pending migrations, each unit keeping its own history table
     * ({@link UnitDeclaration#historyTable()}).
     *
     * @return how many migrations ran
     */
    public static int migrate(UnitDeclaration unit, MigrationSource migrations, DataSource dataSource) {
        return UnitBoot.migrate(unit, migrations, dataSource);
    }

    /**
     * Boots Hibernate on the unit's entities, loaded by {@code loader}; the mappings are validated
     * against the migrated schema, so a mapping that disagrees with the migrations fails here.
     *
     * @throws ClassNotFoundException when the loader lacks one of the declared entities
     */
    public static PersistenceUnit boot(UnitDeclaration unit, ClassLoader loader, DataSource dataSource)
            throws ClassNotFoundException {
        return new PersistenceUnit(UnitBoot.boot(unit, loader, dataSource));
    }

    /** @return the unit's transactions, as the extender registers them */
    public Transactions transactions() {
        return boot.transactions();
    }

    /** Closes Hibernate; the transactions may no longer be used. */
    @Override
    public void close() {
        boot.close();
    }
}
