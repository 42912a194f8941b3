package org.hygie.appointments.server.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.platform.persistence.AuditStamp;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of {@code appointments_appointment}; never leaves this bundle (mapped to DTOs). */
@Entity
@Table(name = "appointments_appointment")
public class AppointmentEntity {
    @Id
    private UUID id;
    @Column(name = "patient_id", nullable = false)
    private UUID patientId;
    @Column(name = "doctor_id", nullable = false)
    private UUID doctorId;
    @Column(name = "start_at", nullable = false)
    private Instant start;
    @Column(name = "end_at", nullable = false)
    private Instant end;
    @Column(name = "reason")
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AppointmentStatus status;
    @Column(name = "status_reason")
    private String statusReason;
    @Embedded
    private AuditStamp audit;
    /** Raised by Hibernate on every change. */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AppointmentEntity() {
        // for Hibernate
    }

    AppointmentEntity(UUID id, Instant now, AuthenticatedUser by) {
        this.id = id;
        this.status = AppointmentStatus.SCHEDULED;
        this.audit = AuditStamp.created(now, by);
    }

    void schedule(UUID patientId, UUID doctorId, Instant start, Instant end, String reason) {
        this.patientId = patientId;
        this.doctorId = doctorId;
        this.start = start;
        this.end = end;
        this.reason = reason;
    }

    void moveTo(AppointmentStatus status, String statusReason) {
        this.status = status;
        this.statusReason = statusReason;
    }

    void touch(Instant now, AuthenticatedUser by) {
        audit.touch(now, by);
    }

    UUID id() {
        return id;
    }

    UUID doctorId() {
        return doctorId;
    }

    UUID patientId() {
        return patientId;
    }

    Instant start() {
        return start;
    }

    AppointmentStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    Appointment toAppointment(ZoneId zone) {
        return new Appointment(id, patientId, doctorId, start.atZone(zone).toOffsetDateTime(),
                end.atZone(zone).toOffsetDateTime(), reason, status, statusReason, zone.getId(), version);
    }
}
