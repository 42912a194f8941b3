package org.hygie.appointments.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A booking or a reschedule. Its start may not be before today (in the hospital's time zone; a
 * visit of the morning may still be recorded) nor more than {@link AppointmentRules#MAX_AHEAD}
 * ahead. Field error codes: {@code required}, {@code end_before_start},
 * {@code too_short} (under 5 minutes), {@code too_long} (over 8 hours; for {@code reason}, over
 * 500 characters), {@code outside_working_hours}, {@code unknown_doctor}, {@code unknown_patient}; on {@code start},
 * {@code in_past} and {@code too_far}.
 *
 * @param start ISO-8601 with an offset ({@code 2030-01-07T09:00:00+01:00})
 * @param end ISO-8601 with an offset, after {@code start}
 * @param reason why the patient comes, or null
 * @param version on a reschedule, the {@link Appointment#version()} the client read (422
 *        {@code required} without it): the change is refused (409, {@code currentVersion} in the
 *        problem) when the appointment changed since; ignored on a booking
 */
@AppointmentRules.Length
public record AppointmentInput(@NotNull UUID patientId, @NotNull UUID doctorId, @NotNull OffsetDateTime start,
        @NotNull OffsetDateTime end, @Size(max = 500) String reason, Long version) {

    /** A booking (the constructor of version 1.0 of this package); a reschedule needs the version. */
    public AppointmentInput(UUID patientId, UUID doctorId, OffsetDateTime start, OffsetDateTime end, String reason) {
        this(patientId, doctorId, start, end, reason, null);
    }
}
