package org.hygie.appointments.desktop.internal;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.hygie.appointments.api.Doctor;
import org.hygie.core.security.Permissions;
import org.hygie.patients.api.PatientSummary;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Dialog;
import org.hygie.workbench.kit.Tables;
import org.hygie.workbench.kit.Widgets;

/**
 * Booking a free slot: the patient found by search as you type, the length and the reason. The
 * dialog stays open (showing why) until the server has accepted the booking.
 */
final class BookDialog extends Dialog {
    static final int DEBOUNCE_MS = 300;
    static final int[] LENGTHS = { 15, 30, 45, 60 };
    static final int DEFAULT_MINUTES = 30;

    /** What to do with the user's choice; the callback closes the dialog on success. */
    interface Submit {
        void submit(PatientSummary patient, int minutes, String reason, BookDialog dialog);
    }

    private final ViewContext context;
    private final PatientsApi patients;
    private final Texts texts;
    private final Text search;
    private final Table results;
    private final Button ok;
    private int searchSeq;

    BookDialog(Shell parent, ViewContext context, PatientsApi patients, Texts texts, Doctor doctor,
            ZonedDateTime start, int minutes, Submit submit) {
        super(parent, "agenda.book", texts.get("book.title"), 2, SWT.RESIZE);
        this.context = context;
        this.patients = patients;
        this.texts = texts;

        Label what = WidgetIds.name(new Label(shell, SWT.NONE), "agenda.book.slot");
        what.setText(texts.get("book.slot", doctor.displayName(),
                DateTimeFormatter.ofPattern(texts.get("day.pattern"), context.locale()).format(start),
                Agenda.time(start)));
        what.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        new Label(shell, SWT.NONE).setText(texts.get("book.patient"));
        search = Widgets.searchField(shell, "agenda.book.search", texts.get("book.search.hint"), 1, DEBOUNCE_MS,
                this::searchNow);
        results = Tables.table(shell, "agenda.book.patients", texts, 2, "book.column.mrn", "book.column.name",
                "book.column.birthDate");
        ((GridData) results.getLayoutData()).heightHint = 160;
        // The patient on the spot, when the search finds none (for who may create patients).
        Button newPatient = Widgets.button(shell, "agenda.book.newPatient", texts.get("book.newPatient"), () ->
                new NewPatientDialog(shell, context, patients, texts, search.getText(), this::chosen));
        newPatient.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false, 2, 1));
        Widgets.shownOnlyIf(context.may(Permissions.PATIENTS_WRITE), newPatient);

        new Label(shell, SWT.NONE).setText(texts.get("book.length"));
        Combo length = WidgetIds.name(new Combo(shell, SWT.READ_ONLY), "agenda.book.length");
        for (int option : LENGTHS) {
            length.add(texts.get("book.minutes", option));
        }
        int initial = 1;
        for (int i = 0; i < LENGTHS.length; i++) {
            initial = LENGTHS[i] == minutes ? i : initial;
        }
        length.select(initial);
        new Label(shell, SWT.NONE).setText(texts.get("book.reason"));
        Text reason = WidgetIds.name(new Text(shell, SWT.BORDER), "agenda.book.reason");
        reason.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        ok = finish(texts, "book.submit", () -> {
            PatientSummary chosen = Tables.selected(results, PatientSummary.class);
            if (chosen != null) {
                String r = reason.getText().strip();
                submit.submit(chosen,
                        LENGTHS[Math.max(0, length.getSelectionIndex())], r.isEmpty() ? null : r, this);
            }
        });
        ok.setEnabled(false);
        results.addListener(SWT.Selection, e -> ok.setEnabled(results.getSelectionCount() == 1));
        shell.setSize(Math.max(480, shell.getSize().x), shell.getSize().y);
        search.setFocus();
    }

    /** A patient created on the spot: shown and chosen. */
    private void chosen(PatientSummary p) {
        if (results.isDisposed()) {
            return;
        }
        results.removeAll();
        Tables.row(results, p, p.mrn(), p.lastName().toUpperCase(context.locale()) + " " + p.firstName(),
                p.birthDate() == null ? "" : DateTimeFormatter.ofPattern(texts.get("date.pattern")).format(p.birthDate()));
        Tables.fit(results);
        results.setSelection(0);
        ok.setEnabled(true);
        showMessage("");
    }

    private void searchNow() {
        if (shell.isDisposed()) {
            return;
        }
        int seq = ++searchSeq;
        String q = search.getText().strip();
        if (q.isEmpty()) {
            results.removeAll();
            return;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(texts.get("date.pattern"));
        context.run(texts.get("book.searching"), () -> patients.search(q, null, 0, 20), page -> {
            if (seq != searchSeq || results.isDisposed()) {
                return;
            }
            results.removeAll();
            for (PatientSummary p : page.items()) {
                Tables.row(results, p, p.mrn(), p.lastName().toUpperCase(context.locale()) + " " + p.firstName(),
                        p.birthDate() == null ? "" : dates.format(p.birthDate()));
            }
            Tables.fit(results);
            if (page.items().isEmpty()) {
                showMessage(texts.get(context.may(Permissions.PATIENTS_WRITE) ? "book.search.noneCreate"
                        : "book.search.none"));
            } else {
                showMessage("");
            }
        });
    }
}
