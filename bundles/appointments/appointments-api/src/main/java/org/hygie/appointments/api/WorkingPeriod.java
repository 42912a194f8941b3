package org.hygie.appointments.api;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One span of a weekday during which a doctor can be booked, in the hospital's time zone. */
@AppointmentRules.Period
public record WorkingPeriod(DayOfWeek day, LocalTime start, LocalTime end) {
}
