package org.hygie.appointments.server.internal;

import java.sql.SQLException;
import java.sql.Time;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.AppointmentInput;
import org.hygie.appointments.api.AppointmentRules;
import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.appointments.api.AppointmentsApi;
import org.hygie.appointments.api.Doctor;
import org.hygie.appointments.api.DoctorHours;
import org.hygie.appointments.api.FreeSlot;
import org.hygie.appointments.api.StatusChange;
import org.hygie.appointments.api.WorkingHours;
import org.hygie.appointments.api.WorkingPeriod;
import org.hygie.core.paging.Page;
import org.hygie.core.paging.PageRequest;
import org.hygie.core.problem.Checks;
import org.hygie.core.problem.HygieException;
import org.hygie.core.problem.SqlFailures;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Permissions;
import org.hygie.core.security.Role;
import org.hygie.platform.persistence.DatabaseClock;
import org.hygie.platform.persistence.Transactions;
import org.hygie.users.api.accounts.UserAccounts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

/**
 * The appointments area's rules over its tables. Permissions are checked before, from the
 * contract's annotations; whose agenda the caller may touch is checked here ({@link Access}).
 * No double booking is left to PostgreSQL's exclusion constraints, which hold under any
 * concurrency; this class only translates their refusal into a 409 naming the other appointment.
 */
@Component(service = AppointmentsService.class, configurationPid = AppointmentsConfig.PID)
@Designate(ocd = AppointmentsConfig.class)
public class AppointmentsService {
    private static final Logger LOG = LoggerFactory.getLogger(AppointmentsService.class);
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");
    static final String DOCTOR_OVERLAP = "appointments_doctor_overlap_ex";
    /** The two key spaces of the advisory locks that queue the bookings of a doctor, of a patient. */
    private static final int DOCTOR_LOCKS = 0x48_59_44;
    private static final int PATIENT_LOCKS = 0x48_59_50;
    static final String PATIENT_OVERLAP = "appointments_patient_overlap_ex";
    private static final List<AppointmentStatus> ACTIVE = List.of(AppointmentStatus.SCHEDULED,
            AppointmentStatus.CHECKED_IN);

    @Reference(target = "(" + Transactions.UNIT_PROPERTY + "=appointments)")
    Transactions tx;

    @Reference
    UserAccounts accounts;

    DatabaseClock clock = DatabaseClock.systemUTC();

    volatile ZoneId zone = DEFAULT_ZONE;

    @Activate
    @Modified
    void configure(AppointmentsConfig config) {
        zone = zone(config.timeZone());
    }

    /** A wrong zone must not stop agendas: fall back to the default, loudly. */
    static ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? DEFAULT_ZONE : ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            LOG.error("Unknown time zone '{}' in {}: using {}", id, AppointmentsConfig.PID, DEFAULT_ZONE);
            return DEFAULT_ZONE;
        }
    }

    // ---------------------------------------------------------------- doctors and working hours

    /** @return the doctors that can be booked: the active accounts with the DOCTOR role, by name */
    public List<Doctor> doctors() {
        return doctorAccounts().stream().map(u -> new Doctor(u.userId(), u.username(), u.displayName())).toList();
    }

    /** The accounts of {@link #doctors()}, for the demo seeder, which books as each doctor. */
    List<AuthenticatedUser> doctorAccounts() {
        return accounts.activeWithRole(Role.DOCTOR);
    }

    /** @throws HygieException 404 when no active doctor has this id */
    public WorkingHours workingHours(UUID doctorId) {
        requireDoctor(doctorId);
        String z = zone.getId();
        return tx.readOnly(em -> new WorkingHours(z, periods(em, doctorId), hoursVersion(em, doctorId)));
    }

    /** @return every active doctor with his working hours, by name, read in one transaction */
    public List<DoctorHours> allWorkingHours() {
        List<Doctor> doctors = doctors();
        String z = zone.getId();
        Map<UUID, WorkingHours> edited = tx.readOnly(em -> editedHours(em, z));
        return doctors.stream().map(d -> new DoctorHours(d, edited.getOrDefault(d.id(),
                new WorkingHours(z, WorkingHoursRules.DEFAULT, 0L)))).toList();
    }

    /**
     * @throws HygieException 403 unless any doctor's or his own, 404, 422 for invalid periods, 409
     *         when the hours changed since the version the client read
     */
    public WorkingHours setWorkingHours(AuthenticatedUser caller, UUID doctorId, WorkingHours hours) {
        Access.requireEditHours(caller, doctorId);
        requireDoctor(doctorId);
        new Checks().required("version", hours.version()).throwIfAny();
        List<WorkingPeriod> periods = hours.periods().stream().sorted(WorkingHoursRules.ORDER).toList();
        Instant now = now();
        long version = tx.inTransaction(em -> {
            // Behind the doctor's other writes: two changes of his hours compare their versions in turn.
            lock(em, DOCTOR_LOCKS, doctorId);
            long current = hoursVersion(em, doctorId);
            if (current != hours.version()) {
                throw HygieException.conflict("These working hours were changed by someone else since version "
                        + hours.version() + "; reload them and edit again", Map.of("currentVersion", current));
            }
            em.createNativeQuery("DELETE FROM appointments_working_period WHERE doctor_id = ?1")
                    .setParameter(1, doctorId).executeUpdate();
            em.createNativeQuery("INSERT INTO appointments_hours_set (doctor_id, updated_at, updated_by, version) "
                    + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (doctor_id) DO UPDATE SET updated_at = EXCLUDED.updated_at, "
                    + "updated_by = EXCLUDED.updated_by, version = EXCLUDED.version").setParameter(1, doctorId)
                    .setParameter(2, now).setParameter(3, caller.recordedId()).setParameter(4, current + 1)
                    .executeUpdate();
            for (WorkingPeriod p : periods) {
                em.createNativeQuery("INSERT INTO appointments_working_period (doctor_id, day_of_week, start_time, "
                        + "end_time) VALUES (?1, ?2, ?3, ?4)").setParameter(1, doctorId)
                        .setParameter(2, (short) p.day().getValue()).setParameter(3, Time.valueOf(p.start()))
                        .setParameter(4, Time.valueOf(p.end())).executeUpdate();
            }
            return current + 1;
        });
        return new WorkingHours(zone.getId(), periods, version);
    }

    /** @return the version of the doctor's hours, 0 while they are the default */
    private static long hoursVersion(EntityManager em, UUID doctorId) {
        List<?> rows = em.createNativeQuery("SELECT version FROM appointments_hours_set WHERE doctor_id = ?1")
                .setParameter(1, doctorId).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    private static List<WorkingPeriod> periods(EntityManager em, UUID doctorId) {
        boolean edited = !em.createNativeQuery("SELECT 1 FROM appointments_hours_set WHERE doctor_id = ?1")
                .setParameter(1, doctorId).getResultList().isEmpty();
        if (!edited) {
            return WorkingHoursRules.DEFAULT;
        }
        List<?> rows = em.createNativeQuery("SELECT day_of_week, start_time, end_time FROM appointments_working_period "
                + "WHERE doctor_id = ?1 ORDER BY day_of_week, start_time").setParameter(1, doctorId).getResultList();
        List<WorkingPeriod> periods = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            periods.add(new WorkingPeriod(DayOfWeek.of(((Number) r[0]).intValue()), toLocalTime(r[1]),
                    toLocalTime(r[2])));
        }
        return periods;
    }

    /** The hours of every doctor whose hours were edited (a doctor has at most 56 periods). */
    private static Map<UUID, WorkingHours> editedHours(EntityManager em, String zone) {
        Map<UUID, List<WorkingPeriod>> periods = new HashMap<>();
        Map<UUID, Long> versions = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT doctor_id, version FROM appointments_hours_set").getResultList()) {
            Object[] r = (Object[]) row;
            periods.put(uuid(r[0]), new ArrayList<>());
            versions.put(uuid(r[0]), ((Number) r[1]).longValue());
        }
        List<?> rows = em.createNativeQuery("SELECT doctor_id, day_of_week, start_time, end_time "
                + "FROM appointments_working_period ORDER BY doctor_id, day_of_week, start_time").getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            List<WorkingPeriod> own = periods.get(uuid(r[0]));
            if (own != null) {
                own.add(new WorkingPeriod(DayOfWeek.of(((Number) r[1]).intValue()), toLocalTime(r[2]),
                        toLocalTime(r[3])));
            }
        }
        Map<UUID, WorkingHours> hours = new HashMap<>();
        periods.forEach((doctor, own) -> hours.put(doctor, new WorkingHours(zone, own, versions.get(doctor))));
        return hours;
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(String.valueOf(value));
    }

    private static java.time.LocalTime toLocalTime(Object value) {
        return value instanceof Time t ? t.toLocalTime() : (java.time.LocalTime) value;
    }

    private AuthenticatedUser requireDoctor(UUID doctorId) {
        return activeDoctor(doctorId).orElseThrow(() -> HygieException.notFound("No active doctor " + doctorId));
    }

    private Optional<AuthenticatedUser> activeDoctor(UUID doctorId) {
        return accounts.findActive(doctorId).filter(u -> u.role() == Role.DOCTOR);
    }

    // ---------------------------------------------------------------- appointments

    /** @throws HygieException 403 when a doctor asks for another's agenda, 422 for bad parameters */
    public Page<Appointment> list(AuthenticatedUser caller, UUID doctorId, UUID patientId, String from, String to,
            Integer page, Integer size) {
        Checks checks = new Checks();
        Instant fromInstant = instant(checks, "from", from);
        Instant toInstant = instant(checks, "to", to);
        checks.throwIfAny();
        PageRequest request = PageRequest.of(page, size);
        UUID doctor = doctorId;
        if (!caller.can(Permissions.APPOINTMENTS_ANY_AGENDA)) {
            doctor = doctorId == null ? caller.userId() : doctorId; // his own agenda only
        }
        if (doctor != null) {
            Access.requireAgenda(caller, doctor);
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (doctor != null) {
            where.append(" AND a.doctorId = :doctor");
            params.put("doctor", doctor);
        }
        if (patientId != null) {
            where.append(" AND a.patientId = :patient");
            params.put("patient", patientId);
        }
        if (fromInstant != null) {
            where.append(" AND a.end > :from");
            params.put("from", fromInstant);
        }
        if (toInstant != null) {
            where.append(" AND a.start < :to");
            params.put("to", toInstant);
        }
        ZoneId z = zone;
        return tx.readOnly(em -> {
            TypedQuery<Long> count = em.createQuery("SELECT count(a) FROM AppointmentEntity a" + where, Long.class);
            TypedQuery<AppointmentEntity> query = em.createQuery(
                    "SELECT a FROM AppointmentEntity a" + where + " ORDER BY a.start, a.id", AppointmentEntity.class);
            params.forEach((k, v) -> {
                count.setParameter(k, v);
                query.setParameter(k, v);
            });
            List<Appointment> items = query.setFirstResult(request.offset()).setMaxResults(request.size())
                    .getResultList().stream().map(a -> a.toAppointment(z)).toList();
            return new Page<>(items, count.getSingleResult(), request.page(), request.size());
        });
    }

    /** @return the instant, or null when absent or refused (ill-written, or beyond the reach of a range) */
    private Instant instant(Checks checks, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            checks.reject(field, "invalid", field + " must be ISO-8601 with an offset, like 2030-01-07T09:00:00+01:00");
            return null;
        }
        LocalDate today = LocalDate.ofInstant(now(), zone);
        LocalDate earliest = today.minus(AppointmentRules.MAX_RANGE_REACH);
        LocalDate latest = today.plus(AppointmentRules.MAX_RANGE_REACH);
        if (instant.isBefore(earliest.atStartOfDay(zone).toInstant()) || instant.isAfter(latest.atStartOfDay(zone).toInstant())) {
            checks.reject(field, "out_of_range", field + " must be between " + earliest + " and " + latest);
            return null;
        }
        return instant;
    }

    /**
     * The first free slot of a doctor ({@link org.hygie.appointments.api.AppointmentsApi#freeSlot}):
     * his hours and his active appointments over the whole window, read in one transaction.
     *
     * @throws HygieException 422 for bad parameters or an unknown doctor, 403 for another doctor's
     *         agenda without the permission over every one, 404 when nothing is free in the window
     */
    public FreeSlot freeSlot(AuthenticatedUser caller, UUID doctorId, Integer length, String from) {
        Checks checks = new Checks();
        UUID doctor = doctorId == null && !caller.can(Permissions.APPOINTMENTS_ANY_AGENDA) ? caller.userId() : doctorId;
        checks.required("doctorId", doctor);
        checks.required("length", length);
        if (length != null) {
            checks.require(length >= AppointmentsApi.SHORTEST_MINUTES, "length", "too_short",
                    "An appointment lasts at least " + AppointmentsApi.SHORTEST_MINUTES + " minutes");
            checks.require(length <= AppointmentsApi.LONGEST_MINUTES, "length", "too_long",
                    "An appointment lasts at most " + AppointmentsApi.LONGEST_MINUTES + " minutes");
        }
        Instant fromInstant = instant(checks, "from", from);
        checks.throwIfAny();
        if (activeDoctor(doctor).isEmpty()) {
            checks.reject("doctorId", "unknown_doctor", "No active doctor " + doctor).throwIfAny();
        }
        Access.requireAgenda(caller, doctor);
        Instant start = fromInstant == null ? now() : fromInstant;
        ZoneId z = zone;
        Instant windowEnd = start.atZone(z).toLocalDate().plusDays(AppointmentsApi.FREE_SLOT_DAYS + 1L).atStartOfDay(z)
                .toInstant();
        Optional<Instant> found = tx.readOnly(em -> {
            List<WorkingPeriod> periods = periods(em, doctor);
            List<FreeSlots.Busy> busy = em.createQuery("SELECT a.start, a.end FROM AppointmentEntity a WHERE "
                    + "a.doctorId = :doctor AND a.status IN :active AND a.end > :from AND a.start < :to", Object[].class)
                    .setParameter("doctor", doctor).setParameter("active", ACTIVE).setParameter("from", start)
                    .setParameter("to", windowEnd).getResultList().stream()
                    .map(r -> new FreeSlots.Busy((Instant) r[0], (Instant) r[1])).toList();
            return FreeSlots.first(periods, busy, start, Duration.ofMinutes(length), z,
                    AppointmentsApi.FREE_SLOT_DAYS);
        });
        Instant slot = found.orElseThrow(() -> HygieException.notFound("No free slot of " + length
                + " minutes for this doctor in the next " + AppointmentsApi.FREE_SLOT_DAYS + " days"));
        return new FreeSlot(doctor, slot.atZone(z).toOffsetDateTime(),
                slot.plus(Duration.ofMinutes(length)).atZone(z).toOffsetDateTime(), z.getId());
    }

    /**
     * Books an appointment.
     *
     * @throws HygieException 422 for invalid fields, an unknown doctor or patient, a time outside
     *         working hours; 403 when a doctor books for another; 409 on an overlap
     */
    public Appointment create(AuthenticatedUser caller, AppointmentInput input) {
        Slot slot = validate(caller, input);
        UUID id = UUID.randomUUID();
        Instant now = now();
        return translating(slot, id, () -> tx.inTransaction(em -> {
            queue(em, input.doctorId(), input.patientId());
            AppointmentEntity entity = new AppointmentEntity(id, now, caller);
            entity.schedule(input.patientId(), input.doctorId(), slot.start(), slot.end(),
                    blankToNull(input.reason()));
            em.persist(entity);
            em.flush();
            return entity.toAppointment(zone);
        }));
    }

    /** @throws HygieException 404 when unknown, 403 when a doctor asks for another's */
    public Appointment get(AuthenticatedUser caller, UUID id) {
        AppointmentEntity entity = tx.readOnly(em -> find(em, id, false));
        Access.requireAgenda(caller, entity.doctorId());
        return entity.toAppointment(zone);
    }

    /**
     * Reschedules (time, doctor, patient) or changes the reason of a SCHEDULED appointment.
     *
     * @throws HygieException as {@link #create}, plus 404 and 409 when no longer SCHEDULED
     */
    public Appointment update(AuthenticatedUser caller, UUID id, AppointmentInput input) {
        // The fields are checked by the REST layer; the version is what a reschedule adds to a booking.
        new Checks().required("version", input.version()).throwIfAny();
        Slot slot = validate(caller, input);
        Instant now = now();
        return translating(slot, id, () -> tx.inTransaction(em -> {
            queue(em, input.doctorId(), input.patientId());
            AppointmentEntity entity = find(em, id, true);
            Access.requireAgenda(caller, entity.doctorId());
            if (entity.status() != AppointmentStatus.SCHEDULED) {
                throw HygieException.conflict("Only a scheduled appointment can be changed; this one is "
                        + entity.status(), Map.of("currentStatus", entity.status().name()));
            }
            // The row is locked: the version read here is the last committed one.
            if (input.version() != entity.version()) {
                throw HygieException.conflict("This appointment was changed by someone else since version "
                        + input.version() + "; reload it and reschedule again", Map.of("currentVersion", entity.version()));
            }
            entity.schedule(input.patientId(), input.doctorId(), slot.start(), slot.end(),
                    blankToNull(input.reason()));
            entity.touch(now, caller);
            em.flush();
            return entity.toAppointment(zone);
        }));
    }

    /**
     * @throws HygieException 404, 403, 422 (missing status, version or cancellation reason), 409 (not
     *         allowed, or changed since the version the client read)
     */
    public Appointment changeStatus(AuthenticatedUser caller, UUID id, StatusChange change) {
        new Checks().required("version", change.version()).throwIfAny();
        Instant now = now();
        return tx.inTransaction(em -> {
            // Locked: two concurrent moves (check-in and cancel) must not both pass the check.
            AppointmentEntity entity = find(em, id, true);
            Access.requireAgenda(caller, entity.doctorId());
            if (change.version() != entity.version()) {
                throw HygieException.conflict("This appointment was changed by someone else since version "
                        + change.version() + "; reload it and try again", Map.of("currentVersion", entity.version()));
            }
            StatusMachine.check(entity.status(), change, entity.start(), clock.instant());
            entity.moveTo(change.status(), blankToNull(change.reason()));
            entity.touch(now, caller);
            em.flush();
            return entity.toAppointment(zone);
        });
    }

    /**
     * Queues this write behind the other bookings of the same doctor and of the same patient, with
     * transaction-scoped advisory locks (the doctor's first, then the patient's: one order for all,
     * so they cannot deadlock). Without them, two concurrent inserts over the same time each check
     * the exclusion constraint against the other's uncommitted row, wait for each other, and
     * PostgreSQL breaks the deadlock only after {@code deadlock_timeout}; with many bookings of one
     * slot at once, those seconds add up. The exclusion constraints still make the guarantee.
     */
    private static void queue(EntityManager em, UUID doctorId, UUID patientId) {
        lock(em, DOCTOR_LOCKS, doctorId);
        lock(em, PATIENT_LOCKS, patientId);
    }

    private static void lock(EntityManager em, int kind, UUID id) {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1, hashtext(?2))").setParameter(1, kind)
                .setParameter(2, id.toString()).getSingleResult();
    }

    /** The instants of a valid booking. */
    record Slot(UUID doctorId, UUID patientId, Instant start, Instant end) {
    }

    private Slot validate(AuthenticatedUser caller, AppointmentInput input) {
        Checks checks = new Checks();
        Optional<AuthenticatedUser> doctor = activeDoctor(input.doctorId());
        if (doctor.isEmpty()) {
            checks.reject("doctorId", "unknown_doctor", "No active doctor " + input.doctorId()).throwIfAny();
        }
        Access.requireAgenda(caller, input.doctorId());
        Instant start = input.start().toInstant();
        Instant end = input.end().toInstant();
        requireWithinWindow(start);
        ZoneId z = zone;
        List<WorkingPeriod> periods = tx.readOnly(em -> periods(em, input.doctorId()));
        if (!WorkingHoursRules.fits(periods, start, end, z)) {
            checks.reject("start", "outside_working_hours", "The appointment is outside the doctor's working hours ("
                    + z.getId() + ")").throwIfAny();
        }
        return new Slot(input.doctorId(), input.patientId(), start, end);
    }

    /**
     * An appointment starts today at the earliest (in the hospital's zone: the morning's visit of a
     * walk-in patient may be recorded in the afternoon, a visit of yesterday may not be booked), and
     * at most {@link AppointmentRules#MAX_AHEAD} ahead: nobody plans further, and a year 0001 or
     * 999999999 is a typing error or an attack, never an appointment.
     */
    private void requireWithinWindow(Instant start) {
        LocalDate today = LocalDate.ofInstant(now(), zone);
        Instant earliest = today.atStartOfDay(zone).toInstant();
        LocalDate latest = today.plus(AppointmentRules.MAX_AHEAD);
        new Checks()
                .require(!start.isBefore(earliest), "start", "in_past", "An appointment cannot start before today ("
                        + today + ")")
                .require(start.isBefore(latest.plusDays(1).atStartOfDay(zone).toInstant()), "start", "too_far",
                        "An appointment cannot start after " + latest)
                .throwIfAny();
    }

    /**
     * Runs a write, translating what PostgreSQL refused: an exclusion violation into a 409 naming
     * the appointment in the way, a foreign key violation into a 422.
     */
    private Appointment translating(Slot slot, UUID self, Supplier<Appointment> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            SQLException sql = SqlFailures.find(e);
            if (sql == null) {
                throw e;
            }
            String message = String.valueOf(sql.getMessage());
            if (SqlFailures.EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                boolean onDoctor = message.contains(DOCTOR_OVERLAP);
                // The other booking committed before ours failed, so it is there to be named (unless it
                // was cancelled meanwhile, when there is no longer anything to name).
                Optional<UUID> other = tx.readOnly(em -> conflicting(em, slot, self, onDoctor));
                Map<String, Object> properties = new HashMap<>();
                properties.put("conflictOn", onDoctor ? "doctor" : "patient");
                other.ifPresent(o -> properties.put("conflictingAppointmentId", o.toString()));
                throw HygieException.conflict((onDoctor ? "The doctor" : "The patient")
                        + " already has an appointment at that time" + other.map(o -> " (" + o + ")").orElse(""),
                        properties);
            }
            if (SqlFailures.FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                if (message.contains("appointments_patient_fk")) {
                    throw HygieException.validation(List.of(new org.hygie.core.problem.FieldError("patientId",
                            "unknown_patient", "No patient " + slot.patientId())));
                }
                throw HygieException.validation(List.of(new org.hygie.core.problem.FieldError("doctorId",
                        "unknown_doctor", "No doctor " + slot.doctorId())));
            }
            throw e;
        }
    }

    private static Optional<UUID> conflicting(EntityManager em, Slot slot, UUID self, boolean onDoctor) {
        String who = onDoctor ? "a.doctorId" : "a.patientId";
        return em.createQuery("SELECT a.id FROM AppointmentEntity a WHERE " + who + " = :who AND a.id <> :self "
                + "AND a.status IN :active AND a.start < :end AND a.end > :start ORDER BY a.start", UUID.class)
                .setParameter("who", onDoctor ? slot.doctorId() : slot.patientId()).setParameter("self", self)
                .setParameter("active", ACTIVE).setParameter("start", slot.start()).setParameter("end", slot.end())
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    private static AppointmentEntity find(EntityManager em, UUID id, boolean lock) {
        AppointmentEntity entity = id == null ? null
                : lock ? em.find(AppointmentEntity.class, id, LockModeType.PESSIMISTIC_WRITE)
                        : em.find(AppointmentEntity.class, id);
        if (entity == null) {
            throw HygieException.notFound("No appointment " + id);
        }
        return entity;
    }

    private Instant now() {
        return clock.now();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
