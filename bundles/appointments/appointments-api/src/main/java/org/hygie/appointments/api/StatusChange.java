package org.hygie.appointments.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A move in the status workflow: SCHEDULED → CHECKED_IN → COMPLETED; SCHEDULED → CANCELLED
 * ({@code reason} required) or NO_SHOW (once the start has passed). Field error codes:
 * {@code status} {@code required}; {@code reason} {@code required} for a cancellation,
 * {@code too_long} (over 500 characters); {@code version} {@code required}.
 *
 * @param version the {@link Appointment#version()} the client read: the move is refused (409,
 *        {@code currentVersion} in the problem) when someone changed the appointment since
 */
@AppointmentRules.CancellationReason
public record StatusChange(@NotNull AppointmentStatus status, @Size(max = 500) String reason, @NotNull Long version) {
    /** A move without a version (the constructor of version 1.1 of this package): refused with 422. */
    public StatusChange(AppointmentStatus status, String reason) {
        this(status, reason, null);
    }
}
