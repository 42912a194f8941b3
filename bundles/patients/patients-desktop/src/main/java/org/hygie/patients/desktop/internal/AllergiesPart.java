package org.hygie.patients.desktop.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.hygie.patients.api.Allergy;
import org.hygie.patients.api.AllergyInput;
import org.hygie.patients.api.AllergySeverity;
import org.hygie.patients.api.AllergyStatement;
import org.hygie.patients.api.PatientAllergies;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Tables;
import org.hygie.workbench.kit.Widgets;

/**
 * The patient's allergies, for who may read clinical data, with a line to record one for who may
 * write it. Display thread only.
 */
final class AllergiesPart {
    private final ViewContext context;
    private final PatientsApi api;
    private final Texts texts;
    private final boolean mayRead;
    private final Group group;
    private final Table table;
    private final Consumer<String> say;
    private Text substance;
    private Text reaction;
    private Combo severity;
    /** The patient shown, or null. */
    private UUID patient;

    /** @param say where a failure to record one is said */
    AllergiesPart(Composite parent, int span, ViewContext context, PatientsApi api, Texts texts, boolean mayRead,
            boolean mayWrite, Consumer<String> say) {
        this.context = context;
        this.api = api;
        this.texts = texts;
        this.mayRead = mayRead;
        this.say = say;
        group = WidgetIds.name(new Group(parent, SWT.NONE), "patients.allergies");
        group.setText(texts.get("allergies.title"));
        group.setLayout(new GridLayout(4, false));
        GridData groupData = new GridData(SWT.FILL, SWT.FILL, true, true, span, 1);
        groupData.exclude = !mayRead;
        group.setLayoutData(groupData);
        group.setVisible(false);
        table = Tables.table(group, "patients.allergies.table", texts, 4, "allergies.substance", "allergies.reaction",
                "allergies.severity", "allergies.notedAt", "allergies.notedBy");
        ((GridData) table.getLayoutData()).heightHint = 110;
        if (mayWrite) {
            substance = hinted("patients.allergies.substance", "allergies.substance");
            reaction = hinted("patients.allergies.reaction", "allergies.reaction");
            severity = WidgetIds.name(new Combo(group, SWT.READ_ONLY), "patients.allergies.severity");
            for (AllergySeverity s : AllergySeverity.values()) {
                severity.add(texts.get("severity." + s));
            }
            severity.select(AllergySeverity.UNKNOWN.ordinal());
            Widgets.button(group, "patients.allergies.add", texts.get("allergies.add"), this::add);
        }
    }

    private Text hinted(String id, String hintKey) {
        Text text = WidgetIds.name(new Text(group, SWT.BORDER), id);
        text.setMessage(texts.get(hintKey));
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return text;
    }

    /** Shows the allergies of the patient, or nothing for none (a new patient). */
    void show(UUID patientId) {
        patient = patientId;
        group.setVisible(patientId != null && mayRead);
        table.removeAll();
        if (patientId != null && mayRead) {
            load(patientId);
        }
    }

    private void load(UUID patientId) {
        context.run(texts.get("allergies.loading"), () -> api.allergies(patientId), record -> {
            if (patientId.equals(patient) && !table.isDisposed()) {
                fill(record);
            }
        });
    }

    /** Lists the allergies that stand; the chart's allergies section shows the others and their history. */
    private void fill(PatientAllergies record) {
        List<Allergy> list = record.active();
        table.removeAll();
        DateTimeFormatter noted = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(context.locale());
        for (Allergy a : list) {
            Tables.row(table, a, a.substance(), orEmpty(a.reaction()), texts.get("severity." + a.severity()),
                    noted.format(local(a)), orEmpty(a.notedBy()));
        }
        if (list.isEmpty()) {
            Tables.row(table, null, texts.get(record.statement() == AllergyStatement.NONE_KNOWN ? "allergies.none"
                    : "allergies.notRecorded"));
        }
        Tables.fit(table);
    }

    private static LocalDate local(Allergy allergy) {
        return allergy.notedAt().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private void add() {
        if (patient == null) {
            return;
        }
        UUID patientId = patient;
        AllergyInput input = new AllergyInput(PatientForm.orNull(substance.getText()), PatientForm.orNull(reaction.getText()),
                AllergySeverity.values()[Math.max(0, severity.getSelectionIndex())]);
        context.run(texts.get("allergies.adding"), () -> api.addAllergy(patientId, input), added -> {
            substance.setText("");
            reaction.setText("");
            load(patientId);
        }, problem -> {
            if (!substance.isDisposed()) {
                say.accept(context.describe(problem));
            }
        });
    }
}
