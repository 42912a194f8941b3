package org.hygie.appointments.desktop.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.appointments.api.Doctor;
import org.hygie.appointments.api.WorkingPeriod;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;

/**
 * The doctors' tables side by side, and the one selection among them: in a day, a row per
 * appointment or free slot; in a week, a grid of half hours by day whose cells are chosen one at a
 * time, with the mouse or the arrows (a double click or Enter opens the cell's day). A reload keeps
 * what was selected when it is still there. Display thread only.
 */
final class AgendaGrid {
    /** The narrowest day of a week (three doctors fit on a 1200-pixel window); narrower, the table scrolls. */
    private static final int MIN_DAY_WIDTH = 40;
    private static final int WEEK_TIME_WIDTH = 48;

    /** What the grid shows of each doctor: his working hours, and how to name a patient. */
    record Sources(ZoneId zone, Function<Doctor, List<WorkingPeriod>> hours, Function<Appointment, String> names) {
    }

    private final Composite columns;
    private final Texts texts;
    private final DateTimeFormatter weekDayFormat;
    private final Runnable onSelect;
    private final Consumer<LocalDate> onOpenDay;
    private final Map<UUID, Table> tables = new HashMap<>();
    /** What the tables were built for: rebuilt only when it changes, so a refresh keeps their scrolling. */
    private String tablesShape = "";
    private Doctor selectedDoctor;
    private Agenda.Row selected;
    /** The week's highlighted cell, to put back its colours. */
    private TableItem markedItem;
    private int markedColumn;

    /**
     * @param onSelect told when the user chose another row or cell (or none)
     * @param onOpenDay told the date of a week's cell the user double-clicked
     */
    AgendaGrid(Composite parent, Texts texts, DateTimeFormatter weekDayFormat, Runnable onSelect,
            Consumer<LocalDate> onOpenDay) {
        this.texts = texts;
        this.weekDayFormat = weekDayFormat;
        this.onSelect = onSelect;
        this.onOpenDay = onOpenDay;
        columns = WidgetIds.name(new Composite(parent, SWT.NONE), "agenda.columns");
        columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        columns.setLayout(new GridLayout(1, true));
    }

    /** @return the doctor of the selected row or cell, or null */
    Doctor selectedDoctor() {
        return selectedDoctor;
    }

    /** @return the selected row or cell, or null */
    Agenda.Row selected() {
        return selected;
    }

    /** Shows that there is no doctor to show. */
    void showNone() {
        build(false, List.of(), List.of());
    }

    /** Shows the doctors' day: their appointments and the free slots of their hours. */
    void showDay(LocalDate day, List<Doctor> doctors, List<Appointment> list, Sources sources) {
        build(false, doctors, List.of());
        Selection keep = Selection.of(selectedDoctor, selected);
        clearSelection();
        for (Doctor doctor : doctors) {
            Table table = tables.get(doctor.id());
            table.removeAll();
            for (Agenda.Row row : Agenda.rows(day, sources.zone(), of(doctor, list), sources.hours().apply(doctor))) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setData(row);
                item.setText(0, Agenda.time(row.start()) + "–" + Agenda.time(row.end()));
                if (row.free()) {
                    item.setText(1, texts.get("slot.free"));
                    item.setForeground(color(SWT.COLOR_DARK_GRAY));
                } else {
                    item.setText(1, line(row.appointment(), sources));
                    item.setForeground(color(row.appointment().status()));
                }
                if (keep != null && keep.matches(doctor, row)) {
                    table.setSelection(item);
                    select(doctor, row);
                }
            }
            table.setData("day", day); // which day the rows are of (tests wait on it)
        }
    }

    /** Shows the doctors' week of {@code monday}: a cell per half hour and day. */
    void showWeek(LocalDate monday, List<Doctor> doctors, List<Appointment> list, Sources sources) {
        ZoneId zone = sources.zone();
        List<List<WorkingPeriod>> hours = doctors.stream().map(sources.hours()).toList();
        List<LocalDate> days = Agenda.weekDays(monday, zone, hours, list);
        List<LocalTime> times = Agenda.weekTimes(zone, hours, list);
        build(true, doctors, days.stream().map(weekDayFormat::format).toList());
        Selection keep = Selection.of(selectedDoctor, selected);
        clearSelection();
        for (Doctor doctor : doctors) {
            Table table = tables.get(doctor.id());
            table.removeAll();
            List<Appointment> own = of(doctor, list);
            List<WorkingPeriod> periods = sources.hours().apply(doctor);
            for (LocalTime time : times) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(0, Agenda.time(time));
                Agenda.Row[] cells = new Agenda.Row[days.size()];
                for (int i = 0; i < days.size(); i++) {
                    Agenda.Row cell = Agenda.cell(days.get(i), time, zone, own, periods);
                    cells[i] = cell;
                    if (cell == null) {
                        item.setBackground(i + 1, color(SWT.COLOR_WIDGET_BACKGROUND));
                    } else if (cell.free()) {
                        item.setText(i + 1, texts.get("cell.free"));
                        item.setForeground(i + 1, color(SWT.COLOR_DARK_GRAY));
                    } else {
                        String name = sources.names().apply(cell.appointment());
                        item.setText(i + 1, Agenda.startsIn(cell, days.get(i), time, zone) ? name
                                : texts.get("cell.continued", name));
                        item.setForeground(i + 1, color(cell.appointment().status()));
                    }
                    if (keep != null && cell != null && keep.matches(doctor, cell)) {
                        mark(item, i + 1);
                        select(doctor, cell);
                        keep = null; // an appointment over several cells: its first one only
                    }
                }
                item.setData(cells);
            }
            table.setData("days", days); // the date of each column after the time
            table.setData("day", monday);
        }
    }

    private static List<Appointment> of(Doctor doctor, List<Appointment> list) {
        return list.stream().filter(a -> a.doctorId().equals(doctor.id())).toList();
    }

    /** An appointment's line in a day: patient, status (with why, when cancelled), reason. */
    private String line(Appointment a, Sources sources) {
        String status = texts.get("status." + a.status());
        if (a.statusReason() != null) {
            status = texts.get("status.because", status, a.statusReason());
        }
        return texts.get("appointment.line", sources.names().apply(a), status, a.reason() == null ? "" : a.reason())
                .strip();
    }

    /** Rebuilds the doctors' tables when what they show changed (mode, doctors, days); else keeps them. */
    private void build(boolean week, List<Doctor> doctors, List<String> headers) {
        String shape = week + "|" + doctors.stream().map(d -> d.id().toString()).toList() + "|" + headers;
        if (shape.equals(tablesShape) && tables.size() == doctors.size()) {
            return;
        }
        tablesShape = shape;
        for (Control c : columns.getChildren()) {
            c.dispose();
        }
        tables.clear();
        markedItem = null;
        ((GridLayout) columns.getLayout()).numColumns = Math.max(1, doctors.size());
        if (doctors.isEmpty()) {
            new Label(columns, SWT.NONE).setText(texts.get("doctors.none"));
        }
        for (Doctor doctor : doctors) {
            Composite column = new Composite(columns, SWT.NONE);
            column.setLayout(new GridLayout(1, false));
            column.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            Label name = new Label(column, SWT.NONE);
            name.setText(doctor.displayName());
            int style = SWT.BORDER | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | (week ? 0 : SWT.FULL_SELECTION);
            Table table = WidgetIds.name(new Table(column, style), "agenda.doctor." + doctor.username());
            table.setHeaderVisible(true);
            table.setLinesVisible(true);
            table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            TableColumn time = new TableColumn(table, SWT.NONE);
            time.setText(texts.get("column.time"));
            time.setWidth(week ? WEEK_TIME_WIDTH : 95);
            if (!week) {
                TableColumn what = new TableColumn(table, SWT.NONE);
                what.setText(texts.get("column.appointment"));
                what.setWidth(300);
                table.addListener(SWT.Selection, e -> selectRow(doctor, table));
            } else {
                for (String header : headers) {
                    new TableColumn(table, SWT.NONE).setText(header);
                }
                // The days share the table's width, so that a week of three doctors side by side shows whole.
                table.addListener(SWT.Resize, e -> fitDays(table));
                // Cells, not rows, are chosen in a week: the row highlight would mislead.
                table.addListener(SWT.EraseItem, e -> e.detail &= ~(SWT.SELECTED | SWT.HOT));
                table.addListener(SWT.MouseDown, e -> selectCell(doctor, table, e, false));
                table.addListener(SWT.MouseDoubleClick, e -> selectCell(doctor, table, e, true));
                table.addListener(SWT.KeyDown, e -> moveCell(doctor, table, e));
            }
            tables.put(doctor.id(), table);
        }
        columns.layout(true, true);
        if (week) {
            tables.values().forEach(AgendaGrid::fitDays); // once laid out: a Resize may have come before
        }
    }

    private static void fitDays(Table table) {
        int days = table.getColumnCount() - 1;
        // GTK may have stretched the time column while it was the last one: it is set again.
        table.getColumn(0).setWidth(WEEK_TIME_WIDTH);
        int width = table.getClientArea().width - WEEK_TIME_WIDTH;
        for (int i = 1; i <= days; i++) {
            table.getColumn(i).setWidth(Math.max(MIN_DAY_WIDTH, width / Math.max(1, days)));
        }
    }

    private Color color(int systemColor) {
        return columns.getDisplay().getSystemColor(systemColor);
    }

    private Color color(AppointmentStatus status) {
        return color(switch (status) {
            case SCHEDULED -> SWT.COLOR_BLACK;
            case CHECKED_IN -> SWT.COLOR_DARK_BLUE;
            case COMPLETED -> SWT.COLOR_DARK_GREEN;
            case CANCELLED, NO_SHOW -> SWT.COLOR_GRAY;
        });
    }

    // ---- selection: one row or cell in the whole agenda

    /** What was selected before a reload, to select it again. */
    private record Selection(UUID doctorId, UUID appointmentId, Instant freeStart) {
        static Selection of(Doctor doctor, Agenda.Row row) {
            if (doctor == null || row == null) {
                return null;
            }
            return new Selection(doctor.id(), row.free() ? null : row.appointment().id(),
                    row.free() ? row.start().toInstant() : null);
        }

        boolean matches(Doctor doctor, Agenda.Row row) {
            return doctorId.equals(doctor.id()) && (row.free() ? row.start().toInstant().equals(freeStart)
                    : row.appointment().id().equals(appointmentId));
        }
    }

    private void select(Doctor doctor, Agenda.Row row) {
        selectedDoctor = row == null ? null : doctor;
        selected = row;
    }

    /** Forgets the selection (the other doctors, or another period, are shown). */
    void clearSelection() {
        select(null, null);
        unmark();
    }

    private void selectRow(Doctor doctor, Table table) {
        TableItem[] items = table.getSelection();
        tables.values().stream().filter(t -> t != table).forEach(Table::deselectAll);
        select(doctor, items.length == 1 ? (Agenda.Row) items[0].getData() : null);
        onSelect.run();
    }

    /** A click in a week: the cell under it is the selection; a double click opens its day. */
    private void selectCell(Doctor doctor, Table table, Event e, boolean open) {
        TableItem item = table.getItem(new Point(e.x, e.y));
        int column = -1;
        for (int i = 1; item != null && i < table.getColumnCount(); i++) {
            if (item.getBounds(i).contains(e.x, e.y)) {
                column = i;
            }
        }
        clearSelection();
        if (column > 0 && open) {
            @SuppressWarnings("unchecked")
            List<LocalDate> days = (List<LocalDate>) table.getData("days");
            onOpenDay.accept(days.get(column - 1));
            return;
        }
        if (column > 0) {
            Agenda.Row cell = ((Agenda.Row[]) item.getData())[column - 1];
            if (cell != null) {
                mark(item, column);
                select(doctor, cell);
            }
        }
        onSelect.run();
    }

    /**
     * The keyboard in a week: the arrows move the chosen cell (from the first one when none is),
     * Enter opens its day, as a double click does.
     */
    private void moveCell(Doctor doctor, Table table, Event e) {
        int rows = table.getItemCount();
        int days = table.getColumnCount() - 1;
        if (rows == 0 || days < 1) {
            return;
        }
        boolean here = markedItem != null && !markedItem.isDisposed() && markedItem.getParent() == table;
        int row = here ? table.indexOf(markedItem) : 0;
        int column = here ? markedColumn : 1;
        switch (e.keyCode) {
            case SWT.ARROW_UP -> row = here ? Math.max(0, row - 1) : row;
            case SWT.ARROW_DOWN -> row = here ? Math.min(rows - 1, row + 1) : row;
            case SWT.ARROW_LEFT -> column = here ? Math.max(1, column - 1) : column;
            case SWT.ARROW_RIGHT -> column = here ? Math.min(days, column + 1) : column;
            case SWT.CR, SWT.KEYPAD_CR -> {
                if (here) {
                    e.doit = false;
                    @SuppressWarnings("unchecked")
                    List<LocalDate> dates = (List<LocalDate>) table.getData("days");
                    onOpenDay.accept(dates.get(column - 1));
                }
                return;
            }
            default -> {
                return;
            }
        }
        e.doit = false; // the table's own row moves would mislead, as its row highlight would
        TableItem item = table.getItem(row);
        table.showItem(item);
        clearSelection();
        Agenda.Row cell = ((Agenda.Row[]) item.getData())[column - 1];
        // A cell out of the doctor's hours can be passed through, but holds nothing to act on.
        mark(item, column);
        if (cell != null) {
            select(doctor, cell);
        }
        onSelect.run();
    }

    private void mark(TableItem item, int column) {
        unmark();
        markedItem = item;
        markedColumn = column;
        item.setData("markedBackground", item.getBackground(column));
        item.setData("markedForeground", item.getForeground(column));
        item.setBackground(column, color(SWT.COLOR_LIST_SELECTION));
        item.setForeground(column, color(SWT.COLOR_LIST_SELECTION_TEXT));
    }

    private void unmark() {
        if (markedItem != null && !markedItem.isDisposed()) {
            markedItem.setBackground(markedColumn, (Color) markedItem.getData("markedBackground"));
            markedItem.setForeground(markedColumn, (Color) markedItem.getData("markedForeground"));
        }
        markedItem = null;
    }
}
