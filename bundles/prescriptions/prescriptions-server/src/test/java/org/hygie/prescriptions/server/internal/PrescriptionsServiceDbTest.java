package org.hygie.prescriptions.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hygie.core.problem.HygieException;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Role;
import org.hygie.patients.api.AllergySeverity;
import org.hygie.patients.server.internal.PatientsOnDatabase;
import org.hygie.platform.persistence.DatabaseClock;
import org.hygie.platform.testsupport.TestClock;
import org.hygie.platform.testsupport.TestDatabase;
import org.hygie.prescriptions.api.Alert;
import org.hygie.prescriptions.api.Cancellation;
import org.hygie.prescriptions.api.ItemInput;
import org.hygie.prescriptions.api.LabOrder;
import org.hygie.prescriptions.api.LabOrderInput;
import org.hygie.prescriptions.api.LabOrderState;
import org.hygie.prescriptions.api.LabPriority;
import org.hygie.prescriptions.api.OverrideInput;
import org.hygie.prescriptions.api.Prescription;
import org.hygie.prescriptions.api.PrescriptionInput;
import org.hygie.prescriptions.api.PrescriptionStatus;
import org.hygie.prescriptions.api.RenewRequest;
import org.hygie.prescriptions.api.StopRequest;
import org.hygie.users.server.internal.UsersOnDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Prescriptions and lab orders on a real PostgreSQL, with the real doctors and patients of the users
 * and patients areas: what is signed is what is read back, overrides kept with who and when, the
 * other active treatments counted, the lab orders' states moved forward only.
 */
class PrescriptionsServiceDbTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.of("users", "patients", "prescriptions");

    private static final TestClock CLOCK = TestClock.atNow();
    private static final TableKnowledge KNOWLEDGE = new TableKnowledge();
    private static UsersOnDatabase users;
    private static PatientsOnDatabase patients;
    private static PrescriptionsService service;
    private static LabOrdersService orders;
    private static AuthenticatedUser doctor;

    @BeforeAll
    static void start() {
        users = new UsersOnDatabase(DB.transactions("users"), CLOCK);
        patients = new PatientsOnDatabase(DB.transactions("patients"));
        service = new PrescriptionsService();
        service.tx = DB.transactions("prescriptions");
        service.knowledge = KNOWLEDGE;
        service.patients = patients.directory();
        service.clock = DatabaseClock.of(CLOCK);
        service.configure(config());
        orders = new LabOrdersService();
        orders.tx = DB.transactions("prescriptions");
        orders.knowledge = KNOWLEDGE;
        orders.patients = patients.directory();
        orders.clock = DatabaseClock.of(CLOCK);
        doctor = users.create("dr." + UUID.randomUUID().toString().substring(0, 8), Role.DOCTOR);
    }

    private static PrescriptionsConfig config() {
        return new PrescriptionsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PrescriptionsConfig.class;
            }

            @Override
            public String establishmentName() {
                return "CH test";
            }

            @Override
            public String establishmentAddress() {
                return "1 rue du Test";
            }

            @Override
            public String finess() {
                return "750000001";
            }

            @Override
            public String timeZone() {
                return "Europe/Paris";
            }
        };
    }

    private static UUID patient() {
        String firstName = UUID.randomUUID().toString().substring(0, 8).chars()
                .mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16))))
                .collect(java.util.stream.Collectors.joining());
        return patients.create("Patient", firstName, LocalDate.of(1970, 1, 1));
    }

    private static ItemInput line(org.hygie.terminology.api.Drug drug, int days) {
        return new ItemInput(drug.cis(), null, BigDecimal.ONE, "comprimé", null, "2 fois par jour", days, null, 0, null,
                false);
    }

    @Test
    void create_shouldStopOnTheAllergyThenKeepTheOverrideWithWhoAndWhen() {
        UUID patient = patient();
        patients.allergy(patient, "Pénicilline", AllergySeverity.SEVERE);
        PrescriptionInput input = new PrescriptionInput(patient, List.of(line(TableKnowledge.AMOXICILLIN, 7)), null, null);
        HygieException stopped = catchThrowableOfType(HygieException.class, () -> service.create(doctor, input));
        assertThat(stopped.type()).isEqualTo(Overrides.ALERTS_PROBLEM);
        @SuppressWarnings("unchecked")
        String key = ((List<Alert>) stopped.properties().get("alerts")).get(0).key();
        assertThat(service.list(patient, null, null).total()).isZero();

        Prescription signed = service.create(doctor, new PrescriptionInput(patient, input.items(),
                List.of(new OverrideInput(key, "Désensibilisé")), new BigDecimal("70.5")));
        Prescription read = service.get(signed.id());
        assertThat(read).isEqualTo(signed);
        assertThat(read.overrides()).singleElement().satisfies(o -> {
            assertThat(o.reason()).isEqualTo("Désensibilisé");
            assertThat(o.by()).isEqualTo(doctor.userId());
            assertThat(o.at()).isEqualTo(read.signedAt());
            assertThat(o.alert().allergen()).isEqualTo("Pénicilline");
        });
        assertThat(read.items()).singleElement().satisfies(i -> assertThat(i.substances()).containsExactly("amoxicilline 500 mg"));
        assertThat(read.weightKg()).isEqualByComparingTo("70.5");
        assertThat(read.endsOn()).isNotNull();
    }

    @Test
    void create_shouldCheckAgainstTheOtherActiveTreatmentsUntilStopped() {
        UUID patient = patient();
        Prescription warfarin = service.create(doctor, new PrescriptionInput(patient,
                List.of(line(TableKnowledge.WARFARIN, 30)), null, null));
        PrescriptionInput nsaid = new PrescriptionInput(patient, List.of(line(TableKnowledge.IBUPROFEN, 5)), null, null);
        HygieException stopped = catchThrowableOfType(HygieException.class, () -> service.create(doctor, nsaid));
        assertThat(stopped.type()).isEqualTo(Overrides.ALERTS_PROBLEM);
        assertThat(service.active(patient)).hasSize(1);

        HygieException stale = catchThrowableOfType(HygieException.class,
                () -> service.stop(doctor, warfarin.id(), new StopRequest("Relais", warfarin.version() + 1)));
        assertThat(stale.status()).isEqualTo(409);
        Prescription stoppedOne = service.stop(doctor, warfarin.id(), new StopRequest("Relais", warfarin.version()));
        assertThat(stoppedOne.status()).isEqualTo(PrescriptionStatus.STOPPED);
        assertThat(stoppedOne.stoppedBy()).isEqualTo(doctor.name());
        assertThat(service.active(patient)).isEmpty();
        assertThat(service.create(doctor, nsaid).status()).isEqualTo(PrescriptionStatus.ACTIVE);
    }

    @Test
    void renew_shouldSignANewPrescriptionAndLeaveTheOldOne() {
        UUID patient = patient();
        Prescription first = service.create(doctor, new PrescriptionInput(patient,
                List.of(line(TableKnowledge.PARACETAMOL, 5)), null, null));
        Prescription renewed = service.renew(doctor, first.id(), new RenewRequest(null));
        assertThat(renewed.id()).isNotEqualTo(first.id());
        assertThat(renewed.renewedFrom()).isEqualTo(first.id());
        assertThat(renewed.items()).isEqualTo(first.items());
        assertThat(service.get(first.id())).isEqualTo(first);
        assertThat(service.list(patient, 0, 10).total()).isEqualTo(2);
    }

    @Test
    void create_shouldRefuseAnUnknownPatient() {
        HygieException e = catchThrowableOfType(HygieException.class, () -> service.create(doctor,
                new PrescriptionInput(UUID.randomUUID(), List.of(line(TableKnowledge.PARACETAMOL, 5)), null, null)));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.errors().get(0).code()).isEqualTo("unknown_patient");
    }

    @Test
    void labOrders_shouldMoveForwardOnlyAndBeCancelledBeforeResults() {
        UUID patient = patient();
        LabOrder order = orders.create(doctor, new LabOrderInput(patient, List.of("2823-3", "2823-3"), LabPriority.STAT,
                null));
        assertThat(order.tests()).hasSize(1);
        HygieException unknown = catchThrowableOfType(HygieException.class, () -> orders.create(doctor,
                new LabOrderInput(patient, List.of("0000-0"), LabPriority.ROUTINE, null)));
        assertThat(unknown.errors().get(0).code()).isEqualTo("unknown_test");

        AuthenticatedUser lab = AuthenticatedUser.system("Laboratoire");
        LabOrder started = orders.moveTo(lab, order.id(), LabOrderState.IN_PROGRESS, order.version());
        HygieException back = catchThrowableOfType(HygieException.class,
                () -> orders.moveTo(lab, order.id(), LabOrderState.ORDERED, started.version()));
        assertThat(back.status()).isEqualTo(409);
        LabOrder preliminary = orders.moveTo(lab, order.id(), LabOrderState.PRELIMINARY, started.version());
        HygieException late = catchThrowableOfType(HygieException.class,
                () -> orders.cancel(doctor, order.id(), new Cancellation("trop tard", preliminary.version())));
        assertThat(late.status()).isEqualTo(409);
        assertThat(orders.moveTo(lab, order.id(), LabOrderState.FINAL, preliminary.version()).state())
                .isEqualTo(LabOrderState.FINAL);

        LabOrder other = orders.create(doctor, new LabOrderInput(patient, List.of("2823-3"), LabPriority.ROUTINE, null));
        LabOrder cancelled = orders.cancel(doctor, other.id(), new Cancellation("Doublon", other.version()));
        assertThat(cancelled.state()).isEqualTo(LabOrderState.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Doublon");
        assertThat(orders.forPatient(patient, 0, 10).total()).isEqualTo(2);
        assertThat(orders.list(LabOrderState.FINAL, 0, 100).items()).extracting(LabOrder::id).contains(order.id());
    }
}
