package org.hygie.appointments.desktop.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.Doctor;
import org.hygie.workbench.Texts;
import org.hygie.workbench.kit.Tables;

/** A doctor's day: a row per appointment or free slot, one chosen at a time. Display thread only. */
final class DayTable {
    private static final int TIME_WIDTH = 95;
    private static final int LINE_WIDTH = 300;

    private final Doctor doctor;
    private final Table table;
    private final AgendaSelection selection;
    private final AgendaCells cells;

    /** @param onChosen told when the user chose a row here, so that the other doctors' tables let go theirs */
    DayTable(Composite parent, Doctor doctor, Texts texts, AgendaSelection selection, AgendaCells cells,
            Runnable onChosen) {
        this.doctor = doctor;
        this.selection = selection;
        this.cells = cells;
        table = Tables.table(parent, "agenda.doctor." + doctor.username(), texts, 1, "column.time",
                "column.appointment");
        // Fixed widths: a day's lines differ in length from one day to the next, the columns should not.
        table.getColumn(0).setWidth(TIME_WIDTH);
        table.getColumn(1).setWidth(LINE_WIDTH);
        table.addListener(SWT.Selection, e -> {
            onChosen.run();
            selection.choose(doctor, Tables.selected(table, Agenda.Row.class));
        });
    }

    Table table() {
        return table;
    }

    /** Fills the table with {@code rows} of {@code day}, selecting again the row {@code kept} names. */
    void show(LocalDate day, List<Agenda.Row> rows, Function<Appointment, String> names, AgendaSelection.Kept kept) {
        table.removeAll();
        for (Agenda.Row row : rows) {
            TableItem item = Tables.row(table, row, AgendaCells.span(row), cells.line(row, names));
            cells.paintDay(item, row);
            if (kept != null && kept.matches(doctor, row)) {
                table.setSelection(item);
                selection.set(doctor, row);
            }
        }
        table.setData("day", day); // which day the rows are of (tests wait on it)
    }
}
