package org.hygie.appointments.api;

import java.util.UUID;

/** A doctor that can be booked: an active account with the DOCTOR role. */
public record Doctor(UUID id, String username, String displayName) {
}
