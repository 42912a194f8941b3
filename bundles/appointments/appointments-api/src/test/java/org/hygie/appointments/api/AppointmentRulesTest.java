package org.hygie.appointments.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.hygie.core.problem.FieldRules;
import org.junit.jupiter.api.Test;

/** The field rules of the appointments inputs, with the codes clients read. */
class AppointmentRulesTest {
    private static final OffsetDateTime START = OffsetDateTime.parse("2030-01-07T09:00:00+01:00");

    private static List<String> codes(Object input) {
        return FieldRules.check(input).stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    private static List<String> codes(OffsetDateTime start, OffsetDateTime end, String reason) {
        return codes(new AppointmentInput(UUID.randomUUID(), UUID.randomUUID(), start, end, reason));
    }

    private static WorkingPeriod period(DayOfWeek day, int from, int to) {
        return new WorkingPeriod(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    @Test
    void length_shouldAcceptFiveMinutesAndEightHours() {
        assertThat(codes(START, START.plusMinutes(5), null)).isEmpty();
        assertThat(codes(START, START.plusHours(8), "Suivi")).isEmpty();
    }

    @Test
    void length_shouldRefuseAnEndNotAfterTheStart() {
        assertThat(codes(START, START, null)).containsExactly("end:end_before_start");
        assertThat(codes(START, START.minusMinutes(30), null)).containsExactly("end:end_before_start");
    }

    @Test
    void length_shouldRefuseUnderFiveMinutesAndOverEightHours() {
        assertThat(codes(START, START.plusMinutes(4).plusSeconds(59), null)).containsExactly("end:too_short");
        assertThat(codes(START, START.plusHours(8).plusMinutes(1), null)).containsExactly("end:too_long");
    }

    @Test
    void length_shouldCompareInstantsWhateverTheOffsets() {
        // 09:00+01:00 to 08:30Z is 30 minutes later, though 08:30 reads earlier than 09:00.
        assertThat(codes(START, OffsetDateTime.parse("2030-01-07T08:30:00Z"), null)).isEmpty();
    }

    @Test
    void appointment_shouldListEveryMissingField() {
        assertThat(codes(new AppointmentInput(null, null, null, null, "x".repeat(501)))).containsExactlyInAnyOrder(
                "patientId:required", "doctorId:required", "start:required", "end:required", "reason:too_long");
    }

    @Test
    void statusChange_shouldRequireAStatusAndAReasonToCancel() {
        assertThat(codes(new StatusChange(null, null, 0L))).containsExactly("status:required");
        assertThat(codes(new StatusChange(AppointmentStatus.CHECKED_IN, null))).containsExactly("version:required");
        assertThat(codes(new StatusChange(AppointmentStatus.CANCELLED, null, 0L))).containsExactly("reason:required");
        assertThat(codes(new StatusChange(AppointmentStatus.CANCELLED, "  ", 0L))).containsExactly("reason:required");
        assertThat(codes(new StatusChange(AppointmentStatus.CANCELLED, "Malade", 0L))).isEmpty();
        assertThat(codes(new StatusChange(AppointmentStatus.CHECKED_IN, null, 0L))).isEmpty();
        assertThat(codes(new StatusChange(AppointmentStatus.NO_SHOW, "x".repeat(501), 0L))).containsExactly("reason:too_long");
    }

    @Test
    void workingHours_shouldRefuseMissingInvertedAndOverlappingPeriods() {
        assertThat(codes(new WorkingHours(null, List.of(period(DayOfWeek.MONDAY, 8, 12),
                period(DayOfWeek.MONDAY, 11, 13), period(DayOfWeek.TUESDAY, 8, 12)), 0L)))
                .containsExactly("periods[1]:overlap");
        assertThat(codes(new WorkingHours(null, Arrays.asList(null, period(DayOfWeek.MONDAY, 12, 8),
                new WorkingPeriod(DayOfWeek.FRIDAY, null, LocalTime.NOON)), 0L)))
                .containsExactly("periods[0]:required", "periods[1]:end_before_start", "periods[2]:required");
        assertThat(codes(new WorkingHours(null, null, 0L))).containsExactly("periods:required");
        assertThat(codes(new WorkingHours(null, List.of(), 0L))).isEmpty();
        assertThat(codes(new WorkingHours(null, List.of()))).containsExactly("version:required");
    }

    @Test
    void workingHours_shouldNameTheLaterOfTwoOverlappingPeriodsWhateverTheirOrder() {
        assertThat(codes(new WorkingHours(null, List.of(period(DayOfWeek.MONDAY, 14, 18),
                period(DayOfWeek.TUESDAY, 8, 12), period(DayOfWeek.MONDAY, 8, 15)), 0L))).containsExactly("periods[2]:overlap");
        assertThat(codes(new WorkingHours(null, List.of(period(DayOfWeek.MONDAY, 8, 18),
                period(DayOfWeek.MONDAY, 9, 10), period(DayOfWeek.MONDAY, 12, 13)), 0L)))
                .containsExactly("periods[1]:overlap", "periods[2]:overlap");
        assertThat(codes(new WorkingHours(null, List.of(period(DayOfWeek.MONDAY, 8, 12),
                period(DayOfWeek.MONDAY, 12, 18)), 0L))).as("touching is no overlap").isEmpty();
    }

    @Test
    void workingHours_shouldAcceptAFullWeekAndRefuseOnePeriodMore() {
        List<WorkingPeriod> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int h = 0; h < 8; h++) {
                week.add(new WorkingPeriod(day, LocalTime.of(8 + h, 0), LocalTime.of(8 + h, 30)));
            }
        }
        assertThat(week).hasSize(WorkingHours.MAX_PERIODS);
        assertThat(codes(new WorkingHours(null, week, 0L))).isEmpty();
        week.add(new WorkingPeriod(DayOfWeek.SUNDAY, LocalTime.of(20, 0), LocalTime.of(21, 0)));
        assertThat(codes(new WorkingHours(null, week, 0L))).containsExactly("periods:too_many");
    }

    @Test
    void workingHours_shouldAnswerInShortForThousandsOfBadPeriods() {
        List<WorkingPeriod> periods = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            periods.add(period(DayOfWeek.MONDAY, 12, 8));
        }
        assertThat(codes(new WorkingHours(null, periods, 0L))).hasSize(1 + FieldRules.MAX_PER_CODE)
                .contains("periods:too_many")
                .filteredOn(c -> !c.equals("periods:too_many")).allMatch(c -> c.endsWith(":end_before_start"));
        List<WorkingPeriod> overlapping = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            overlapping.add(period(DayOfWeek.MONDAY, 8, 12));
        }
        assertThat(codes(new WorkingHours(null, overlapping, 0L))).as("too many is said once, without their overlaps")
                .containsExactly("periods:too_many");
        assertThat(codes(new WorkingHours(null, overlapping.subList(0, WorkingHours.MAX_PERIODS), 0L)))
                .hasSize(FieldRules.MAX_PER_CODE).allMatch(c -> c.endsWith(":overlap"));
    }
}
