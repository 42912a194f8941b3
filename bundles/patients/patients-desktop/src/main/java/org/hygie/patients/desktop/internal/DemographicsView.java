package org.hygie.patients.desktop.internal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.hygie.core.problem.HygieException;
import org.hygie.core.security.Permissions;
import org.hygie.patients.api.Patient;
import org.hygie.patients.api.PatientInput;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.chart.ChartContext;
import org.hygie.workbench.kit.Widgets;

/**
 * The chart's demographics: read as plain text by default (nothing there looks editable), and
 * for who may change them an explicit Edit that turns them into the form, saved with the version
 * read, confirmed in the status bar; the whole chart then reloads, banner included. Display
 * thread only.
 */
final class DemographicsView {
    private static final String[] FIELDS = { "lastName", "firstName", "birthDate", "sex", "phone", "email", "address",
            "nir" };

    private final ChartContext context;
    private final PatientsApi api;
    private final Texts texts;
    private final DateTimeFormatter dates;
    private final Composite root;
    private final Composite reading;
    private final Map<String, Label> values = new LinkedHashMap<>();
    private final Composite editing;
    private final PatientFields fields;
    private final Label message;
    private Patient current;

    DemographicsView(Composite parent, ChartContext context, PatientsApi api, Texts texts) {
        this.context = context;
        this.api = api;
        this.texts = texts;
        this.dates = DateTimeFormatter.ofPattern(texts.get("date.pattern"));
        boolean mayWrite = context.may(Permissions.PATIENTS_WRITE);
        root = WidgetIds.name(new Composite(parent, SWT.NONE), "chart.demographics");
        root.setLayout(Widgets.grid(1, 0));

        reading = new Composite(root, SWT.NONE);
        reading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        reading.setLayout(new GridLayout(4, false));
        for (String field : FIELDS) {
            Label caption = new Label(reading, SWT.NONE);
            caption.setText(texts.get("form." + field));
            Label value = WidgetIds.name(new Label(reading, SWT.WRAP), "chart.demographics." + field);
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 220;
            value.setLayoutData(data);
            values.put(field, value);
        }
        Button edit = Widgets.button(reading, "chart.demographics.edit", texts.get("chart.edit"), this::edit);
        edit.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 4, 1));
        Widgets.shownOnlyIf(mayWrite, edit);

        editing = new Composite(root, SWT.NONE);
        editing.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        editing.setLayout(new GridLayout(3, false));
        message = Widgets.messageLine(editing, "chart.demographics.message", 3, 400);
        fields = new PatientFields(editing, texts, dates, "chart.demographics.form", true);
        Composite buttons = new Composite(editing, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        buttons.setLayout(Widgets.grid(2, 0));
        Widgets.button(buttons, "chart.demographics.cancel", texts.get("form.cancel"), this::read);
        Widgets.button(buttons, "chart.demographics.save", texts.get("form.save"), this::save);

        showOnly(reading);
        context.onPatientChanged(this::load);
        load();
    }

    Control root() {
        return root;
    }

    private void load() {
        context.run(texts.get("form.loading"), () -> api.get(context.patientId()), this::show);
    }

    private void show(Patient patient) {
        if (root.isDisposed()) {
            return;
        }
        current = patient;
        values.get("lastName").setText(patient.lastName());
        values.get("firstName").setText(patient.firstName());
        values.get("birthDate").setText(dates.format(patient.birthDate()));
        values.get("sex").setText(texts.get("sex." + patient.sex()));
        values.get("phone").setText(orDash(patient.phone()));
        values.get("email").setText(orDash(patient.email()));
        values.get("address").setText(orDash(patient.address()));
        values.get("nir").setText(orDash(patient.nir()));
        context.relayout();
    }

    private String orDash(String value) {
        return value == null ? texts.get("chart.none") : value;
    }

    /** Back to reading, what was typed dropped. */
    private void read() {
        showOnly(reading);
    }

    private void edit() {
        if (current == null) {
            return;
        }
        fields.show(current);
        message.setText("");
        showOnly(editing);
        fields.form().text("lastName").setFocus();
    }

    private void save() {
        message.setText("");
        PatientInput input = fields.read(current.version());
        if (input == null) {
            Widgets.say(message, texts.get("form.invalid"));
            return;
        }
        context.run(texts.get("form.saving"), () -> api.update(current.id(), input), saved -> {
            context.inform(texts.get("form.saved", saved.mrn()));
            show(saved);
            read();
            context.patientChanged();
        }, this::showProblem);
    }

    private void showProblem(HygieException problem) {
        if (root.isDisposed()) {
            return;
        }
        Widgets.say(message, problem.errors().isEmpty() ? context.describe(problem) : texts.get("form.invalid"));
        fields.form().showErrors(problem.errors());
    }

    /** Shows the values or the form, the other taken out of the layout; the chart fits its new height. */
    private void showOnly(Composite shown) {
        for (Composite mode : new Composite[] { reading, editing }) {
            ((GridData) mode.getLayoutData()).exclude = mode != shown;
            mode.setVisible(mode == shown);
        }
        context.relayout();
    }
}
