package org.hygie.server.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;

import org.hygie.core.health.Readiness;
import org.hygie.platform.persistence.Transactions;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;

/**
 * The patients area as the platform sees it in a real framework: its bundle brings its schema,
 * its persistence unit and its components; stopped, they leave; started again, they come back
 * with the data intact and without migrating twice. This is how an area is upgraded on a
 * running server.
 */
class PatientsAreaTest {
    private static final Duration BOOT = Duration.ofMinutes(3);
    private static final String UNIT = "(hygie.unit=patients)";

    @InjectBundleContext
    BundleContext context;

    private Bundle patientsBundle() {
        return Arrays.stream(context.getBundles())
                .filter(b -> "org.hygie.patients.server".equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
    }

    private long countPatients(Transactions tx) {
        return tx.readOnly(em -> ((Number) em.createNativeQuery("SELECT count(*) FROM patients_patient")
                .getSingleResult()).longValue());
    }

    @Test
    void patientsBundle_shouldMigrateItsSchemaAndBecomeReady() throws Exception {
        Transactions tx = Services.await(context, Transactions.class, UNIT, BOOT);
        assertThat(tx).as("the patients unit's Transactions").isNotNull();
        Readiness readiness = Services.await(context, Readiness.class, UNIT, BOOT);
        assertThat(readiness.state()).isEqualTo(Readiness.State.READY);
        long migrations = tx.readOnly(em -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM flyway_history_patients WHERE success").getSingleResult()).longValue());
        assertThat(migrations).isPositive();
        // the search relies on pg_trgm over the last-name dictionary
        java.util.List<?> trgm = tx.readOnly(em -> em.createNativeQuery(
                "SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'").getResultList());
        assertThat(trgm).hasSize(1);
    }

    @Test
    void patientsBundle_shouldLeaveWhenStoppedAndComeBackWithItsDataWhenStarted() throws Exception {
        Transactions tx = Services.await(context, Transactions.class, UNIT, BOOT);
        assertThat(tx).isNotNull();
        tx.inTransaction(em -> em.createNativeQuery("""
                INSERT INTO patients_patient (id, mrn, last_name, first_name, last_norm, first_norm, birth_date, sex,
                                              created_at, updated_at, version)
                VALUES (gen_random_uuid(), 'T' || lpad(nextval('patients_mrn_seq')::text, 8, '0'), 'Vivant', 'Théo',
                        'vivant', 'theo', DATE '1990-01-01', 'MALE', now(), now(), 0)""").executeUpdate());
        long before = countPatients(tx);

        Bundle bundle = patientsBundle();
        bundle.stop();
        assertThat(Services.present(context, Transactions.class, UNIT)).as("Transactions after stop").isFalse();
        assertThat(Services.present(context, Readiness.class, UNIT)).as("Readiness after stop").isFalse();

        bundle.start();
        Transactions again = Services.await(context, Transactions.class, UNIT, BOOT);
        assertThat(again).as("Transactions after restart").isNotNull();
        assertThat(countPatients(again)).isEqualTo(before);
        long migrations = again.readOnly(em -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM flyway_history_patients").getSingleResult()).longValue());
        assertThat(migrations).as("migrations are not run twice").isEqualTo(
                again.readOnly(em -> ((Number) em.createNativeQuery(
                        "SELECT count(DISTINCT version) FROM flyway_history_patients").getSingleResult()).longValue()));
    }
}
