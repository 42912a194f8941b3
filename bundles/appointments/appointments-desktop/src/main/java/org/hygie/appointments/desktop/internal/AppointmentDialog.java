package org.hygie.appointments.desktop.internal;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.hygie.appointments.api.Appointment;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Dialog;

/**
 * An appointment opened from the grid (double click or Enter): who, when, with whom, its status
 * and reason, and the way to its patient's chart, its main action.
 */
final class AppointmentDialog extends Dialog {
    AppointmentDialog(Shell parent, Texts texts, DateTimeFormatter dayFormat, StatusLook look, Appointment a,
            String patient, String doctor, ZonedDateTime start, ZonedDateTime end, Runnable openChart) {
        super(parent, "agenda.appointment", texts.get("appointment.title"), 2, SWT.NONE);
        row(texts.get("appointment.patient"), patient, "agenda.appointment.patient");
        row(texts.get("appointment.when"), texts.get("appointment.span", dayFormat.format(start), Agenda.time(start),
                Agenda.time(end)), "agenda.appointment.when");
        row(texts.get("reschedule.doctor"), doctor, "agenda.appointment.doctor");
        String status = look.label(a.status());
        if (a.statusReason() != null) {
            status = texts.get("status.because", status, a.statusReason());
        }
        row(texts.get("appointment.status"), status, "agenda.appointment.status");
        row(texts.get("book.reason"), a.reason() == null ? "" : a.reason(), "agenda.appointment.reason");
        finish(texts, "appointment.chart", () -> {
            close();
            openChart.run();
        });
    }

    private void row(String caption, String value, String id) {
        new Label(shell, SWT.NONE).setText(caption);
        Label shown = WidgetIds.name(new Label(shell, SWT.WRAP), id);
        shown.setText(value);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 340;
        shown.setLayoutData(data);
    }
}
