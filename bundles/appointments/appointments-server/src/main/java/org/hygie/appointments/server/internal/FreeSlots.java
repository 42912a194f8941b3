package org.hygie.appointments.server.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.hygie.appointments.api.WorkingPeriod;

/**
 * The first free slot of a doctor, from his weekly working hours and the times his active
 * appointments hold: the same two rules a booking is checked against ({@link WorkingHoursRules#fits}
 * and no overlap), so that the slot found can be booked as it is. No database: the caller reads the
 * busy times once for the whole window.
 */
final class FreeSlots {
    /** Slots start on this step of the wall clock (09:05, not 09:03), as people book them. */
    static final int STEP_MINUTES = 5;

    /** A time an active appointment holds. */
    record Busy(Instant start, Instant end) {
    }

    private FreeSlots() {
    }

    /**
     * @param busy the doctor's active appointments ending after {@code from}, in any order
     * @param days how many days to look at, {@code from}'s day included
     * @return the earliest [start, start + length) at or after {@code from}, inside one working period
     *         of its day (wall clock of {@code zone}) and overlapping no busy time; empty when none
     */
    static Optional<Instant> first(List<WorkingPeriod> periods, List<Busy> busy, Instant from, Duration length,
            ZoneId zone, int days) {
        List<Busy> byStart = busy.stream().sorted(Comparator.comparing(Busy::start)).toList();
        LocalDate firstDay = from.atZone(zone).toLocalDate();
        for (int d = 0; d < days; d++) {
            LocalDate day = firstDay.plusDays(d);
            List<WorkingPeriod> ofDay = periods.stream().filter(p -> p.day() == day.getDayOfWeek())
                    .sorted(Comparator.comparing(WorkingPeriod::start)).toList();
            for (WorkingPeriod period : ofDay) {
                Optional<Instant> found = inPeriod(day, period, byStart, from, length, zone);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> inPeriod(LocalDate day, WorkingPeriod period, List<Busy> busy, Instant from,
            Duration length, ZoneId zone) {
        ZonedDateTime candidate = onStep(day.atTime(period.start()).atZone(zone));
        ZonedDateTime earliest = onStep(from.atZone(zone));
        if (candidate.isBefore(earliest)) {
            candidate = earliest;
        }
        while (true) {
            Instant start = candidate.toInstant();
            Instant end = start.plus(length);
            if (!WorkingHoursRules.fits(List.of(period), start, end, zone)) {
                return Optional.empty(); // runs past the period's end (or its day): the next period
            }
            Instant blockedUntil = null;
            for (Busy b : busy) {
                if (!b.start().isBefore(end)) {
                    break; // sorted by start: none further can overlap
                }
                if (b.end().isAfter(start) && (blockedUntil == null || b.end().isAfter(blockedUntil))) {
                    blockedUntil = b.end();
                }
            }
            if (blockedUntil == null) {
                return Optional.of(start);
            }
            ZonedDateTime next = onStep(blockedUntil.atZone(zone));
            if (!next.toLocalDate().equals(day)) {
                return Optional.empty();
            }
            candidate = next;
        }
    }

    /** @return the time itself when on a step of the wall clock, else the next step */
    static ZonedDateTime onStep(ZonedDateTime t) {
        LocalDateTime local = t.toLocalDateTime().withSecond(0).withNano(0);
        if (local.isBefore(t.toLocalDateTime())) {
            local = local.plusMinutes(1);
        }
        int over = local.getMinute() % STEP_MINUTES;
        if (over != 0) {
            local = local.plusMinutes(STEP_MINUTES - over);
        }
        return local.atZone(t.getZone());
    }
}
