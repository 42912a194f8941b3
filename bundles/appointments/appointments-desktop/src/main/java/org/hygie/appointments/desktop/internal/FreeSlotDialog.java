package org.hygie.appointments.desktop.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.hygie.appointments.api.Doctor;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Dialog;

/**
 * Asks for a doctor and a length and looks for the first free slot (the server's
 * {@code GET /api/appointments/free-slot}); stays open, saying why, until one is found.
 */
final class FreeSlotDialog extends Dialog {
    /** What to do with the user's choice; the callback closes the dialog once a slot is found. */
    interface Submit {
        void submit(Doctor doctor, int minutes, FreeSlotDialog dialog);
    }

    /** @param chosen the doctor to offer first (the one selected in the grid), or null */
    FreeSlotDialog(Shell parent, Texts texts, List<Doctor> doctors, Doctor chosen, Submit submit) {
        super(parent, "agenda.freeSlot", texts.get("freeSlot.title"), 2, SWT.NONE);
        new Label(shell, SWT.NONE).setText(texts.get("reschedule.doctor"));
        Combo doctor = WidgetIds.name(new Combo(shell, SWT.READ_ONLY), "agenda.freeSlot.doctor");
        for (Doctor d : doctors) {
            doctor.add(d.displayName());
            if (chosen != null && d.id().equals(chosen.id()) || doctor.getSelectionIndex() < 0) {
                doctor.select(doctor.getItemCount() - 1);
            }
        }
        doctor.setEnabled(doctors.size() > 1);
        new Label(shell, SWT.NONE).setText(texts.get("book.length"));
        Combo length = WidgetIds.name(new Combo(shell, SWT.READ_ONLY), "agenda.freeSlot.length");
        for (int minutes : BookDialog.LENGTHS) {
            length.add(texts.get("book.minutes", minutes));
        }
        length.select(1);
        finish(texts, "freeSlot.submit", () -> {
            if (!doctors.isEmpty()) {
                submit.submit(doctors.get(Math.max(0, doctor.getSelectionIndex())),
                        BookDialog.LENGTHS[Math.max(0, length.getSelectionIndex())], this);
            }
        });
    }
}
