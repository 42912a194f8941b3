package org.hygie.server.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.persistence.OptimisticLockException;

import org.hygie.core.health.Readiness;
import org.hygie.platform.persistence.Transactions;
import org.hygie.server.itest.fixture.ItestItem;
import org.hygie.server.itest.fixture.ItestItems;
import org.hygie.server.itest.fixture.MismatchedNote;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The persistence extender on a real PostgreSQL, with the fixture unit {@code itest} (bundle
 * org.hygie.server.itest) and units installed on the fly by the tests.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class PersistenceExtenderTest {
    /** First run: unpacking PostgreSQL, initdb, then migrations and Hibernate. */
    private static final long BOOT_MILLIS = 180_000;
    private static final Duration UNIT_BOOT = Duration.ofSeconds(60);

    @InjectBundleContext
    BundleContext context;

    @InjectService(filter = "(hygie.unit=itest)", timeout = BOOT_MILLIS)
    Transactions tx;

    @InjectService(filter = "(hygie.datasource=main)", timeout = BOOT_MILLIS)
    DataSource dataSource;

    @Test
    void areaComponent_shouldActivateWithItsUnitsTransactions(
            @InjectService(timeout = BOOT_MILLIS) ItestItems items) {
        String name = "by-component-" + UUID.randomUUID();

        UUID id = items.add(name);

        assertThat(items.nameOf(id)).contains(name);
    }

    @Test
    void migrations_shouldCreateTheUnitTablesAndItsOwnHistory() throws SQLException {
        assertThat(tableExists("itest_item")).isTrue();
        assertThat(tableExists("flyway_history_itest")).isTrue();
        assertThat(queryString("select description from flyway_history_itest where version = '1' and success"))
                .isEqualTo("create itest item");
    }

    @Test
    void transactions_shouldBeRegisteredWithTheUnitProperty() throws Exception {
        ServiceReference<?>[] refs = context.getServiceReferences(Transactions.class.getName(), "(hygie.unit=itest)");
        assertThat(refs).hasSize(1);
        assertThat(refs[0].getProperty(Transactions.UNIT_PROPERTY)).isEqualTo("itest");
        assertThat(tx.unit()).isEqualTo("itest");
    }

    @Test
    void inTransaction_shouldCommitWhenTheWorkReturns() throws SQLException {
        String name = "committed-" + UUID.randomUUID();
        UUID id = tx.inTransaction(em -> {
            ItestItem item = new ItestItem(name);
            em.persist(item);
            return item.getId();
        });

        assertThat(countByName(name)).isEqualTo(1);
        ItestItem found = tx.readOnly(em -> em.find(ItestItem.class, id));
        assertThat(found.getName()).isEqualTo(name);
        assertThat(found.getCreatedAt()).isNotNull();
    }

    @Test
    void inTransaction_shouldRollBackAndRethrowTheSameExceptionWhenTheWorkThrows() throws SQLException {
        String name = "rolled-back-" + UUID.randomUUID();
        IllegalStateException failure = new IllegalStateException("business rule broken");

        assertThatThrownBy(() -> tx.inTransaction(em -> {
            em.persist(new ItestItem(name));
            em.flush(); // the row reached the database inside the transaction
            throw failure;
        })).isSameAs(failure);

        assertThat(countByName(name)).isZero();
    }

    @Test
    void inTransaction_shouldReportAStaleUpdateAsAnOptimisticLockException() {
        // What an area turns into 409: an edit based on a version someone else changed meanwhile.
        UUID id = tx.inTransaction(em -> {
            ItestItem item = new ItestItem("stale-" + UUID.randomUUID());
            em.persist(item);
            return item.getId();
        });
        ItestItem stale = tx.readOnly(em -> em.find(ItestItem.class, id));
        tx.inTransaction(em -> {
            em.find(ItestItem.class, id).setName("first-edit-" + UUID.randomUUID());
            return null;
        });

        stale.setName("second-edit-" + UUID.randomUUID());
        assertThatThrownBy(() -> tx.inTransaction(em -> em.merge(stale)))
                .isInstanceOf(OptimisticLockException.class);
    }

    @Test
    void inTransaction_shouldRunAgainATransactionThatPostgreSqlAbortedToBreakADeadlock() throws Exception {
        UUID a = newItem("deadlock-a-");
        UUID b = newItem("deadlock-b-");
        // Two transactions lock the two rows in opposite orders: PostgreSQL aborts one of them.
        CyclicBarrier bothHoldTheirFirstRow = new CyclicBarrier(2);
        AtomicInteger runs = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> ab = pool.submit(() -> appendToBoth(a, b, bothHoldTheirFirstRow, runs));
            Future<?> ba = pool.submit(() -> appendToBoth(b, a, bothHoldTheirFirstRow, runs));
            ab.get(60, TimeUnit.SECONDS);
            ba.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        // Both callers succeeded; a transaction ran again, and its aborted runs left nothing. On a busy
        // machine the retry may meet the other transaction once more and be aborted again: how many
        // runs it took is timing, that each transaction's work landed exactly once is the contract.
        assertThat(runs.get()).isBetween(3, 2 * Transactions.ATTEMPTS);
        assertThat(tx.readOnly(em -> em.find(ItestItem.class, a)).getName()).endsWith("++").doesNotEndWith("+++");
        assertThat(tx.readOnly(em -> em.find(ItestItem.class, b)).getName()).endsWith("++").doesNotEndWith("+++");
    }

    private UUID newItem(String prefix) {
        return tx.inTransaction(em -> {
            ItestItem item = new ItestItem(prefix + UUID.randomUUID());
            em.persist(item);
            return item.getId();
        });
    }

    /** Appends "+" to the name of {@code first}, then of {@code second}, in one transaction. */
    private void appendToBoth(UUID first, UUID second, CyclicBarrier barrier, AtomicInteger runs) {
        boolean[] firstRun = { true };
        tx.inTransaction(em -> {
            runs.incrementAndGet();
            append(em, first);
            if (firstRun[0]) {
                firstRun[0] = false;
                try {
                    barrier.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("The other transaction never came", e);
                }
            }
            append(em, second);
            return null;
        });
    }

    private static void append(jakarta.persistence.EntityManager em, UUID id) {
        em.createNativeQuery("UPDATE itest_item SET name = name || '+' WHERE id = ?1").setParameter(1, id).executeUpdate();
    }

    @Test
    void readOnly_shouldRefuseWrites() throws SQLException {
        String name = "read-only-" + UUID.randomUUID();

        assertThatThrownBy(() -> tx.readOnly(em -> em.createNativeQuery(
                "insert into itest_item (id, name, created_at, version) values (gen_random_uuid(), :name, now(), 0)")
                .setParameter("name", name).executeUpdate()))
                .hasStackTraceContaining("read-only transaction");

        assertThat(countByName(name)).isZero();
    }

    @Test
    void getReference_shouldGiveALazyProxyDefinedInTheEntityBundle() {
        String name = "proxied-" + UUID.randomUUID();
        UUID id = tx.inTransaction(em -> {
            ItestItem item = new ItestItem(name);
            em.persist(item);
            return item.getId();
        });

        // A proxy class is generated in the entity bundle's loader and needs Hibernate's packages
        // through its DynamicImport-Package: this fails when the extender does not export them.
        String loaded = tx.readOnly(em -> {
            ItestItem proxy = em.getReference(ItestItem.class, id);
            assertThat(em.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(proxy)).isFalse();
            return proxy.getName();
        });
        assertThat(loaded).isEqualTo(name);
    }

    @Test
    void entityBundle_shouldSeeOnlyTheHibernatePackagesOfItsGeneratedClasses() throws Exception {
        Bundle entities = FrameworkUtil.getBundle(ItestItem.class);

        assertThat(entities.loadClass("org.hibernate.proxy.HibernateProxy")).isNotNull();
        assertThat(entities.loadClass("org.hibernate.bytecode.spi.ReflectionOptimizer")).isNotNull();
        assertThatThrownBy(() -> entities.loadClass("org.hibernate.Session"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> entities.loadClass("org.hibernate.engine.spi.SessionImplementor"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void readiness_shouldBeReadyOnceTheUnitBooted() throws Exception {
        Readiness readiness = Services.await(context, Readiness.class, "(hygie.unit=itest)", UNIT_BOOT);

        assertThat(readiness).isNotNull();
        assertThat(readiness.name()).isEqualTo("itest");
        assertThat(readiness.state()).isEqualTo(Readiness.State.READY);
        assertThat(readiness.detail()).isNull();
    }

    @Test
    void databaseReadiness_shouldBeReadyOnceTheDataSourceIsRegistered() throws Exception {
        // The database answers: its readiness must say so too.
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.isValid(5)).isTrue();
        }
        ServiceReference<?>[] refs = context.getServiceReferences(Readiness.class.getName(), null);

        assertThat(refs).isNotNull();
        assertThat(Arrays.stream(refs).map(ref -> (Readiness) context.getService(ref)))
                .filteredOn(readiness -> readiness.name().equals("database"))
                .singleElement()
                .satisfies(readiness -> assertThat(readiness.state()).isEqualTo(Readiness.State.READY));
    }

    @Test
    void unitWithAnUnmetRequirement_shouldWaitSayingWhyAndMigrateOnlyOnceTheRequiredUnitHas() throws Exception {
        // The orphan's migration refers to the ghost's table: run before the ghost's, it would fail
        // the unit; READY at the end therefore proves that it waited.
        Bundle orphan = TestBundles.installUnit(context, "itest.orphan",
                "itest_orphan; migrations=\"db/migration/orphan\"; requires=\"itest_ghost\"",
                Map.of("db/migration/orphan/V1__create_itest_orphan.sql",
                        "create table if not exists itest_orphan (id uuid primary key, ghost_id uuid references itest_ghost (id));"));
        Bundle ghost = null;
        try {
            Readiness readiness = Services.await(context, Readiness.class, "(hygie.unit=itest_orphan)", UNIT_BOOT);
            assertThat(readiness).isNotNull();
            assertThat(Services.until(() -> String.valueOf(readiness.detail()).contains("itest_ghost"), UNIT_BOOT))
                    .as("the orphan says which unit it waits for: " + readiness).isTrue();
            assertThat(readiness.state()).isEqualTo(Readiness.State.STARTING);
            assertThat(Services.present(context, Transactions.class, "(hygie.unit=itest_orphan)")).isFalse();

            ghost = TestBundles.installUnit(context, "itest.ghost", "itest_ghost; migrations=\"db/migration/ghost\"",
                    Map.of("db/migration/ghost/V1__create_itest_ghost.sql",
                            "create table if not exists itest_ghost (id uuid primary key);"));

            assertThat(Services.await(context, Readiness.class,
                    "(&(hygie.unit=itest_orphan)(hygie.readiness.state=READY))", UNIT_BOOT))
                    .as("itest_orphan READY once itest_ghost migrated; now " + readiness).isNotNull();
            assertThat(tableExists("itest_orphan")).isTrue();
        } finally {
            orphan.uninstall();
            if (ghost != null) {
                ghost.uninstall();
            }
        }
        assertThat(Services.present(context, Readiness.class, "(hygie.unit=itest_orphan)")).isFalse();
    }

    @Test
    void unitRequiringAMigratedUnit_shouldRunItsOwnV1InTheSharedSchemaThenGoAwayWithItsBundle() throws Exception {
        // The schema already holds itest's tables: without a baseline below V1, Flyway would
        // baseline this unit at version 1 and silently skip its V1.
        Bundle bundle = TestBundles.installUnit(context, "itest.notes",
                "itest_notes; migrations=\"db/migration/notes\"; requires=\"itest\"",
                Map.of("db/migration/notes/V1__create_itest_note.sql",
                        "create table if not exists itest_note (id uuid primary key, item_id uuid not null references itest_item (id));"));
        try {
            Transactions notes = Services.await(context, Transactions.class, "(hygie.unit=itest_notes)", UNIT_BOOT);
            assertThat(notes).as("Transactions of itest_notes").isNotNull();
            assertThat(tableExists("itest_note")).isTrue();
            assertThat(queryString("select count(*) from flyway_history_itest_notes where version = '1' and success"))
                    .isEqualTo("1");
            Readiness readiness = Services.await(context, Readiness.class, "(&(hygie.unit=itest_notes)(hygie.readiness.state=READY))", UNIT_BOOT);
            assertThat(readiness).isNotNull();
        } finally {
            bundle.uninstall();
        }
        assertThat(Services.present(context, Transactions.class, "(hygie.unit=itest_notes)")).isFalse();
        assertThat(Services.present(context, Readiness.class, "(hygie.unit=itest_notes)")).isFalse();
    }

    @Test
    void unitWithABrokenMigration_shouldFailWithTheDatabaseError() throws Exception {
        Bundle bundle = TestBundles.installUnit(context, "itest.broken", "itest_broken; migrations=\"db/migration/broken\"",
                Map.of("db/migration/broken/V1__broken.sql", "create table itest_broken (id uuid primary key, oops no_such_type);"));
        try {
            Readiness readiness = Services.await(context, Readiness.class,
                    "(&(hygie.unit=itest_broken)(hygie.readiness.state=FAILED))", UNIT_BOOT);

            assertThat(readiness).as("FAILED readiness of itest_broken").isNotNull();
            assertThat(readiness.detail()).contains("migrating unit itest_broken failed").contains("no_such_type");
            assertThat(Services.present(context, Transactions.class, "(hygie.unit=itest_broken)")).isFalse();
        } finally {
            bundle.uninstall();
        }
    }

    @Test
    void unitWithAMisnamedMigration_shouldFailInsteadOfSkippingIt() throws Exception {
        Bundle bundle = TestBundles.installUnit(context, "itest.misnamed", "itest_misnamed; migrations=\"db/migration/misnamed\"",
                Map.of("db/migration/misnamed/V1_single_underscore.sql", "create table itest_misnamed (id uuid primary key);"));
        try {
            Readiness readiness = Services.await(context, Readiness.class,
                    "(&(hygie.unit=itest_misnamed)(hygie.readiness.state=FAILED))", UNIT_BOOT);

            assertThat(readiness).as("FAILED readiness of itest_misnamed").isNotNull();
            assertThat(readiness.detail()).contains("V1_single_underscore.sql");
        } finally {
            bundle.uninstall();
        }
    }

    @Test
    void unitWhoseEntitiesDisagreeWithItsMigrations_shouldFailLoudly() throws Exception {
        // The entity maps a column "label" that the migration forgot: hbm2ddl validate must refuse it.
        Bundle bundle = TestBundles.installUnit(context, "itest.mismatch",
                "itest_mismatch; entities=\"" + MismatchedNote.class.getName() + "\"; migrations=\"db/migration/mismatch\"",
                Map.of("db/migration/mismatch/V1__create_itest_mismatch.sql", "create table if not exists itest_mismatch (id uuid primary key);"),
                Map.of("Import-Package", "org.hygie.server.itest.fixture,jakarta.persistence", "DynamicImport-Package", "org.hibernate.*"));
        try {
            Readiness readiness = Services.await(context, Readiness.class,
                    "(&(hygie.unit=itest_mismatch)(hygie.readiness.state=FAILED))", UNIT_BOOT);

            assertThat(readiness).as("FAILED readiness of itest_mismatch").isNotNull();
            assertThat(readiness.detail()).contains("starting Hibernate for unit itest_mismatch failed").contains("label");
        } finally {
            bundle.uninstall();
        }
    }

    @Test
    void bundleWithABadHeader_shouldShowAsFailedUnderItsSymbolicName() throws Exception {
        Bundle bundle = TestBundles.installUnit(context, "itest.badheader", "Bad-Name; migrations=x", Map.of());
        try {
            Readiness readiness = Services.await(context, Readiness.class, "(hygie.unit=itest.badheader)", UNIT_BOOT);

            assertThat(readiness).isNotNull();
            assertThat(readiness.state()).isEqualTo(Readiness.State.FAILED);
            assertThat(readiness.detail()).contains("Bad-Name");
        } finally {
            bundle.uninstall();
        }
        assertThat(Services.present(context, Readiness.class, "(hygie.unit=itest.badheader)")).isFalse();
    }

    private boolean tableExists(String table) throws SQLException {
        return "1".equals(queryString("select count(*) from information_schema.tables where table_schema = current_schema() and table_name = '"
                + table + "'"));
    }

    private long countByName(String name) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from itest_item where name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private String queryString(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
