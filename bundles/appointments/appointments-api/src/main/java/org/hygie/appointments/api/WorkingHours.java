package org.hygie.appointments.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A doctor's weekly working hours (by default Monday to Friday, 08:00 to 18:00). Periods of a same
 * day must not overlap. Field error codes: {@code periods} {@code required} (an empty list: never
 * booked); {@code periods[i]} {@code required} (a period without day, start or end),
 * {@code end_before_start}, {@code overlap} (with another period of the same day).
 *
 * @param timeZone the hospital's time zone the periods are read in (ignored on input)
 */
@AppointmentRules.NoOverlap
public record WorkingHours(String timeZone, @NotNull List<@NotNull @Valid WorkingPeriod> periods) {
}
