package org.hygie.appointments.desktop.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.Doctor;
import org.hygie.appointments.api.WorkingPeriod;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Widgets;

/**
 * The doctors' tables side by side ({@link DayTable} or {@link WeekTable}, a column each), and the
 * one selection among them ({@link AgendaSelection}). The tables are rebuilt only when what they
 * show changes (mode, doctors, days), so that a refresh keeps their scrolling; a reload keeps what
 * was selected when it is still there. Display thread only.
 */
final class AgendaGrid {
    /** What the grid shows of each doctor: his working hours, and how to name a patient. */
    record Sources(ZoneId zone, Function<Doctor, List<WorkingPeriod>> hours, Function<Appointment, String> names) {
    }

    private final Composite columns;
    private final Texts texts;
    private final DateTimeFormatter weekDayFormat;
    private final Consumer<LocalDate> onOpenDay;
    private final AgendaSelection selection;
    private final AgendaCells cells;
    private final Map<UUID, DayTable> dayTables = new LinkedHashMap<>();
    private final Map<UUID, WeekTable> weekTables = new LinkedHashMap<>();
    /** What the tables were built for. */
    private String tablesShape = "";

    /**
     * @param onSelect told when the user chose another row or cell (or none)
     * @param onOpenDay told the date of a week's cell the user double-clicked
     */
    AgendaGrid(Composite parent, Texts texts, DateTimeFormatter weekDayFormat, Runnable onSelect,
            Consumer<LocalDate> onOpenDay) {
        this.texts = texts;
        this.weekDayFormat = weekDayFormat;
        this.onOpenDay = onOpenDay;
        selection = new AgendaSelection(onSelect);
        cells = new AgendaCells(texts, parent.getDisplay());
        columns = WidgetIds.name(new Composite(parent, SWT.NONE), "agenda.columns");
        columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        columns.setLayout(new GridLayout(1, true));
    }

    /** @return the doctor of the selected row or cell, or null */
    Doctor selectedDoctor() {
        return selection.doctor();
    }

    /** @return the selected row or cell, or null */
    Agenda.Row selected() {
        return selection.row();
    }

    /** Forgets the selection (the other doctors, or another period, are shown). */
    void clearSelection() {
        selection.clear();
    }

    /** Shows that there is no doctor to show. */
    void showNone() {
        build(false, List.of(), List.of());
    }

    /** Shows the doctors' day: their appointments and the free slots of their hours. */
    void showDay(LocalDate day, List<Doctor> doctors, List<Appointment> list, Sources sources) {
        build(false, doctors, List.of());
        AgendaSelection.Kept kept = selection.keep();
        selection.clear();
        for (Doctor doctor : doctors) {
            List<Agenda.Row> rows = Agenda.rows(day, sources.zone(), of(doctor, list), sources.hours().apply(doctor));
            dayTables.get(doctor.id()).show(day, rows, sources.names(), kept);
        }
    }

    /** Shows the doctors' week of {@code monday}: a cell per half hour and day. */
    void showWeek(LocalDate monday, List<Doctor> doctors, List<Appointment> list, Sources sources) {
        ZoneId zone = sources.zone();
        List<List<WorkingPeriod>> hours = doctors.stream().map(sources.hours()).toList();
        // The same days and half hours for every doctor, so that their weeks line up side by side.
        List<LocalDate> days = Agenda.weekDays(monday, zone, hours, list);
        List<LocalTime> times = Agenda.weekTimes(zone, hours, list);
        build(true, doctors, days.stream().map(weekDayFormat::format).toList());
        AgendaSelection.Kept kept = selection.keep();
        selection.clear();
        for (Doctor doctor : doctors) {
            weekTables.get(doctor.id()).show(monday, days, times, zone, of(doctor, list),
                    sources.hours().apply(doctor), sources.names(), kept);
        }
    }

    private static List<Appointment> of(Doctor doctor, List<Appointment> list) {
        return list.stream().filter(a -> a.doctorId().equals(doctor.id())).toList();
    }

    /** Rebuilds the doctors' tables when what they show changed (mode, doctors, days); else keeps them. */
    private void build(boolean week, List<Doctor> doctors, List<String> headers) {
        String shape = week + "|" + doctors.stream().map(d -> d.id().toString()).toList() + "|" + headers;
        if (shape.equals(tablesShape) && (week ? weekTables : dayTables).size() == doctors.size()) {
            return;
        }
        tablesShape = shape;
        for (Control c : columns.getChildren()) {
            c.dispose();
        }
        dayTables.clear();
        weekTables.clear();
        selection.forgetMark();
        ((GridLayout) columns.getLayout()).numColumns = Math.max(1, doctors.size());
        if (doctors.isEmpty()) {
            new Label(columns, SWT.NONE).setText(texts.get("doctors.none"));
        }
        for (Doctor doctor : doctors) {
            Composite column = new Composite(columns, SWT.NONE);
            column.setLayout(Widgets.grid(1, 5));
            column.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            new Label(column, SWT.NONE).setText(doctor.displayName());
            if (week) {
                weekTables.put(doctor.id(), new WeekTable(column, doctor, headers, texts, selection, cells, onOpenDay));
            } else {
                dayTables.put(doctor.id(), new DayTable(column, doctor, texts, selection, cells,
                        () -> deselectAllBut(doctor)));
            }
        }
        columns.layout(true, true);
        weekTables.values().forEach(WeekTable::fitDays); // once laid out: a Resize may have come before
    }

    /** One row in the whole agenda: choosing one in a doctor's day lets go the others'. */
    private void deselectAllBut(Doctor doctor) {
        dayTables.forEach((id, table) -> {
            if (!id.equals(doctor.id())) {
                table.table().deselectAll();
            }
        });
    }
}
