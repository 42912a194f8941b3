package org.hygie.appointments.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.appointments.api.WorkingPeriod;
import org.hygie.core.problem.HygieException;
import org.junit.jupiter.api.Test;

class AgendaTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate DAY = LocalDate.of(2030, 1, 7);
    private static final UUID PATIENT = UUID.randomUUID();

    private static final List<WorkingPeriod> WEEKDAYS_8_TO_18 = java.util.stream.Stream.of(DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
            .map(d -> new WorkingPeriod(d, LocalTime.of(8, 0), LocalTime.of(18, 0))).toList();

    private static Appointment at(String start, String end, AppointmentStatus status) {
        return new Appointment(UUID.randomUUID(), PATIENT, UUID.randomUUID(), OffsetDateTime.parse(start),
                OffsetDateTime.parse(end), null, status, null, PARIS.getId());
    }

    @Test
    void rows_shouldListFreeSlotsFrom8To18() {
        List<Agenda.Row> rows = Agenda.rows(DAY, PARIS, List.of(), WEEKDAYS_8_TO_18);
        assertThat(rows).hasSize(20).allMatch(Agenda.Row::free);
        assertThat(Agenda.time(rows.get(0).start())).isEqualTo("08:00");
        assertThat(Agenda.time(rows.get(19).end())).isEqualTo("18:00");
    }

    @Test
    void rows_shouldHideSlotsAnActiveAppointmentOverlapsButNotThoseOfACancelledOne() {
        Appointment active = at("2030-01-07T09:15:00+01:00", "2030-01-07T10:00:00+01:00", AppointmentStatus.SCHEDULED);
        Appointment cancelled = at("2030-01-07T11:00:00+01:00", "2030-01-07T11:30:00+01:00", AppointmentStatus.CANCELLED);
        List<Agenda.Row> rows = Agenda.rows(DAY, PARIS, List.of(cancelled, active), WEEKDAYS_8_TO_18);
        // 20 slots, minus 09:00 and 09:30 taken, plus the two appointments.
        assertThat(rows).hasSize(20);
        assertThat(rows.stream().filter(r -> !r.free()).map(Agenda.Row::appointment)).containsExactly(active, cancelled);
        assertThat(rows.stream().map(r -> Agenda.time(r.start()))).contains("08:30", "09:15", "10:00")
                .doesNotContain("09:00", "09:30");
        // The cancelled one frees its time: its slot is listed right after it.
        int index = rows.indexOf(rows.stream().filter(r -> r.appointment() == cancelled).findFirst().orElseThrow());
        assertThat(rows.get(index + 1).free()).isTrue();
        assertThat(Agenda.time(rows.get(index + 1).start())).isEqualTo("11:00");
    }

    @Test
    void rows_shouldOfferOnlyTheDoctorsOwnHoursOfThatDay() {
        // Monday 7 January 2030: mornings, and a shorter afternoon whose last slot is 15 minutes.
        List<WorkingPeriod> hours = List.of(new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(15, 15)),
                new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)),
                new WorkingPeriod(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(18, 0)));
        List<Agenda.Row> rows = Agenda.rows(DAY, PARIS, List.of(), hours);
        assertThat(rows.stream().map(r -> Agenda.time(r.start()) + "-" + Agenda.time(r.end())))
                .containsExactly("09:00-09:30", "09:30-10:00", "14:00-14:30", "14:30-15:00", "15:00-15:15");
        assertThat(Agenda.rows(DAY.plusDays(5), PARIS, List.of(), hours)).as("a Saturday off").isEmpty();
    }

    @Test
    void rows_shouldNotOfferTheTimeOfACompletedAppointmentAgain() {
        Appointment done = at("2030-01-07T12:00:00+01:00", "2030-01-07T12:30:00+01:00", AppointmentStatus.COMPLETED);
        List<Agenda.Row> rows = Agenda.rows(DAY, PARIS, List.of(done), WEEKDAYS_8_TO_18);
        assertThat(rows.stream().filter(r -> Agenda.time(r.start()).equals("12:00"))).extracting(Agenda.Row::appointment)
                .containsExactly(done);
    }

    @Test
    void rows_shouldStillListAnAppointmentOutsideTheHours() {
        Appointment early = at("2030-01-07T07:00:00+01:00", "2030-01-07T07:30:00+01:00", AppointmentStatus.SCHEDULED);
        assertThat(Agenda.rows(DAY, PARIS, List.of(early), List.of())).extracting(Agenda.Row::appointment)
                .containsExactly(early);
    }

    @Test
    void week_shouldShowWeekdaysAndAWeekendDayOnlyWhenSomeoneWorksThen() {
        LocalDate monday = Agenda.monday(DAY.plusDays(3));
        assertThat(monday).isEqualTo(DAY);
        assertThat(Agenda.weekDays(monday, PARIS, List.of(WEEKDAYS_8_TO_18), List.of())).hasSize(5)
                .last().isEqualTo(DAY.plusDays(4));
        List<WorkingPeriod> saturday = List.of(new WorkingPeriod(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        assertThat(Agenda.weekDays(monday, PARIS, List.of(WEEKDAYS_8_TO_18, saturday), List.of())).hasSize(6)
                .last().isEqualTo(DAY.plusDays(5));
        Appointment sunday = at("2030-01-13T10:00:00+01:00", "2030-01-13T10:30:00+01:00", AppointmentStatus.SCHEDULED);
        assertThat(Agenda.weekDays(monday, PARIS, List.of(WEEKDAYS_8_TO_18), List.of(sunday))).hasSize(6)
                .last().isEqualTo(DAY.plusDays(6));
    }

    @Test
    void week_shouldSpanTheHoursOfTheShownDoctorsOnTheHalfHour() {
        List<WorkingPeriod> late = List.of(new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(7, 45), LocalTime.of(19, 0)));
        List<LocalTime> times = Agenda.weekTimes(PARIS, List.of(WEEKDAYS_8_TO_18, late), List.of());
        assertThat(times.get(0)).isEqualTo(LocalTime.of(7, 30));
        assertThat(times.get(times.size() - 1)).isEqualTo(LocalTime.of(18, 30));
        assertThat(Agenda.weekTimes(PARIS, List.of(List.of()), List.of())).hasSize(20).first()
                .isEqualTo(LocalTime.of(8, 0));
    }

    @Test
    void cell_shouldHoldTheAppointmentOverEachOfItsHalfHoursThenFreeTimeThenNothingOutsideTheHours() {
        Appointment hour = at("2030-01-07T09:00:00+01:00", "2030-01-07T10:00:00+01:00", AppointmentStatus.CHECKED_IN);
        Appointment cancelled = at("2030-01-07T11:00:00+01:00", "2030-01-07T11:30:00+01:00", AppointmentStatus.CANCELLED);
        List<Appointment> list = List.of(hour, cancelled);
        Agenda.Row first = Agenda.cell(DAY, LocalTime.of(9, 0), PARIS, list, WEEKDAYS_8_TO_18);
        Agenda.Row second = Agenda.cell(DAY, LocalTime.of(9, 30), PARIS, list, WEEKDAYS_8_TO_18);
        assertThat(first.appointment()).isEqualTo(hour);
        assertThat(second.appointment()).isEqualTo(hour);
        assertThat(Agenda.startsIn(first, DAY, LocalTime.of(9, 0), PARIS)).isTrue();
        assertThat(Agenda.startsIn(second, DAY, LocalTime.of(9, 30), PARIS)).as("a continuation").isFalse();
        Agenda.Row freed = Agenda.cell(DAY, LocalTime.of(11, 0), PARIS, list, WEEKDAYS_8_TO_18);
        assertThat(freed.free()).as("a cancelled appointment frees its cell").isTrue();
        assertThat(Agenda.time(freed.start())).isEqualTo("11:00");
        assertThat(Agenda.cell(DAY, LocalTime.of(18, 0), PARIS, list, WEEKDAYS_8_TO_18)).as("after hours").isNull();
        assertThat(Agenda.cell(DAY.plusDays(5), LocalTime.of(9, 0), PARIS, list, WEEKDAYS_8_TO_18)).as("Saturday")
                .isNull();
    }

    @Test
    void conflict_shouldNameTheOtherAppointmentsTimeAndPatient() {
        Appointment other = at("2030-01-07T09:00:00+01:00", "2030-01-07T09:30:00+01:00", AppointmentStatus.SCHEDULED);
        HygieException problem = HygieException.conflict("busy",
                Map.of("conflictOn", "doctor", "conflictingAppointmentId", other.id().toString()));
        assertThat(Agenda.conflict(problem, Map.of(other.id(), other), Map.of(PATIENT, "DUPONT Hélène"), PARIS))
                .containsExactly("conflict.doctor.at", "09:00", "09:30", "DUPONT Hélène");
        HygieException onPatient = HygieException.conflict("busy", Map.of("conflictOn", "patient"));
        assertThat(Agenda.conflict(onPatient, Map.of(), Map.of(), PARIS)).containsExactly("conflict.patient");
        HygieException status = HygieException.conflict("no", Map.of("currentStatus", "CANCELLED"));
        assertThat(Agenda.conflict(status, Map.of(), Map.of(), PARIS)).containsExactly("conflict.status", "CANCELLED");
        HygieException stale = HygieException.conflict("changed", Map.of("currentVersion", 3));
        assertThat(Agenda.conflict(stale, Map.of(), Map.of(), PARIS)).containsExactly("conflict.changed");
        assertThat(Agenda.conflict(HygieException.notFound("x"), Map.of(), Map.of(), PARIS)).isNull();
    }
}
