package org.hygie.appointments.desktop.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.Doctor;
import org.hygie.appointments.api.WorkingPeriod;

/**
 * What the time grid shows, without pixels: a column per doctor per day (the doctors side by side
 * within each day), each with the doctor's working periods of that day and its rows (appointments
 * of any status, and the free 30-minute slots of his hours, {@link Agenda#rows}), and the span of
 * the day the grid covers, the same for every column so that they line up. No SWT.
 */
record GridColumns(List<Column> columns, List<LocalDate> days, int doctorsPerDay, LocalTime first, LocalTime end,
        boolean week) {

    /** One doctor's day. */
    record Column(LocalDate day, Doctor doctor, List<WorkingPeriod> periods, List<Agenda.Row> rows) {
    }

    static GridColumns none() {
        return new GridColumns(List.of(), List.of(), 0, Agenda.DEFAULT_FIRST, Agenda.DEFAULT_LAST, false);
    }

    /**
     * @param days the days shown, in order (one for a day, the week's working days for a week)
     * @param hours each doctor's weekly working hours
     * @param appointments the appointments of the period, of every shown doctor
     */
    static GridColumns of(List<LocalDate> days, List<Doctor> doctors, ZoneId zone,
            Function<Doctor, List<WorkingPeriod>> hours, List<Appointment> appointments, boolean week) {
        List<Column> columns = new ArrayList<>();
        List<List<WorkingPeriod>> shownHours = new ArrayList<>();
        for (LocalDate day : days) {
            for (Doctor doctor : doctors) {
                List<WorkingPeriod> ofDay = hours.apply(doctor).stream().filter(p -> p.day() == day.getDayOfWeek())
                        .toList();
                shownHours.add(ofDay);
                List<Appointment> own = appointments.stream().filter(a -> a.doctorId().equals(doctor.id())
                        && a.start().atZoneSameInstant(zone).toLocalDate().equals(day)).toList();
                columns.add(new Column(day, doctor, ofDay, Agenda.rows(day, zone, own, hours.apply(doctor))));
            }
        }
        // The span: from the earliest hour or appointment of the columns to the latest, on the half hour.
        List<LocalTime> times = Agenda.weekTimes(zone, shownHours, appointments);
        LocalTime first = times.isEmpty() ? Agenda.DEFAULT_FIRST : times.get(0);
        LocalTime last = times.isEmpty() ? Agenda.DEFAULT_LAST : times.get(times.size() - 1).plusMinutes(Agenda.SLOT_MINUTES);
        if (!last.isAfter(first)) {
            last = LocalTime.MAX; // the last half hour before midnight
        }
        return new GridColumns(List.copyOf(columns), List.copyOf(days), doctors.size(), first, last, week);
    }

    /** @return the minutes the grid spans */
    int minutes() {
        long seconds = java.time.Duration.between(first, end).toSeconds();
        return (int) ((seconds + 59) / 60);
    }
}
