package org.hygie.appointments.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.eclipse.swt.graphics.Rectangle;
import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.appointments.api.Doctor;
import org.hygie.appointments.api.WorkingPeriod;
import org.junit.jupiter.api.Test;

/** The time grid's layout without a display: columns, pixels, boxes, and the snap of a drop. */
class TimeGridLayoutTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Monday 7 January 2030. */
    private static final LocalDate MONDAY = LocalDate.of(2030, 1, 7);
    private static final Doctor MARTIN = new Doctor(UUID.randomUUID(), "dr.martin", "Dr François Martin");
    private static final Doctor BERNARD = new Doctor(UUID.randomUUID(), "dr.bernard", "Dr Ségolène Bernard");
    private static final List<WorkingPeriod> MORNINGS = java.util.stream.Stream.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
            .map(d -> new WorkingPeriod(d, LocalTime.of(8, 0), LocalTime.of(12, 0))).toList();

    private static Appointment at(Doctor doctor, String start, String end, AppointmentStatus status) {
        return new Appointment(UUID.randomUUID(), UUID.randomUUID(), doctor.id(), OffsetDateTime.parse(start),
                OffsetDateTime.parse(end), null, status, null, PARIS.getId());
    }

    private static GridColumns week(List<Appointment> list) {
        List<LocalDate> days = List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(3), MONDAY.plusDays(4));
        return GridColumns.of(days, List.of(MARTIN, BERNARD), PARIS, d -> MORNINGS, list, true);
    }

    @Test
    void columns_shouldBeOnePerDoctorPerDayOverTheHoursOfThemAll() {
        GridColumns grid = week(List.of(at(MARTIN, "2030-01-08T12:00:00+01:00", "2030-01-08T13:00:00+01:00",
                AppointmentStatus.SCHEDULED)));
        assertThat(grid.columns()).hasSize(10);
        assertThat(grid.columns().get(3).doctor()).isEqualTo(BERNARD);
        assertThat(grid.columns().get(3).day()).isEqualTo(MONDAY.plusDays(1));
        // From the first hour to the end of the latest appointment, past the hours.
        assertThat(grid.first()).isEqualTo(LocalTime.of(8, 0));
        assertThat(grid.end()).isEqualTo(LocalTime.of(13, 0));
        assertThat(grid.columns().get(2).rows()).filteredOn(r -> !r.free()).hasSize(1);
        assertThat(grid.columns().get(0).rows()).filteredOn(r -> !r.free()).isEmpty();
    }

    @Test
    void geometry_shouldMapTimesToPixelsBothWaysAndFindTheColumnUnderX() {
        GridColumns grid = week(List.of());
        GridGeometry g = new GridGeometry(grid, 1048, 600);
        // 08:00 to 12:00 in 600 - 44 pixels: the half hour is capped at 48 pixels.
        assertThat(g.y(LocalTime.of(8, 0))).isEqualTo(g.headerHeight());
        assertThat(g.y(LocalTime.of(8, 30)) - g.y(LocalTime.of(8, 0))).isEqualTo(48);
        assertThat(g.timeAt(g.y(LocalTime.of(10, 15)))).isEqualTo(LocalTime.of(10, 15));
        for (int c = 0; c < g.columnCount(); c++) {
            assertThat(g.columnAt(g.x(c) + g.width(c) / 2)).isEqualTo(c);
        }
        assertThat(g.columnAt(10)).as("the time axis").isEqualTo(-1);
        // The days read apart: a gap between Monday's last column and Tuesday's first.
        assertThat(g.x(2) - (g.x(1) + g.width(1))).isEqualTo(GridGeometry.DAY_GAP);
        assertThat(g.dayHeader(1).x).isEqualTo(g.x(2));
    }

    @Test
    void geometry_ofALongDayInLittleRoom_shouldScrollRatherThanSquash() {
        GridColumns grid = GridColumns.of(List.of(MONDAY), List.of(MARTIN), PARIS,
                d -> List.of(new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(7, 0), LocalTime.of(21, 0))), List.of(),
                false);
        GridGeometry g = new GridGeometry(grid, 800, 300);
        assertThat(g.y(LocalTime.of(7, 30)) - g.y(LocalTime.of(7, 0))).isEqualTo(GridGeometry.MIN_SLOT_HEIGHT);
        assertThat(g.height()).isGreaterThan(300);
    }

    @Test
    void areas_shouldBeAsTallAsTheyLastSideBySideWhenTheyOverlapAndHitFromThePoint() {
        Appointment cancelled = at(MARTIN, "2030-01-07T09:00:00+01:00", "2030-01-07T09:30:00+01:00",
                AppointmentStatus.CANCELLED);
        Appointment booked = at(MARTIN, "2030-01-07T09:00:00+01:00", "2030-01-07T10:00:00+01:00",
                AppointmentStatus.SCHEDULED);
        GridColumns grid = GridColumns.of(List.of(MONDAY), List.of(MARTIN), PARIS, d -> MORNINGS,
                List.of(cancelled, booked), false);
        GridGeometry g = new GridGeometry(grid, 800, 600);
        GridAreas areas = GridAreas.of(grid, g, PARIS);
        assertThat(areas.appointments()).hasSize(2);
        GridAreas.Area strip = areas.appointments().get(0);
        assertThat(strip.row().appointment()).as("the cancelled one first, a strip on top").isEqualTo(cancelled);
        GridAreas.Area active = areas.appointments().get(1);
        Rectangle box = active.box();
        assertThat(box.height).isEqualTo(g.y(LocalTime.of(10, 0)) - g.y(LocalTime.of(9, 0)));
        assertThat(strip.box().width).as("a third of the column").isLessThan(box.width / 2);
        assertThat(areas.at(box.x + 2, box.y + 2)).isEqualTo(active);
        assertThat(areas.at(strip.box().x + 2, strip.box().y + 2)).isEqualTo(strip);
        GridAreas.Area free = areas.at(g.x(0) + 5, g.y(LocalTime.of(10, 10)));
        assertThat(free.row().free()).isTrue();
        assertThat(Agenda.time(free.row().start())).isEqualTo("10:00");
        assertThat(areas.at(g.x(0) + 5, g.y(LocalTime.of(12, 0)) + 2)).as("after the hours").isNull();
    }

    @Test
    void snap_shouldDropOnTheNearestFiveMinutes() {
        assertThat(GridPointer.snap(LocalTime.of(9, 2))).isEqualTo(LocalTime.of(9, 0));
        assertThat(GridPointer.snap(LocalTime.of(9, 3))).isEqualTo(LocalTime.of(9, 5));
        assertThat(GridPointer.snap(LocalTime.of(9, 57, 40))).isEqualTo(LocalTime.of(10, 0));
        assertThat(GridPointer.snap(LocalTime.of(23, 59))).isEqualTo(LocalTime.of(23, 55));
    }

    @Test
    void fitting_shouldShortenNamesWordByWordNeverMidWord() {
        assertThat(Fitting.doctorForms("Dr Ségolène Bernard")).containsExactly("Dr Ségolène Bernard", "Dr Bernard",
                "Bernard", "SB");
        assertThat(Fitting.patientForms("DUPONT Hélène")).containsExactly("DUPONT Hélène", "DUPONT H.", "DUPONT", "DH");
        // 7 pixels a letter.
        assertThat(Fitting.fit(Fitting.doctorForms("Dr Ségolène Bernard"), 75, t -> t.length() * 7)).isEqualTo("Dr Bernard");
        assertThat(Fitting.fit(Fitting.doctorForms("Dr Ségolène Bernard"), 20, t -> t.length() * 7)).isEqualTo("SB");
    }
}
