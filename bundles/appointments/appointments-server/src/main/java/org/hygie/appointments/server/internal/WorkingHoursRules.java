package org.hygie.appointments.server.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hygie.appointments.api.WorkingPeriod;

/** Weekly working hours, read in the hospital's time zone. */
final class WorkingHoursRules {
    /** Monday to Friday, 08:00 to 18:00: the hours of a doctor whose hours were never edited. */
    static final List<WorkingPeriod> DEFAULT;

    static {
        List<WorkingPeriod> periods = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            periods.add(new WorkingPeriod(day, LocalTime.of(8, 0), LocalTime.of(18, 0)));
        }
        DEFAULT = List.copyOf(periods);
    }

    static final Comparator<WorkingPeriod> ORDER = Comparator.comparing(WorkingPeriod::day)
            .thenComparing(WorkingPeriod::start);

    private WorkingHoursRules() {
    }

    /**
     * Whether [start, end) lies inside one period: both ends are converted to the wall-clock time
     * of {@code zone} on their own date (so a period keeps its local hours across DST changes), and
     * must fall on the same day, inside the same period.
     */
    static boolean fits(List<WorkingPeriod> periods, Instant start, Instant end, ZoneId zone) {
        ZonedDateTime s = start.atZone(zone);
        ZonedDateTime e = end.atZone(zone);
        if (!s.toLocalDate().equals(e.toLocalDate())) {
            return false;
        }
        LocalTime from = s.toLocalTime();
        LocalTime to = e.toLocalTime();
        return periods.stream().anyMatch(p -> p.day() == s.getDayOfWeek() && !from.isBefore(p.start())
                && !to.isAfter(p.end()));
    }
}
