package org.hygie.appointments.api;

/**
 * A move in the status workflow: SCHEDULED → CHECKED_IN → COMPLETED; SCHEDULED → CANCELLED
 * ({@code reason} required) or NO_SHOW (once the start has passed).
 */
public record StatusChange(AppointmentStatus status, String reason) {
}
