package org.hygie.platform.persistence.internal;

import java.util.ArrayList;
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
import org.hygie.platform.persistence.MigrationSource;
import org.hygie.platform.persistence.Transactions;
import org.hygie.platform.persistence.UnitDeclaration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a unit is migrated and booted, wherever its classes and migrations come from: the extender
 * (through {@link Unit}) and plain tests (through the exported PersistenceUnit) share it.
 */
public final class UnitBoot {
    private static final Logger LOG = LoggerFactory.getLogger(UnitBoot.class);

    private final SessionFactory sessionFactory;
    private final Transactions transactions;

    private UnitBoot(String unit, SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
        this.transactions = new UnitTransactions(unit, sessionFactory);
    }

    /** @return how many migrations ran */
    public static int migrate(UnitDeclaration unit, MigrationSource source, DataSource dataSource) {
        FolderMigrations migrations = new FolderMigrations(source);
        if (!migrations.exists()) {
            LOG.warn("Unit {}: no migration found in {}", unit.name(), source);
        }
        MigrateResult result = Flyway.configure(UnitBoot.class.getClassLoader())
                // Flyway's auto-detection looks for an slf4j provider with ServiceLoader, blind in OSGi.
                .loggers("slf4j")
                .dataSource(dataSource)
                .table(unit.historyTable())
                .resourceProvider(migrations)
                .javaMigrationClassProvider(List::of)
                // Areas share one schema, each with its own history table: the second area finds a
                // schema that is not empty and must not skip its V1, hence a baseline below V1.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("before " + unit.name())
                // A misnamed file (v1_x.sql, V1_x.sql) fails the unit instead of being skipped unseen.
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info("Unit {}: {} migration(s) applied, schema at version {}", unit.name(), result.migrationsExecuted,
                result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion);
        return result.migrationsExecuted;
    }

    /**
     * Boots Hibernate on the unit's entities, loaded by the area's loader.
     *
     * @throws ClassNotFoundException when the loader lacks one of the declared entities
     */
    public static UnitBoot boot(UnitDeclaration unit, ClassLoader areaLoader, DataSource dataSource)
            throws ClassNotFoundException {
        List<Class<?>> entities = new ArrayList<>();
        for (String entity : unit.entities()) {
            entities.add(areaLoader.loadClass(entity));
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
            return new UnitBoot(unit.name(), sources.buildMetadata().buildSessionFactory());
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    public Transactions transactions() {
        return transactions;
    }

    public void close() {
        sessionFactory.close();
    }
}
