package org.hygie.appointments.desktop.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hygie.patients.api.Patient;
import org.hygie.patients.api.PatientCreated;
import org.hygie.patients.api.PatientInput;
import org.hygie.patients.api.PatientSummary;
import org.hygie.patients.api.PatientsApi;
import org.hygie.patients.api.Sex;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.kit.Dialog;
import org.hygie.workbench.kit.DuplicatesDialog;
import org.hygie.workbench.kit.DuplicatesDialog.Duplicate;
import org.hygie.workbench.kit.Form;

/**
 * Creates the patient on the spot when the booking's search finds none: the identity a creation
 * needs, through the patients' REST contract. As the patients' view does, it first asks the server
 * for the likely duplicates ({@code POST /api/patients/duplicates}, the rule a creation uses) and
 * shows them in the kit's {@link DuplicatesDialog}, the one the patients' view shows, creating only
 * when the user confirms; the server's field errors show by their field.
 */
final class NewPatientDialog extends Dialog {
    private final ViewContext context;
    private final PatientsApi patients;
    private final Texts texts;
    private final Form form;
    private final DateTimeFormatter dates;

    NewPatientDialog(Shell parent, ViewContext context, PatientsApi patients, Texts texts, String typed,
            Consumer<PatientSummary> created) {
        super(parent, "agenda.newPatient", texts.get("newPatient.title"), 3, SWT.NONE);
        this.context = context;
        this.patients = patients;
        this.texts = texts;
        this.dates = DateTimeFormatter.ofPattern(texts.get("date.pattern"));
        form = new Form(shell, texts, "agenda.newPatient", 160);
        Text lastName = form.field("lastName", texts.get("newPatient.lastName"), new Text(shell, SWT.BORDER), 200);
        form.field("firstName", texts.get("newPatient.firstName"), new Text(shell, SWT.BORDER), 200);
        Text birth = form.field("birthDate", texts.get("newPatient.birthDate"), new Text(shell, SWT.BORDER), 120);
        birth.setMessage(texts.get("newPatient.birthDate.hint"));
        Combo sex = form.field("sex", texts.get("newPatient.sex"), new Combo(shell, SWT.READ_ONLY), 120);
        for (Sex s : Sex.values()) {
            sex.add(texts.get("sex." + s));
        }
        // What was typed in the search is most likely the family name.
        lastName.setText(typed == null ? "" : typed.strip());
        finish(texts, "newPatient.submit", () -> submit(created));
    }

    private void submit(Consumer<PatientSummary> created) {
        form.clearErrors();
        LocalDate birthDate = null;
        String birthText = form.text("birthDate").getText().strip();
        if (!birthText.isEmpty()) {
            try {
                birthDate = LocalDate.parse(birthText, dates);
            } catch (DateTimeParseException e) {
                form.error("birthDate", texts.get("newPatient.badDate"));
                return;
            }
        }
        int sexIndex = form.combo("sex").getSelectionIndex();
        PatientInput input = new PatientInput(form.value("lastName"), form.value("firstName"), birthDate,
                sexIndex < 0 ? null : Sex.values()[sexIndex], null, null, null, null, null);
        context.run(texts.get("newPatient.checking"), () -> patients.duplicates(input), same -> {
            if (same.isEmpty()) {
                create(input, created);
            } else {
                // The patients area's own warning: the same words and choice wherever a patient is created.
                DuplicatesDialog.open(shell, context.locale(), same.stream().map(p -> new Duplicate(p.mrn(),
                        p.lastName().toUpperCase(context.locale()) + " " + p.firstName(), dates.format(p.birthDate())))
                        .toList(), () -> create(input, created));
            }
        }, problem -> {
            form.showErrors(problem.errors());
            showMessage(problem.errors().isEmpty() ? context.describe(problem) : "");
        });
    }

    private void create(PatientInput input, Consumer<PatientSummary> created) {
        context.run(texts.get("newPatient.saving"), () -> {
            try (jakarta.ws.rs.core.Response response = patients.create(input)) {
                return response.readEntity(PatientCreated.class);
            }
        }, done -> {
            Patient p = done.patient();
            close();
            context.inform(texts.get("newPatient.done", p.lastName().toUpperCase(context.locale()) + " " + p.firstName(),
                    p.mrn()));
            created.accept(new PatientSummary(p.id(), p.mrn(), p.lastName(), p.firstName(), p.birthDate(), p.sex(),
                    PatientSummary.Match.EXACT));
        }, problem -> {
            form.showErrors(problem.errors());
            showMessage(problem.errors().isEmpty() ? context.describe(problem) : "");
        });
    }
}
