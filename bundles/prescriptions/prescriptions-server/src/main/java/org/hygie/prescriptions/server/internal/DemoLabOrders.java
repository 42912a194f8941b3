package org.hygie.prescriptions.server.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Role;
import org.hygie.patients.api.directory.PatientDirectory;
import org.hygie.prescriptions.api.LabOrderInput;
import org.hygie.prescriptions.api.LabPriority;
import org.hygie.users.api.accounts.UserAccounts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds a lab order when the demo configuration exists ({@code HYGIE_DEMO=1}), so that the
 * biologist's worklist is not empty: an ionogram and a creatinine ordered by the first demo doctor
 * for the first demo patient, through the service (so through every rule). The doctors and patients
 * are seeded by other bundles, maybe after this one: it waits in the background for them, for a
 * while, then gives up quietly. Idempotent: a patient who has a lab order already is left alone.
 */
@Component(configurationPid = "org.hygie.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DemoLabOrders {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLabOrders.class);
    static final int WAIT_SECONDS = 120;
    /** Potassium, sodium, creatinine (LOINC): a panel every catalogue has. */
    static final List<String> TESTS = List.of("2823-3", "2951-2", "2160-0");

    @Reference
    LabOrdersService orders;

    @Reference
    UserAccounts accounts;

    @Reference
    PatientDirectory patients;

    private volatile Thread worker;

    @Activate
    void activate() {
        Thread t = new Thread(this::seedWhenReady, "hygie-demo-lab-orders");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    @Deactivate
    void deactivate() {
        Thread t = worker;
        worker = null;
        if (t != null) {
            t.interrupt();
        }
    }

    private void seedWhenReady() {
        try {
            for (int i = 0; i < WAIT_SECONDS && worker == Thread.currentThread(); i++) {
                Optional<AuthenticatedUser> doctor = accounts.activeWithRole(Role.DOCTOR).stream()
                        .sorted((a, b) -> a.username().compareTo(b.username())).findFirst();
                List<UUID> demo = patients.demoPatients(1);
                if (doctor.isPresent() && !demo.isEmpty()) {
                    seed(doctor.get(), demo.get(0));
                    return;
                }
                Thread.sleep(1000);
            }
            LOG.warn("No doctor or demo patient after {} s: no demo lab order", WAIT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Demo data is a convenience: the server goes on without it.
            LOG.error("Could not seed the demo lab order", e);
        }
    }

    void seed(AuthenticatedUser doctor, UUID patient) {
        if (orders.forPatient(patient, 0, 1).total() > 0) {
            return;
        }
        List<String> known = TESTS.stream().filter(t -> orders.knowledge.labTests(List.of(t)).containsKey(t)).toList();
        if (known.isEmpty()) {
            LOG.warn("The lab-test catalogue has none of {}: no demo lab order", TESTS);
            return;
        }
        orders.create(doctor, new LabOrderInput(patient, known, LabPriority.URGENT,
                "Contrôle de la kaliémie sous diurétique"));
        LOG.info("Seeded a demo lab order for {}", doctor.username());
    }
}
