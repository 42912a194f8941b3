package org.hygie.appointments.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The first time a doctor can be booked for a given length, inside his working hours and clear of
 * his active appointments ({@link AppointmentsApi#freeSlot}).
 *
 * @param start ISO-8601 with the offset of the hospital's time zone ({@link #timeZone})
 * @param end {@code start} plus the length asked
 */
public record FreeSlot(UUID doctorId, OffsetDateTime start, OffsetDateTime end, String timeZone) {
}
