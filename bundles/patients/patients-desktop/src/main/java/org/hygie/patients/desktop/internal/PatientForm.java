package org.hygie.patients.desktop.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.hygie.core.problem.HygieException;
import org.hygie.patients.api.Patient;
import org.hygie.patients.api.PatientCreated;
import org.hygie.patients.api.PatientInput;
import org.hygie.patients.api.PatientSummary;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.DuplicatesDialog;
import org.hygie.workbench.kit.DuplicatesDialog.Duplicate;
import org.hygie.workbench.kit.Form;
import org.hygie.workbench.kit.Widgets;

/**
 * The selected or new patient's demographics, saved to the server with its validation shown next
 * to the fields; a creation first asks the server for likely duplicates. The allergies below it.
 * Display thread only.
 */
final class PatientForm {
    private final ViewContext context;
    private final PatientsApi api;
    private final Texts texts;
    private final DateTimeFormatter dates;
    private final boolean mayWrite;
    private final Runnable onSaved;
    private final ScrolledComposite root;
    private final Label title;
    private final Label message;
    private final PatientFields fields;
    private final Form form;
    private final AllergiesPart allergies;
    /** The patient in the form, or null for a new one. */
    private Patient current;

    /** @param onSaved what follows a saved creation or edit (the list searches again) */
    PatientForm(Composite parent, ViewContext context, PatientsApi api, Texts texts, DateTimeFormatter dates,
            boolean mayWrite, boolean mayReadClinical, boolean mayWriteClinical, Runnable onSaved) {
        this.context = context;
        this.api = api;
        this.texts = texts;
        this.dates = dates;
        this.mayWrite = mayWrite;
        this.onSaved = onSaved;
        root = new ScrolledComposite(parent, SWT.V_SCROLL);
        root.setExpandHorizontal(true);
        root.setExpandVertical(true);
        Composite body = new Composite(root, SWT.NONE);
        root.setContent(body);
        body.setLayout(new GridLayout(3, false));
        title = WidgetIds.name(new Label(body, SWT.NONE), "patients.form.title");
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        message = Widgets.messageLine(body, "patients.form.message", 3, SWT.DEFAULT);
        fields = new PatientFields(body, texts, dates, "patients.form", mayWrite);
        form = fields.form();
        Button save = Widgets.button(body, "patients.form.save", texts.get("form.save"), this::save);
        save.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false, 2, 1));
        save.setVisible(mayWrite);
        new Label(body, SWT.NONE);
        allergies = new AllergiesPart(body, 3, context, api, texts, mayReadClinical, mayWriteClinical, this::say);
        body.addListener(SWT.Resize, e -> root.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
    }

    Control root() {
        return root;
    }

    /** Says that nothing is chosen yet: a new patient for who may create, else a prompt to choose. */
    void showNothing() {
        show(null);
        title.setText(texts.get(mayWrite ? "form.none" : "form.select"));
    }

    /** Loads the patient from the server into the form. */
    void load(UUID id) {
        context.run(texts.get("form.loading"), () -> api.get(id), patient -> {
            if (!root.isDisposed()) {
                show(patient);
            }
        });
    }

    /** @return the patient in the form (as last loaded or saved), or null for a new one */
    Patient current() {
        return current;
    }

    /** Puts the focus in the first field, where a new patient's entry starts. */
    void focusFirst() {
        form.focusFirst();
    }

    /** Shows the patient, or an empty form for a new one. */
    void show(Patient patient) {
        current = patient;
        clearErrors();
        title.setText(patient == null ? texts.get("form.new") : texts.get("form.edit", patient.mrn()));
        fields.show(patient);
        allergies.show(patient == null ? null : patient.id());
        title.getParent().layout(true, true);
    }

    static String orNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private void clearErrors() {
        message.setText("");
        form.clearErrors();
    }

    private void say(String text) {
        Widgets.say(message, text);
    }

    private void save() {
        clearErrors();
        PatientInput input = fields.read(current == null ? null : current.version());
        if (input == null) {
            say(texts.get("form.invalid"));
            return;
        }
        if (current != null) {
            UUID id = current.id();
            context.run(texts.get("form.saving"), () -> api.update(id, input), saved -> {
                show(saved);
                context.inform(texts.get("form.saved", saved.mrn()));
                onSaved.run();
            }, this::showProblem);
        } else if (input.lastName() != null && input.firstName() != null && input.birthDate() != null) {
            // Ask the server for the same person first, by its own rule: the warning must come
            // before the record exists.
            context.run(texts.get("form.checking"), () -> api.duplicates(input), same -> {
                if (same.isEmpty()) {
                    create(input);
                } else {
                    DuplicatesDialog.open(root.getShell(), context.locale(), same.stream().map(p -> new Duplicate(p.mrn(),
                            p.lastName() + " " + p.firstName(), dates.format(p.birthDate()))).toList(), () -> create(input));
                }
            }, this::showProblem);
        } else {
            create(input); // the server names every missing field at once
        }
    }

    private void create(PatientInput input) {
        context.run(texts.get("form.saving"), () -> {
            try (jakarta.ws.rs.core.Response response = api.create(input)) {
                return response.readEntity(PatientCreated.class);
            }
        }, created -> {
            show(created.patient());
            List<PatientSummary> others = created.possibleDuplicates();
            if (others.isEmpty()) {
                context.inform(texts.get("form.created", created.patient().mrn()));
            } else {
                say(texts.get("duplicates.afterwards", created.patient().mrn(), others.get(0).mrn()));
            }
            onSaved.run();
        }, this::showProblem);
    }

    private void showProblem(HygieException problem) {
        if (root.isDisposed()) {
            return;
        }
        message.setText(problem.errors().isEmpty() ? context.describe(problem) : texts.get("form.invalid"));
        form.showErrors(problem.errors());
    }
}
