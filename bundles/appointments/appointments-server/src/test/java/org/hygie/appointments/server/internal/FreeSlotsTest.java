package org.hygie.appointments.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.hygie.appointments.api.WorkingPeriod;
import org.junit.jupiter.api.Test;

/** The first free slot, from the hours and the busy times, in the hospital's zone (Paris, UTC+1 in January). */
class FreeSlotsTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Monday 6 January 2031. */
    private static final String MONDAY = "2031-01-06";
    private static final List<WorkingPeriod> MORNINGS_AND_AFTERNOONS = List.of(
            new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(18, 0)),
            new WorkingPeriod(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)));

    private static Instant paris(String date, String time) {
        return java.time.LocalDateTime.parse(date + "T" + time).atZone(PARIS).toInstant();
    }

    private static FreeSlots.Busy busy(String date, String from, String to) {
        return new FreeSlots.Busy(paris(date, from), paris(date, to));
    }

    private static Optional<Instant> first(List<FreeSlots.Busy> busy, Instant from, int minutes) {
        return FreeSlots.first(MORNINGS_AND_AFTERNOONS, busy, from, Duration.ofMinutes(minutes), PARIS, 62);
    }

    @Test
    void first_shouldBeTheStartOfTheHoursWhenNothingIsBooked() {
        assertThat(first(List.of(), paris(MONDAY, "06:00"), 30)).contains(paris(MONDAY, "08:00"));
    }

    @Test
    void first_shouldStartAfterTheAppointmentsInTheWayInAnyOrder() {
        List<FreeSlots.Busy> busy = List.of(busy(MONDAY, "08:30", "09:10"), busy(MONDAY, "08:00", "08:30"),
                busy(MONDAY, "09:30", "10:00"));
        // 09:10-09:30 holds 20 minutes, not 30: the next room is from 10:00.
        assertThat(first(busy, paris(MONDAY, "07:00"), 30)).contains(paris(MONDAY, "10:00"));
        assertThat(first(busy, paris(MONDAY, "07:00"), 20)).contains(paris(MONDAY, "09:10"));
    }

    @Test
    void first_shouldRoundFromUpToTheNextFiveMinutes() {
        assertThat(first(List.of(), paris(MONDAY, "09:02:30"), 15)).contains(paris(MONDAY, "09:05"));
        assertThat(first(List.of(), paris(MONDAY, "09:05"), 15)).contains(paris(MONDAY, "09:05"));
    }

    @Test
    void first_shouldGoToTheNextPeriodWhenTheLengthDoesNotFitBeforeItsEnd() {
        assertThat(first(List.of(), paris(MONDAY, "11:40"), 30)).contains(paris(MONDAY, "14:00"));
        // A busy time running over a period's end sends to the next period too.
        assertThat(first(List.of(busy(MONDAY, "11:00", "12:30")), paris(MONDAY, "10:50"), 15))
                .contains(paris(MONDAY, "14:00"));
    }

    @Test
    void first_shouldGoToTheNextWorkingDayAfterTheDayIsFull() {
        // Monday evening: Tuesday is off, Wednesday 09:00.
        assertThat(first(List.of(), paris(MONDAY, "18:00"), 60)).contains(paris("2031-01-08", "09:00"));
        // Longer than Wednesday's hour: the next Monday.
        assertThat(first(List.of(), paris(MONDAY, "18:00"), 90)).contains(paris("2031-01-13", "08:00"));
    }

    @Test
    void first_shouldBeEmptyWhenNoPeriodHoldsTheLengthOrTheWindowIsFull() {
        assertThat(first(List.of(), paris(MONDAY, "06:00"), 300)).isEmpty();
        assertThat(FreeSlots.first(List.of(), List.of(), paris(MONDAY, "06:00"), Duration.ofMinutes(30), PARIS, 62))
                .isEmpty();
        // Only Monday mornings within a 1-day window, fully booked.
        assertThat(FreeSlots.first(MORNINGS_AND_AFTERNOONS, List.of(busy(MONDAY, "08:00", "18:00")),
                paris(MONDAY, "06:00"), Duration.ofMinutes(30), PARIS, 1)).isEmpty();
    }

    @Test
    void first_shouldKeepTheLocalHoursInSummer() {
        // Monday 7 July 2031, UTC+2: 08:00 in Paris is 06:00Z.
        assertThat(first(List.of(), Instant.parse("2031-07-07T04:00:00Z"), 30))
                .contains(Instant.parse("2031-07-07T06:00:00Z"));
    }
}
