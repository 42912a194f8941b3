package org.hygie.appointments.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A doctor's weekly working hours (by default Monday to Friday, 08:00 to 18:00). Periods of a same
 * day must not overlap; a week holds at most {@value #MAX_PERIODS} of them. Field error codes:
 * {@code periods} {@code required} (an empty list: never booked), {@code too_many} (more than
 * {@value #MAX_PERIODS}); {@code periods[i]} {@code required} (a period without day, start or end),
 * {@code end_before_start}, {@code overlap} (with another period of the same day).
 *
 * @param timeZone the hospital's time zone the periods are read in (ignored on input)
 */
@AppointmentRules.NoOverlap
public record WorkingHours(String timeZone,
        @NotNull @Size(max = WorkingHours.MAX_PERIODS, message = "too_many: holds at most {max} working periods")
        List<@NotNull @Valid WorkingPeriod> periods) {
    /** The most periods a week may hold: 8 a day, every day. */
    public static final int MAX_PERIODS = 7 * 8;
}
