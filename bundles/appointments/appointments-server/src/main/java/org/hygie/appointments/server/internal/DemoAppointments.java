package org.hygie.appointments.server.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.AppointmentInput;
import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.appointments.api.StatusChange;
import org.hygie.core.problem.HygieException;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.patients.api.directory.PatientDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds every active doctor's agenda for today and the next working days with the demo patients,
 * through the service (so through every rule), when the demo configuration exists
 * ({@code HYGIE_DEMO=1}). Appointments of today already past are checked in or completed, one is a
 * no-show. The doctors come from the users area ({@link AppointmentsService#doctors()}), the
 * patients from the patients area's {@link PatientDirectory}: this area reads neither's tables and
 * names no account. Both are seeded by other bundles, maybe after this one: it waits in the
 * background until both stop changing, for a while, then gives up quietly. Idempotent: a doctor
 * who already has appointments in the window is left alone. Slots from 17:00 on stay free.
 */
@Component(configurationPid = "org.hygie.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DemoAppointments {
    private static final Logger LOG = LoggerFactory.getLogger(DemoAppointments.class);
    /** How many demo patients are asked for, and how many at least before seeding. */
    static final int PATIENTS = 100;
    static final int MIN_PATIENTS = 20;
    static final int DAYS = 3;
    static final int WAIT_SECONDS = 120;
    /** Start times of the slots the seed may fill, 30 minutes each; none from 17:00 on. */
    static final List<LocalTime> SLOTS = List.of(LocalTime.of(8, 30), LocalTime.of(9, 0), LocalTime.of(9, 30),
            LocalTime.of(10, 30), LocalTime.of(11, 0), LocalTime.of(14, 0), LocalTime.of(14, 30),
            LocalTime.of(15, 30), LocalTime.of(16, 0));

    /** One appointment to seed. */
    record Planned(UUID doctorId, int patientIndex, ZonedDateTime start, String reason) {
    }

    @Reference
    AppointmentsService appointments;

    @Reference
    PatientDirectory directory;

    private volatile Thread worker;

    @Activate
    void activate() {
        Thread t = new Thread(this::seedWhenReady, "hygie-demo-appointments");
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
            List<UUID> lastDoctors = null;
            List<UUID> lastPatients = null;
            for (int i = 0; i < WAIT_SECONDS && worker == Thread.currentThread(); i++) {
                List<AuthenticatedUser> doctors = appointments.doctorAccounts();
                List<UUID> patients = directory.demoPatients(PATIENTS);
                List<UUID> doctorIds = doctors.stream().map(AuthenticatedUser::userId).toList();
                // Both areas seed one row at a time: seed once what they seeded stopped changing.
                if (!doctors.isEmpty() && patients.size() >= MIN_PATIENTS && doctorIds.equals(lastDoctors)
                        && patients.equals(lastPatients)) {
                    seed(doctors, patients);
                    return;
                }
                lastDoctors = doctorIds;
                lastPatients = patients;
                Thread.sleep(1000);
            }
            LOG.warn("No doctors or demo patients after {} s: no demo appointments", WAIT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Demo data is a convenience: the server goes on without it.
            LOG.error("Could not seed the demo appointments", e);
        }
    }

    /** Books as each doctor (his own agenda), so through the same rules as he would. */
    void seed(List<AuthenticatedUser> doctors, List<UUID> patients) {
        ZoneId zone = appointments.zone;
        Instant now = appointments.clock.now();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<LocalDate> days = workingDays(today, DAYS);
        Instant from = days.get(0).atStartOfDay(zone).toInstant();
        Instant to = days.get(days.size() - 1).plusDays(1).atStartOfDay(zone).toInstant();
        int created = 0;
        List<AuthenticatedUser> sorted = doctors.stream().sorted((a, b) -> a.username().compareTo(b.username()))
                .toList();
        for (int d = 0; d < sorted.size(); d++) {
            AuthenticatedUser caller = sorted.get(d);
            UUID doctor = caller.userId();
            if (appointments.list(caller, doctor, null, from.toString(), to.toString(), 0, 1).total() > 0) {
                continue; // seeded already (or real bookings): leave this agenda alone
            }
            for (Planned p : plan(doctor, d, sorted.size(), days, zone)) {
                UUID patient = patients.get(p.patientIndex() % patients.size());
                try {
                    Appointment a = appointments.create(caller, new AppointmentInput(patient, doctor,
                            p.start().toOffsetDateTime(), p.start().plusMinutes(30).toOffsetDateTime(), p.reason()));
                    created++;
                    pastStatus(caller, a, now);
                } catch (HygieException e) {
                    // Changed working hours, a patient busy elsewhere: skip that one.
                    LOG.debug("Demo appointment skipped: {}", e.getMessage());
                }
            }
        }
        LOG.info("Seeded {} demo appointments", created);
    }

    private void pastStatus(AuthenticatedUser caller, Appointment a, Instant now) {
        if (!a.start().toInstant().isBefore(now)) {
            return;
        }
        if (a.end().toInstant().isBefore(now) && a.start().getHour() == 11) {
            appointments.changeStatus(caller, a.id(), new StatusChange(AppointmentStatus.NO_SHOW, null, a.version()));
            return;
        }
        Appointment checkedIn = appointments.changeStatus(caller, a.id(),
                new StatusChange(AppointmentStatus.CHECKED_IN, null, a.version()));
        if (a.end().toInstant().isBefore(now)) {
            appointments.changeStatus(caller, a.id(),
                    new StatusChange(AppointmentStatus.COMPLETED, null, checkedIn.version()));
        }
    }

    /** @return today when it is a weekday, and the next weekdays, {@code count} in all */
    static List<LocalDate> workingDays(LocalDate today, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = today; days.size() < count; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        return days;
    }

    /**
     * A doctor's plan: about two slots in three filled, differently per doctor and day. A patient
     * index is unique per day and slot across the {@code doctorCount} doctors, so no patient is
     * booked twice at once (as long as there are enough patients; a clash is skipped at booking).
     */
    static List<Planned> plan(UUID doctorId, int doctorIndex, int doctorCount, List<LocalDate> days, ZoneId zone) {
        List<String> reasons = List.of("Consultation de suivi", "Renouvellement d’ordonnance", "Douleurs lombaires",
                "Bilan annuel", "Résultats d’analyses", "Première consultation");
        List<Planned> plan = new ArrayList<>();
        for (int day = 0; day < days.size(); day++) {
            for (int slot = 0; slot < SLOTS.size(); slot++) {
                if ((slot + day + doctorIndex) % 3 == 2) {
                    continue; // a free slot
                }
                int patient = (day * SLOTS.size() + slot) * doctorCount + doctorIndex;
                plan.add(new Planned(doctorId, patient, days.get(day).atTime(SLOTS.get(slot)).atZone(zone),
                        reasons.get((slot + doctorIndex) % reasons.size())));
            }
        }
        return plan;
    }
}
