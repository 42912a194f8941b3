package org.hygie.appointments.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.hygie.appointments.api.WorkingPeriod;
import org.junit.jupiter.api.Test;

class WorkingHoursRulesTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final List<WorkingPeriod> DEFAULT = WorkingHoursRules.DEFAULT;

    private static boolean fits(String start, String end) {
        return WorkingHoursRules.fits(DEFAULT, Instant.parse(start), Instant.parse(end), PARIS);
    }

    @Test
    void fits_shouldReadTheHoursInTheHospitalZoneInWinter() {
        // Monday 7 January 2030: Paris is UTC+1, so 08:00-18:00 there is 07:00-17:00Z.
        assertThat(fits("2030-01-07T07:00:00Z", "2030-01-07T07:30:00Z")).isTrue();
        assertThat(fits("2030-01-07T16:30:00Z", "2030-01-07T17:00:00Z")).isTrue();
        assertThat(fits("2030-01-07T06:55:00Z", "2030-01-07T07:30:00Z")).isFalse();
        assertThat(fits("2030-01-07T16:30:00Z", "2030-01-07T17:05:00Z")).isFalse();
    }

    @Test
    void fits_shouldKeepTheLocalHoursInSummer() {
        // Monday 1 July 2030: UTC+2, 08:00 is 06:00Z; 07:00Z, fine in winter, is 09:00 here.
        assertThat(fits("2030-07-01T06:00:00Z", "2030-07-01T06:30:00Z")).isTrue();
        assertThat(fits("2030-07-01T15:30:00Z", "2030-07-01T16:00:00Z")).isTrue();
        assertThat(fits("2030-07-01T16:00:00Z", "2030-07-01T16:30:00Z")).isFalse();
    }

    @Test
    void fits_shouldFollowTheDstChangeWithinAWeek() {
        // DST starts Sunday 31 March 2030: Friday 29 at 08:00 is 07:00Z, Monday 1 April at 08:00 is 06:00Z.
        assertThat(fits("2030-03-29T07:00:00Z", "2030-03-29T07:15:00Z")).isTrue();
        assertThat(fits("2030-04-01T06:00:00Z", "2030-04-01T06:15:00Z")).isTrue();
        assertThat(fits("2030-03-29T06:00:00Z", "2030-03-29T06:15:00Z")).isFalse();
    }

    @Test
    void fits_shouldRefuseWeekendsAndSpansOverMidnight() {
        assertThat(fits("2030-01-05T09:00:00Z", "2030-01-05T09:30:00Z")).as("Saturday").isFalse();
        List<WorkingPeriod> allDay = Arrays.stream(DayOfWeek.values())
                .map(d -> new WorkingPeriod(d, LocalTime.MIN, LocalTime.MAX)).toList();
        assertThat(WorkingHoursRules.fits(allDay, Instant.parse("2030-01-07T22:30:00Z"),
                Instant.parse("2030-01-07T23:30:00Z"), PARIS)).as("23:30 to 00:30 Paris").isFalse();
    }

    @Test
    void fits_shouldRequireOnePeriodToHoldTheWholeAppointment() {
        List<WorkingPeriod> split = List.of(new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(18, 0)));
        Instant at1130 = Instant.parse("2030-01-07T10:30:00Z");
        assertThat(WorkingHoursRules.fits(split, at1130, at1130.plusSeconds(1800), PARIS)).isTrue();
        assertThat(WorkingHoursRules.fits(split, at1130, at1130.plusSeconds(3600), PARIS)).as("11:30-12:30").isFalse();
    }

    @Test
    void fits_shouldUseTheConfiguredZone() {
        ZoneId montreal = ZoneId.of("America/Montreal");
        // 13:00Z is 08:00 in Montreal in winter (UTC-5), but 14:00 in Paris.
        assertThat(WorkingHoursRules.fits(DEFAULT, Instant.parse("2030-01-07T13:00:00Z"),
                Instant.parse("2030-01-07T13:30:00Z"), montreal)).isTrue();
        assertThat(WorkingHoursRules.fits(DEFAULT, Instant.parse("2030-01-07T12:00:00Z"),
                Instant.parse("2030-01-07T12:30:00Z"), montreal)).isFalse();
    }

    @Test
    void zone_shouldFallBackToParisOnABadValue() {
        assertThat(AppointmentsService.zone("Mars/Olympus")).isEqualTo(PARIS);
        assertThat(AppointmentsService.zone(null)).isEqualTo(PARIS);
        assertThat(AppointmentsService.zone("America/Montreal")).isEqualTo(ZoneId.of("America/Montreal"));
    }
}
