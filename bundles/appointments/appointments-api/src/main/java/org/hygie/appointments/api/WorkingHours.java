package org.hygie.appointments.api;

import java.util.List;

/**
 * A doctor's weekly working hours (by default Monday to Friday, 08:00 to 18:00). Periods of a same
 * day must not overlap.
 *
 * @param timeZone the hospital's time zone the periods are read in (ignored on input)
 */
public record WorkingHours(String timeZone, List<WorkingPeriod> periods) {
}
