package org.hygie.appointments.desktop.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.Doctor;
import org.hygie.appointments.api.WorkingPeriod;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;

/**
 * A doctor's week: a grid of half hours by day whose cells, not rows, are chosen one at a time,
 * with the mouse or the arrows; a double click or Enter opens the cell's day. Display thread only.
 */
final class WeekTable {
    /** The narrowest day of a week (three doctors fit on a 1200-pixel window); narrower, the table scrolls. */
    private static final int MIN_DAY_WIDTH = 40;
    private static final int TIME_WIDTH = 48;

    private final Doctor doctor;
    private final Table table;
    private final AgendaSelection selection;
    private final AgendaCells cells;
    private final Consumer<LocalDate> onOpenDay;
    /** The date of each column after the time. */
    private List<LocalDate> days = List.of();

    /**
     * @param headers the days' column headers
     * @param onOpenDay told the date of the cell the user double-clicked or pressed Enter on
     */
    WeekTable(Composite parent, Doctor doctor, List<String> headers, Texts texts, AgendaSelection selection,
            AgendaCells cells, Consumer<LocalDate> onOpenDay) {
        this.doctor = doctor;
        this.selection = selection;
        this.cells = cells;
        this.onOpenDay = onOpenDay;
        // Not the kit's table: a full-row selection would mislead where cells are chosen.
        table = WidgetIds.name(new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL),
                "agenda.doctor." + doctor.username());
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumn time = new TableColumn(table, SWT.NONE);
        time.setText(texts.get("column.time"));
        time.setWidth(TIME_WIDTH);
        for (String header : headers) {
            new TableColumn(table, SWT.NONE).setText(header);
        }
        // The days share the table's width, so that a week of three doctors side by side shows whole.
        table.addListener(SWT.Resize, e -> fitDays());
        // Cells, not rows, are chosen in a week: the row highlight would mislead.
        table.addListener(SWT.EraseItem, e -> e.detail &= ~(SWT.SELECTED | SWT.HOT));
        table.addListener(SWT.MouseDown, e -> click(e, false));
        table.addListener(SWT.MouseDoubleClick, e -> click(e, true));
        table.addListener(SWT.KeyDown, this::key);
    }

    /**
     * Fills the grid of {@code days} by {@code times} with the doctor's appointments ({@code own})
     * and free half hours of his {@code periods}, highlighting again the cell {@code kept} names.
     */
    void show(LocalDate monday, List<LocalDate> days, List<LocalTime> times, ZoneId zone, List<Appointment> own,
            List<WorkingPeriod> periods, Function<Appointment, String> names, AgendaSelection.Kept kept) {
        this.days = days;
        table.removeAll();
        for (LocalTime time : times) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(0, Agenda.time(time));
            Agenda.Row[] row = new Agenda.Row[days.size()];
            for (int i = 0; i < days.size(); i++) {
                Agenda.Row cell = Agenda.cell(days.get(i), time, zone, own, periods);
                row[i] = cell;
                cells.paintWeek(item, i + 1, cell, days.get(i), time, zone, names);
                if (kept != null && cell != null && kept.matches(doctor, cell)) {
                    selection.mark(item, i + 1);
                    selection.set(doctor, cell);
                    kept = null; // an appointment over several cells: its first one only
                }
            }
            item.setData(row);
        }
        table.setData("days", days);
        table.setData("day", monday); // which week the cells are of (tests wait on it)
    }

    /** Shares the table's width among the days, none narrower than {@link #MIN_DAY_WIDTH}. */
    void fitDays() {
        int count = table.getColumnCount() - 1;
        // GTK may have stretched the time column while it was the last one: it is set again.
        table.getColumn(0).setWidth(TIME_WIDTH);
        int width = table.getClientArea().width - TIME_WIDTH;
        for (int i = 1; i <= count; i++) {
            table.getColumn(i).setWidth(Math.max(MIN_DAY_WIDTH, width / Math.max(1, count)));
        }
    }

    /** A click: the cell under it is the selection; a double click opens its day. */
    private void click(Event e, boolean open) {
        TableItem item = table.getItem(new Point(e.x, e.y));
        int column = -1;
        for (int i = 1; item != null && i < table.getColumnCount(); i++) {
            if (item.getBounds(i).contains(e.x, e.y)) {
                column = i;
            }
        }
        selection.clear();
        if (column > 0 && open) {
            onOpenDay.accept(days.get(column - 1));
            return;
        }
        Agenda.Row cell = column > 0 ? cellAt(item, column) : null;
        if (cell != null) {
            selection.mark(item, column);
        }
        selection.choose(doctor, cell);
    }

    /**
     * The keyboard: the arrows move the chosen cell (from the first one when none is), Enter opens
     * its day, as a double click does.
     */
    private void key(Event e) {
        int rows = table.getItemCount();
        int count = table.getColumnCount() - 1;
        if (rows == 0 || count < 1) {
            return;
        }
        TableItem marked = selection.markedIn(table);
        boolean here = marked != null;
        int row = here ? table.indexOf(marked) : 0;
        int column = here ? selection.markedColumn() : 1;
        switch (e.keyCode) {
            case SWT.ARROW_UP -> row = here ? Math.max(0, row - 1) : row;
            case SWT.ARROW_DOWN -> row = here ? Math.min(rows - 1, row + 1) : row;
            case SWT.ARROW_LEFT -> column = here ? Math.max(1, column - 1) : column;
            case SWT.ARROW_RIGHT -> column = here ? Math.min(count, column + 1) : column;
            case SWT.CR, SWT.KEYPAD_CR -> {
                if (here) {
                    e.doit = false;
                    onOpenDay.accept(days.get(column - 1));
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
        selection.clear();
        // A cell out of the doctor's hours can be passed through, but holds nothing to act on.
        selection.mark(item, column);
        selection.choose(doctor, cellAt(item, column));
    }

    private static Agenda.Row cellAt(TableItem item, int column) {
        return ((Agenda.Row[]) item.getData())[column - 1];
    }
}
