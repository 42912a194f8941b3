package org.hygie.appointments.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A move in the status workflow: SCHEDULED → CHECKED_IN → COMPLETED; SCHEDULED → CANCELLED
 * ({@code reason} required) or NO_SHOW (once the start has passed). Field error codes:
 * {@code status} {@code required}; {@code reason} {@code required} for a cancellation,
 * {@code too_long} (over 500 characters).
 */
@AppointmentRules.CancellationReason
public record StatusChange(@NotNull AppointmentStatus status, @Size(max = 500) String reason) {
}
