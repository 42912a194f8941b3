package org.hygie.appointments.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An appointment. Times are instants shown with the offset of the hospital's time zone
 * ({@link #timeZone}).
 *
 * @param statusReason why it was cancelled, or null
 */
public record Appointment(UUID id, UUID patientId, UUID doctorId, OffsetDateTime start, OffsetDateTime end,
        String reason, AppointmentStatus status, String statusReason, String timeZone) {
}
