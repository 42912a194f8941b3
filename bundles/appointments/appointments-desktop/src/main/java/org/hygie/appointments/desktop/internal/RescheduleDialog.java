package org.hygie.appointments.desktop.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.Doctor;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Dialog;

/**
 * Moves a scheduled appointment: another day, time, length or doctor, and its reason. The patient
 * stays. The dialog stays open (showing why) until the server has accepted the move.
 */
final class RescheduleDialog extends Dialog {
    /** What to do with the user's choice; the callback closes the dialog on success. */
    interface Submit {
        void submit(Doctor doctor, ZonedDateTime start, int minutes, String reason, RescheduleDialog dialog);
    }

    /**
     * @param doctors the doctors the appointment may move to (a doctor: himself only)
     */
    RescheduleDialog(Shell parent, Texts texts, Appointment appointment, String patientName, List<Doctor> doctors,
            ZoneId zone, Submit submit) {
        super(parent, "agenda.reschedule", texts.get("reschedule.title"), 2, SWT.NONE);
        ZonedDateTime start = appointment.start().atZoneSameInstant(zone);

        Label what = new Label(shell, SWT.NONE);
        what.setText(texts.get("reschedule.what", patientName));
        what.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        new Label(shell, SWT.NONE).setText(texts.get("reschedule.doctor"));
        Combo doctor = WidgetIds.name(new Combo(shell, SWT.READ_ONLY), "agenda.reschedule.doctor");
        for (Doctor d : doctors) {
            doctor.add(d.displayName());
            if (d.id().equals(appointment.doctorId())) {
                doctor.select(doctor.getItemCount() - 1);
            }
        }
        doctor.setEnabled(doctors.size() > 1);

        new Label(shell, SWT.NONE).setText(texts.get("reschedule.date"));
        DateTime date = WidgetIds.name(new DateTime(shell, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), "agenda.reschedule.date");
        date.setDate(start.getYear(), start.getMonthValue() - 1, start.getDayOfMonth());

        new Label(shell, SWT.NONE).setText(texts.get("reschedule.time"));
        DateTime time = WidgetIds.name(new DateTime(shell, SWT.TIME | SWT.SHORT | SWT.BORDER), "agenda.reschedule.time");
        time.setTime(start.getHour(), start.getMinute(), 0);

        // The usual lengths, and the appointment's own when it is another.
        int current = (int) Duration.between(appointment.start(), appointment.end()).toMinutes();
        List<Integer> lengths = new ArrayList<>();
        for (int minutes : BookDialog.LENGTHS) {
            lengths.add(minutes);
        }
        if (!lengths.contains(current)) {
            lengths.add(current);
            lengths.sort(null);
        }
        new Label(shell, SWT.NONE).setText(texts.get("book.length"));
        Combo length = WidgetIds.name(new Combo(shell, SWT.READ_ONLY), "agenda.reschedule.length");
        lengths.forEach(minutes -> length.add(texts.get("book.minutes", minutes)));
        length.select(lengths.indexOf(current));

        new Label(shell, SWT.NONE).setText(texts.get("book.reason"));
        Text reason = WidgetIds.name(new Text(shell, SWT.BORDER), "agenda.reschedule.reason");
        reason.setText(appointment.reason() == null ? "" : appointment.reason());
        GridData reasonData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        reasonData.widthHint = 300;
        reason.setLayoutData(reasonData);

        finish(texts, "reschedule.submit", () -> {
            ZonedDateTime chosen = LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay())
                    .atTime(LocalTime.of(time.getHours(), time.getMinutes())).atZone(zone);
            String r = reason.getText().strip();
            submit.submit(doctors.get(Math.max(0, doctor.getSelectionIndex())), chosen,
                    lengths.get(Math.max(0, length.getSelectionIndex())), r.isEmpty() ? null : r, this);
        });
    }
}
