package org.hygie.appointments.desktop.internal;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hygie.appointments.api.Doctor;

/**
 * The one row or cell selected in the whole agenda, whichever doctor's table it is in, and the
 * week's highlighted cell (a table highlights rows, not cells, so the cell's colours are swapped
 * by hand and put back). Display thread only.
 */
final class AgendaSelection {
    private final Runnable onChange;
    private Doctor doctor;
    private Agenda.Row row;
    private TableItem markedItem;
    private int markedColumn;

    /** @param onChange told when the user chose another row or cell (or none) */
    AgendaSelection(Runnable onChange) {
        this.onChange = onChange;
    }

    /** What was selected before a reload, to select it again: an appointment by id, a free slot by start. */
    record Kept(UUID doctorId, UUID appointmentId, Instant freeStart) {
        boolean matches(Doctor doctor, Agenda.Row row) {
            return doctorId.equals(doctor.id()) && (row.free() ? row.start().toInstant().equals(freeStart)
                    : row.appointment().id().equals(appointmentId));
        }
    }

    /** @return the doctor of the selected row or cell, or null */
    Doctor doctor() {
        return doctor;
    }

    /** @return the selected row or cell, or null */
    Agenda.Row row() {
        return row;
    }

    /** @return what is selected, to find it again once the tables are filled anew; null when nothing is */
    Kept keep() {
        if (doctor == null || row == null) {
            return null;
        }
        return new Kept(doctor.id(), row.free() ? null : row.appointment().id(),
                row.free() ? row.start().toInstant() : null);
    }

    /** Selects {@code row} of {@code doctor} (none when {@code row} is null), without telling anyone. */
    void set(Doctor doctor, Agenda.Row row) {
        this.doctor = row == null ? null : doctor;
        this.row = row;
    }

    /** Selects what the user chose and tells so. */
    void choose(Doctor doctor, Agenda.Row row) {
        set(doctor, row);
        onChange.run();
    }

    /** Forgets the selection and the highlighted cell. */
    void clear() {
        set(null, null);
        unmark();
    }

    /** The tables were rebuilt: the highlighted cell went with them. */
    void forgetMark() {
        markedItem = null;
    }

    /** @return the row of {@code table} whose cell is highlighted, or null when none of its cells is */
    TableItem markedIn(Table table) {
        return markedItem != null && !markedItem.isDisposed() && markedItem.getParent() == table ? markedItem : null;
    }

    /** @return the column of the highlighted cell */
    int markedColumn() {
        return markedColumn;
    }

    /** Highlights the cell of {@code item} in {@code column}, and no other. */
    void mark(TableItem item, int column) {
        unmark();
        markedItem = item;
        markedColumn = column;
        item.setData("markedBackground", item.getBackground(column));
        item.setData("markedForeground", item.getForeground(column));
        item.setBackground(column, item.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
        item.setForeground(column, item.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT));
    }

    private void unmark() {
        if (markedItem != null && !markedItem.isDisposed()) {
            markedItem.setBackground(markedColumn, (Color) markedItem.getData("markedBackground"));
            markedItem.setForeground(markedColumn, (Color) markedItem.getData("markedForeground"));
        }
        markedItem = null;
    }
}
