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
 * @param version raised by every change of the doctor's hours (0 while they are the default); on
 *        input, the version the client read ({@code required}): the change is refused (409,
 *        {@code currentVersion} in the problem) when someone changed the hours since
 */
@AppointmentRules.NoOverlap
public record WorkingHours(String timeZone,
        @NotNull @Size(max = WorkingHours.MAX_PERIODS, message = "too_many: holds at most {max} working periods")
        List<@NotNull @Valid WorkingPeriod> periods, @NotNull Long version) {
    /** Hours without a version (the constructor of version 1.1 of this package): refused as input with 422. */
    public WorkingHours(String timeZone, List<WorkingPeriod> periods) {
        this(timeZone, periods, null);
    }

    /** The most periods a week may hold: 8 a day, every day. */
    public static final int MAX_PERIODS = 7 * 8;
}
