package org.hygie.appointments.desktop.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.workbench.Texts;

/**
 * How a row of a day and a cell of a week read: their text and its colour (grey when free, one
 * colour per status), or the widget background for a time out of the doctor's hours.
 */
final class AgendaCells {
    private final Texts texts;
    private final Display display;

    AgendaCells(Texts texts, Display display) {
        this.texts = texts;
        this.display = display;
    }

    /** @return the time span of a day's row */
    static String span(Agenda.Row row) {
        return Agenda.time(row.start()) + "–" + Agenda.time(row.end());
    }

    /** @return what a day's row says: the free slot, or the appointment's patient, status and reason */
    String line(Agenda.Row row, Function<Appointment, String> names) {
        return row.free() ? texts.get("slot.free") : line(row.appointment(), names);
    }

    /** Colours a day's row by what it holds. */
    void paintDay(TableItem item, Agenda.Row row) {
        item.setForeground(row.free() ? color(SWT.COLOR_DARK_GRAY) : color(row.appointment().status()));
    }

    /**
     * Writes the week's cell of {@code day} at {@code time} into {@code column} of {@code item}:
     * nothing on the widget background out of the doctor's hours ({@code cell} null), a dot when
     * free, the patient's name where the appointment starts and a mark of continuation below.
     */
    void paintWeek(TableItem item, int column, Agenda.Row cell, LocalDate day, LocalTime time, ZoneId zone,
            Function<Appointment, String> names) {
        if (cell == null) {
            item.setBackground(column, color(SWT.COLOR_WIDGET_BACKGROUND));
        } else if (cell.free()) {
            item.setText(column, texts.get("cell.free"));
            item.setForeground(column, color(SWT.COLOR_DARK_GRAY));
        } else {
            String name = names.apply(cell.appointment());
            item.setText(column, Agenda.startsIn(cell, day, time, zone) ? name : texts.get("cell.continued", name));
            item.setForeground(column, color(cell.appointment().status()));
        }
    }

    /** An appointment's line in a day: patient, status (with why, when cancelled), reason. */
    private String line(Appointment a, Function<Appointment, String> names) {
        String status = texts.get("status." + a.status());
        if (a.statusReason() != null) {
            status = texts.get("status.because", status, a.statusReason());
        }
        return texts.get("appointment.line", names.apply(a), status, a.reason() == null ? "" : a.reason()).strip();
    }

    private Color color(int systemColor) {
        return display.getSystemColor(systemColor);
    }

    private Color color(AppointmentStatus status) {
        return color(switch (status) {
            case SCHEDULED -> SWT.COLOR_BLACK;
            case CHECKED_IN -> SWT.COLOR_DARK_BLUE;
            case COMPLETED -> SWT.COLOR_DARK_GREEN;
            case CANCELLED, NO_SHOW -> SWT.COLOR_GRAY;
        });
    }
}
