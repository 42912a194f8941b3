package org.hygie.appointments.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An appointment. Times are instants shown with the offset of the hospital's time zone
 * ({@link #timeZone}).
 *
 * @param statusReason why it was cancelled, or null
 * @param version the optimistic-lock version, raised by every change: send it back in
 *        {@link AppointmentInput#version()} so that a reschedule never overwrites another one
 */
public record Appointment(UUID id, UUID patientId, UUID doctorId, OffsetDateTime start, OffsetDateTime end,
        String reason, AppointmentStatus status, String statusReason, String timeZone, long version) {

    /** An appointment of version 0 (the constructor of version 1.0 of this package). */
    public Appointment(UUID id, UUID patientId, UUID doctorId, OffsetDateTime start, OffsetDateTime end,
            String reason, AppointmentStatus status, String statusReason, String timeZone) {
        this(id, patientId, doctorId, start, end, reason, status, statusReason, timeZone, 0);
    }
}
