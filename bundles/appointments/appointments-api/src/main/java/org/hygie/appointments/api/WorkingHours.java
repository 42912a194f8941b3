package org.hygie.appointments.api;

import java.util.List;

/**
 * A doctor's weekly working hours (by default Monday to Friday, 08:00 to 18:00). Periods of a same
 * day must not overlap; a week holds at most {@value #MAX_PERIODS} of them.
 *
 * @param timeZone the hospital's time zone the periods are read in (ignored on input)
 */
public record WorkingHours(String timeZone, List<WorkingPeriod> periods) {
    /** The most periods a week may hold: 8 a day, every day. */
    public static final int MAX_PERIODS = 7 * 8;
}
