package org.hygie.appointments.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.hygie.platform.persistence.DatabaseClock;
import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.AppointmentInput;
import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.appointments.api.StatusChange;
import org.hygie.appointments.api.WorkingHours;
import org.hygie.appointments.api.WorkingPeriod;
import org.hygie.core.problem.FieldRules;
import org.hygie.core.problem.HygieException;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Role;
import org.hygie.patients.server.internal.PatientsOnDatabase;
import org.hygie.platform.testsupport.AtOnce;
import org.hygie.platform.testsupport.TestClock;
import org.hygie.platform.testsupport.TestDatabase;
import org.hygie.users.server.internal.UsersOnDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bookings on a real PostgreSQL, with the real doctors and patients of the users and patients
 * areas: what secretaries rely on, above all that nobody is double-booked whatever the
 * concurrency, which the database guarantees.
 */
class AppointmentsServiceDbTest {
    /** A Monday in the doctors' default working hours (08:00-18:00, Europe/Paris, UTC+1 in March). */
    private static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.of("users", "patients", "appointments");

    private static final TestClock CLOCK = TestClock.atNow();
    private static UsersOnDatabase users;
    private static PatientsOnDatabase patients;
    private static AppointmentsService service;
    private static AuthenticatedUser secretary;

    @BeforeAll
    static void start() {
        users = new UsersOnDatabase(DB.transactions("users"), CLOCK);
        patients = new PatientsOnDatabase(DB.transactions("patients"));
        service = new AppointmentsService();
        service.tx = DB.transactions("appointments");
        service.accounts = users.accounts();
        service.clock = DatabaseClock.of(CLOCK);
        secretary = users.create("sec." + suffix(), Role.SECRETARY);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static UUID doctor() {
        return users.create("dr." + suffix(), Role.DOCTOR).userId();
    }

    private static UUID patient() {
        // a first name is letters: the random hex digits become a to p
        String firstName = suffix().chars().mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16))))
                .collect(java.util.stream.Collectors.joining());
        return patients.create("Patient", firstName, LocalDate.of(1980, 1, 1));
    }

    /** @return Monday at that time in Paris */
    private static OffsetDateTime at(String time) {
        return OffsetDateTime.parse(MONDAY + "T" + time + "+01:00");
    }

    private static AppointmentInput input(UUID patient, UUID doctor, String start, String end) {
        return new AppointmentInput(patient, doctor, at(start), at(end), "Consultation");
    }

    private static Appointment book(UUID patient, UUID doctor, String start, String end) {
        return service.create(secretary, input(patient, doctor, start, end));
    }

    private static HygieException refused(Runnable call) {
        return catchThrowableOfType(call::run, HygieException.class);
    }

    private static long activeOf(String column, UUID id) {
        return DB.queryLong("SELECT count(*) FROM appointments_appointment WHERE " + column + " = '" + id
                + "' AND status IN ('SCHEDULED', 'CHECKED_IN')");
    }

    @Test
    void create_shouldBookAnAppointmentThatTheAgendaShows() {
        UUID doctor = doctor();
        UUID patient = patient();

        Appointment booked = book(patient, doctor, "09:00", "09:30");

        assertThat(booked.status()).isEqualTo(AppointmentStatus.SCHEDULED);
        assertThat(booked.start().toInstant()).isEqualTo(at("09:00").toInstant());
        assertThat(booked.timeZone()).isEqualTo("Europe/Paris");
        assertThat(service.get(secretary, booked.id())).isEqualTo(booked);
        assertThat(service.list(secretary, doctor, null, at("00:00").toString(), at("23:59").toString(), 0, 20).items())
                .containsExactly(booked);
    }

    @Test
    void create_shouldRefuseAllButOneOfManyBookingsOfTheSameDoctorAtOnce() throws Exception {
        UUID doctor = doctor();
        List<Callable<Appointment>> rivals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID patient = patient();
            // overlapping, not identical: 09:00-09:30, 09:05-09:35, ...
            String start = String.format("09:%02d", 5 * i);
            String end = String.format("09:%02d", 30 + 5 * i);
            rivals.add(() -> book(patient, doctor, start, end));
        }

        List<Object> outcomes = AtOnce.run(rivals);

        List<Appointment> booked = outcomes.stream().filter(Appointment.class::isInstance).map(Appointment.class::cast).toList();
        assertThat(booked).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !(o instanceof Appointment)).hasSize(5).allSatisfy(o -> {
            assertThat(o).isInstanceOf(HygieException.class);
            HygieException e = (HygieException) o;
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.properties()).containsEntry("conflictOn", "doctor")
                    .containsEntry("conflictingAppointmentId", booked.get(0).id().toString());
        });
        assertThat(activeOf("doctor_id", doctor)).isEqualTo(1);
    }

    @Test
    void create_shouldRefuseTwoDoctorsBookingTheSamePatientAtOnce() throws Exception {
        UUID patient = patient();
        UUID first = doctor();
        UUID second = doctor();

        List<Object> outcomes = AtOnce.run(List.of(() -> book(patient, first, "10:00", "10:30"),
                () -> book(patient, second, "10:15", "10:45")));

        assertThat(outcomes).filteredOn(Appointment.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(HygieException.class::isInstance).singleElement().satisfies(o -> {
            HygieException e = (HygieException) o;
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.properties()).containsEntry("conflictOn", "patient");
        });
        assertThat(activeOf("patient_id", patient)).isEqualTo(1);
    }

    @Test
    void create_shouldAcceptBackToBackAppointmentsAndTheSlotOfACancelledOne() {
        UUID doctor = doctor();
        Appointment first = book(patient(), doctor, "11:00", "11:30");
        book(patient(), doctor, "11:30", "12:00");

        service.changeStatus(secretary, first.id(), new StatusChange(AppointmentStatus.CANCELLED, "Patient ill", first.version()));
        Appointment again = book(patient(), doctor, "11:00", "11:30");

        assertThat(again.status()).isEqualTo(AppointmentStatus.SCHEDULED);
        assertThat(service.get(secretary, first.id()).statusReason()).isEqualTo("Patient ill");
        assertThat(activeOf("doctor_id", doctor)).isEqualTo(2);
    }

    @Test
    void create_shouldRefuseATimeOutsideTheDoctorsWorkingHoursAndAnUnknownPatient() {
        UUID doctor = doctor();

        HygieException evening = refused(() -> book(patient(), doctor, "18:30", "19:00"));
        HygieException nobody = refused(() -> book(UUID.randomUUID(), doctor, "09:00", "09:30"));

        assertThat(evening.status()).isEqualTo(422);
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(activeOf("doctor_id", doctor)).isZero();
    }

    @Test
    void changeStatus_shouldFollowScheduledCheckedInCompletedAndRefuseAnyOtherMoveWith409() {
        Appointment booked = book(patient(), doctor(), "14:00", "14:30");

        Appointment checkedIn = service.changeStatus(secretary, booked.id(), new StatusChange(AppointmentStatus.CHECKED_IN, null, booked.version()));
        Appointment completed = service.changeStatus(secretary, booked.id(), new StatusChange(AppointmentStatus.COMPLETED, null, checkedIn.version()));

        assertThat(checkedIn.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(completed.status()).isEqualTo(AppointmentStatus.COMPLETED);
        HygieException late = refused(() -> service.changeStatus(secretary, booked.id(),
                new StatusChange(AppointmentStatus.CANCELLED, "Too late", completed.version())));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.properties()).containsEntry("currentStatus", "COMPLETED");
        assertThat(service.get(secretary, booked.id()).status()).isEqualTo(AppointmentStatus.COMPLETED);
    }

    @Test
    void changeStatus_shouldWantAReasonToCancelAndANoShowOnlyOnceTheStartHasPassed() {
        UUID doctor = doctor();
        Appointment booked = book(patient(), doctor, "15:00", "15:30");

        // The reason a cancellation needs is a field rule of the input, which the REST layer checks
        // before the service runs.
        assertThat(FieldRules.check(new StatusChange(AppointmentStatus.CANCELLED, " ", 0L)))
                .extracting(e -> e.field() + ":" + e.code()).containsExactly("reason:required");
        assertThat(refused(() -> service.changeStatus(secretary, booked.id(),
                new StatusChange(AppointmentStatus.NO_SHOW, null, booked.version()))).status()).isEqualTo(409);

        CLOCK.advance(Duration.between(CLOCK.instant(), at("15:10").toInstant()));
        try {
            Appointment noShow = service.changeStatus(secretary, booked.id(),
                    new StatusChange(AppointmentStatus.NO_SHOW, null, booked.version()));

            assertThat(noShow.status()).isEqualTo(AppointmentStatus.NO_SHOW);
            // a no-show frees the slot
            assertThat(book(patient(), doctor, "15:00", "15:30").status()).isEqualTo(AppointmentStatus.SCHEDULED);
        } finally {
            CLOCK.advance(Duration.between(CLOCK.instant(), java.time.Instant.now()));
        }
    }

    @Test
    void update_shouldRescheduleWithTheVersionReadAndRefuseAStaleOneWith409() {
        UUID doctor = doctor();
        UUID patient = patient();
        Appointment booked = book(patient, doctor, "16:00", "16:30");

        Appointment moved = service.update(secretary, booked.id(),
                new AppointmentInput(patient, doctor, at("16:30"), at("17:00"), "Moved", booked.version()));
        HygieException stale = refused(() -> service.update(secretary, booked.id(),
                new AppointmentInput(patient, doctor, at("17:00"), at("17:30"), "Overwrite", booked.version())));

        assertThat(moved.version()).isGreaterThan(booked.version());
        assertThat(moved.start()).isEqualTo(at("16:30"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.properties()).containsEntry("currentVersion", moved.version());
        assertThat(service.get(secretary, booked.id())).isEqualTo(moved);
    }

    @Test
    void update_shouldRefuseMovingOntoAnotherAppointmentWith409NamingIt() {
        UUID doctor = doctor();
        Appointment taken = book(patient(), doctor, "08:00", "08:30");
        Appointment mine = book(patient(), doctor, "08:30", "09:00");

        HygieException e = refused(() -> service.update(secretary, mine.id(),
                new AppointmentInput(mine.patientId(), doctor, at("08:15"), at("08:45"), null, mine.version())));

        assertThat(e.status()).isEqualTo(409);
        assertThat(e.properties()).containsEntry("conflictingAppointmentId", taken.id().toString());
        assertThat(service.get(secretary, mine.id())).isEqualTo(mine);
    }

    @Test
    void everyChange_shouldRequireTheVersionReadAndRefuseAStaleOne() {
        UUID doctor = doctor();
        Appointment booked = book(patient(), doctor, "10:00", "10:20");

        assertThat(refused(() -> service.update(secretary, booked.id(), input(booked.patientId(), doctor, "10:30",
                "10:50"))).errors()).extracting(e -> e.field() + ":" + e.code()).containsExactly("version:required");
        assertThat(refused(() -> service.changeStatus(secretary, booked.id(),
                new StatusChange(AppointmentStatus.CHECKED_IN, null))).status()).isEqualTo(422);
        service.changeStatus(secretary, booked.id(), new StatusChange(AppointmentStatus.CHECKED_IN, null, booked.version()));
        HygieException stale = refused(() -> service.changeStatus(secretary, booked.id(),
                new StatusChange(AppointmentStatus.COMPLETED, null, booked.version())));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.properties()).containsEntry("currentVersion", booked.version() + 1);

        WorkingHours hours = service.workingHours(doctor);
        assertThat(hours.version()).isZero();
        WorkingHours monday = new WorkingHours(null, List.of(new WorkingPeriod(java.time.DayOfWeek.MONDAY,
                java.time.LocalTime.of(8, 0), java.time.LocalTime.of(12, 0))), hours.version());
        AuthenticatedUser admin = users.create("adm." + suffix(), Role.ADMIN);
        assertThat(service.setWorkingHours(admin, doctor, monday).version()).isEqualTo(1);
        assertThat(refused(() -> service.setWorkingHours(admin, doctor, monday)).status()).isEqualTo(409);
        assertThat(service.workingHours(doctor).version()).isEqualTo(1);
    }

    @Test
    void create_shouldRefuseAStartBeforeTodayOrBeyondFiveYears() {
        UUID doctor = doctor();
        UUID patient = patient();
        java.time.ZonedDateTime now = CLOCK.instant().atZone(java.time.ZoneId.of("Europe/Paris"));
        OffsetDateTime yesterday = now.minusDays(1).withHour(9).withMinute(0).toOffsetDateTime();
        OffsetDateTime farAway = now.plusYears(5).plusDays(1).withHour(9).withMinute(0).toOffsetDateTime();

        assertThat(refused(() -> service.create(secretary, new AppointmentInput(patient, doctor, yesterday,
                yesterday.plusMinutes(20), null))).errors()).extracting(e -> e.field() + ":" + e.code())
                .containsExactly("start:in_past");
        assertThat(refused(() -> service.create(secretary, new AppointmentInput(patient, doctor, farAway,
                farAway.plusMinutes(20), null))).errors()).extracting(e -> e.field() + ":" + e.code())
                .containsExactly("start:too_far");
    }
}
