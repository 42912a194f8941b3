package org.hygie.appointments.desktop.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.widgets.Composite;
import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.Doctor;
import org.hygie.appointments.api.WorkingPeriod;
import org.hygie.workbench.Texts;

/**
 * The agenda's grid as the view and the actions see it: a day or a week of the doctors as a time
 * grid ({@link TimeGrid}, painted; a column per doctor per day), its legend, and the one selected
 * slot or appointment. Display thread only.
 */
final class AgendaGrid {
    /** What the grid shows of each doctor: his working hours, and how to name a patient. */
    record Sources(ZoneId zone, Function<Doctor, List<WorkingPeriod>> hours, Function<Appointment, String> names) {
    }

    /** What the user asked of the grid, beyond selecting. */
    interface Listener {
        void selected();

        void book();

        void open();

        void move(Appointment appointment, Doctor doctor, ZonedDateTime start);

        void openDay(LocalDate day);
    }

    private final TimeGrid grid;

    AgendaGrid(Composite parent, Texts texts, DateTimeFormatter weekDayFormat, Listener listener) {
        grid = new TimeGrid(parent, texts, weekDayFormat);
        new AgendaLegend(parent, texts, grid.look());
        new GridPointer(grid, texts, new GridPointer.Listener() {
            @Override
            public void selected() {
                listener.selected();
            }

            @Override
            public void book(GridAreas.Area slot) {
                listener.book();
            }

            @Override
            public void open(GridAreas.Area appointment) {
                listener.open();
            }

            @Override
            public void move(GridAreas.Area appointment, GridColumns.Column target, ZonedDateTime start) {
                listener.move(appointment.row().appointment(), target.doctor(), start);
            }

            @Override
            public void openDay(LocalDate day) {
                listener.openDay(day);
            }
        });
    }

    /** Adds the context menu, once the actions it offers exist. */
    void menu(Texts texts, AgendaActions actions, Runnable selected) {
        new AgendaMenu(grid, texts, actions, selected);
    }

    StatusLook look() {
        return grid.look();
    }

    /** @return the doctor of the selected slot or appointment, or null */
    Doctor selectedDoctor() {
        GridAreas.Area a = grid.selection();
        return a == null ? null : grid.grid().columns().get(a.column()).doctor();
    }

    /** @return the selected slot or appointment, or null */
    Agenda.Row selected() {
        GridAreas.Area a = grid.selection();
        return a == null ? null : a.row();
    }

    /** Forgets the selection (the other doctors, or another period, are shown). */
    void clearSelection() {
        grid.select(null);
    }

    void focus() {
        grid.canvas().setFocus();
    }

    /** Shows that there is no doctor to show. */
    void showNone() {
        grid.show(GridColumns.none(), grid.zone(), a -> "");
    }

    /** Shows the doctors' day: their appointments and the free slots of their hours. */
    void showDay(LocalDate day, List<Doctor> doctors, List<Appointment> list, Sources sources) {
        grid.show(GridColumns.of(List.of(day), doctors, sources.zone(), sources.hours(), list, false), sources.zone(),
                sources.names());
    }

    /** Shows the doctors' week of {@code monday}: its working days, a column per doctor in each. */
    void showWeek(LocalDate monday, List<Doctor> doctors, List<Appointment> list, Sources sources) {
        List<LocalDate> days = Agenda.weekDays(monday, sources.zone(), doctors.stream().map(sources.hours()).toList(),
                list);
        grid.show(GridColumns.of(days, doctors, sources.zone(), sources.hours(), list, true), sources.zone(),
                sources.names());
    }
}
