package org.hygie.appointments.server.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.hygie.appointments.api.WorkingHours;
import org.hygie.appointments.api.WorkingPeriod;
import org.hygie.core.problem.Checks;

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

    /**
     * A bound on the input, so that a request with thousands of periods is refused at once instead
     * of being checked and stored.
     */
    static final int MAX_PERIODS = WorkingHours.MAX_PERIODS;

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

    /**
     * Records errors on {@code periods}: more than {@link #MAX_PERIODS} ({@code too_many}), then on
     * {@code periods[i]}: missing fields, end not after start, overlaps on a day (each period that
     * starts before an earlier one of its day ends, in the order of day and start).
     */
    static Checks check(List<WorkingPeriod> periods, Checks checks) {
        if (periods == null) {
            return checks.reject("periods", "required", "periods is required (an empty list: never booked)");
        }
        if (periods.size() > MAX_PERIODS) {
            return checks.reject("periods", "too_many", "periods holds at most " + MAX_PERIODS + " working periods ("
                    + periods.size() + " sent)");
        }
        boolean complete = true;
        for (int i = 0; i < periods.size(); i++) {
            WorkingPeriod p = periods.get(i);
            String field = "periods[" + i + "]";
            if (p == null || p.day() == null || p.start() == null || p.end() == null) {
                checks.reject(field, "required", field + " needs day, start and end");
                complete = false;
            } else if (!p.end().isAfter(p.start())) {
                checks.reject(field, "end_before_start", field + ": end must be after start");
                complete = false;
            }
        }
        if (!complete) {
            return checks;
        }
        // Sorted by day and start, a period overlaps an earlier one of its day exactly when it starts
        // before the latest end seen so far that day: one pass instead of comparing every pair.
        Integer[] order = new Integer[periods.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> periods.get(i), ORDER).thenComparing(i -> i));
        DayOfWeek day = null;
        LocalTime latestEnd = null;
        int latest = -1;
        for (int i : order) {
            WorkingPeriod p = periods.get(i);
            if (p.day() != day) {
                day = p.day();
                latestEnd = null;
            }
            if (latestEnd != null && p.start().isBefore(latestEnd)) {
                checks.reject("periods[" + i + "]", "overlap", "periods[" + i + "] overlaps periods[" + latest + "]");
            }
            if (latestEnd == null || p.end().isAfter(latestEnd)) {
                latestEnd = p.end();
                latest = i;
            }
        }
        return checks;
    }
}
