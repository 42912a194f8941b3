package org.hygie.patients.desktop.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hygie.core.security.Permissions;
import org.hygie.patients.api.Allergy;
import org.hygie.patients.api.AllergyCorrection;
import org.hygie.patients.api.AllergyInput;
import org.hygie.patients.api.AllergyRetraction;
import org.hygie.patients.api.AllergyStatus;
import org.hygie.patients.api.PatientAllergies;
import org.hygie.patients.api.PatientsApi;
import org.hygie.terminology.api.Allergen;
import org.hygie.terminology.api.AllergensApi;
import org.hygie.terminology.api.TerminologySearch;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.chart.ChartContext;
import org.hygie.workbench.kit.Tables;
import org.hygie.workbench.kit.Widgets;

/**
 * The chart's allergies: what is recorded as a whole ("no known allergy" with who said it and
 * when, or "not recorded"), then every allergy with who noted it and who last changed it; one
 * entered in error stays, said so in words and greyed. Who may write clinical data records one,
 * corrects the selected one, marks it entered in error, or states that there is none. Every change
 * reloads the whole chart, banner included. A changed allergy is marked so ("corrigée"), and its
 * history (the values it held before each change, who had entered them, until when) opens from
 * "Historique…" or its row. Display thread only.
 */
final class AllergiesView {
    private final ChartContext context;
    private final PatientsApi api;
    private final Texts texts;
    private final DateTimeFormatter dates;
    private final Composite root;
    private final Label statement;
    private final Table table;
    private Button correct;
    private Button retract;
    private Button noneKnown;
    private final Button history;
    private PatientAllergies current;

    AllergiesView(Composite parent, ChartContext context, PatientsApi api, Texts texts) {
        this.context = context;
        this.api = api;
        this.texts = texts;
        this.dates = DateTimeFormatter.ofPattern(texts.get("date.pattern"));
        root = WidgetIds.name(new Composite(parent, SWT.NONE), "chart.allergies");
        root.setLayout(Widgets.grid(5, 0));
        statement = Widgets.textLine(root, "chart.allergies.statement", 5, 500);
        table = Tables.table(root, "chart.allergies.table", texts, 5, "allergies.substance", "allergies.reaction",
                "allergies.severity", "allergies.status", "allergies.noted", "allergies.changed");
        ((GridData) table.getLayoutData()).heightHint = 90;
        if (context.may(Permissions.CLINICAL_WRITE)) {
            Widgets.button(root, "chart.allergies.add", texts.get("allergies.addMore"), this::add);
            correct = Widgets.button(root, "chart.allergies.correct", texts.get("allergies.correct"), this::correct);
            retract = Widgets.button(root, "chart.allergies.retract", texts.get("allergies.retract"), this::retract);
            noneKnown = Widgets.button(root, "chart.allergies.noneKnown", texts.get("allergies.stateNone"), this::stateNone);
        }
        // A changed allergy's earlier values: the button, or Enter or a double-click on its row.
        history = Widgets.button(root, "chart.allergies.history", texts.get("allergies.history"), this::history);
        table.addListener(SWT.Selection, e -> enableActions());
        table.addListener(SWT.DefaultSelection, e -> history());
        enableActions();
        context.onPatientChanged(this::load);
        load();
    }

    Control root() {
        return root;
    }

    private void load() {
        UUID patient = context.patientId();
        context.run(texts.get("allergies.loading"), () -> api.allergies(patient), this::show);
    }

    private void show(PatientAllergies record) {
        if (root.isDisposed()) {
            return;
        }
        current = record;
        statement.setText(switch (record.statement()) {
        case NOT_RECORDED -> texts.get("allergies.notRecorded");
        case NONE_KNOWN -> texts.get("allergies.noneKnownBy", record.statedBy(), day(record.statedAt()));
        case RECORDED -> texts.get("allergies.count", record.active().size());
        });
        table.removeAll();
        for (Allergy a : record.allergies()) {
            boolean error = a.status() == AllergyStatus.ENTERED_IN_ERROR;
            TableItem row = Tables.row(table, a, a.substance(), a.reaction() == null ? "" : a.reaction(),
                    texts.get("severity." + a.severity()),
                    error && a.errorReason() != null ? texts.get("status.ENTERED_IN_ERROR.because", a.errorReason())
                            : texts.get("status." + a.status() + (a.changedAt() != null && !error ? ".corrected" : "")),
                    texts.get("allergies.by", day(a.notedAt()), a.notedBy()),
                    a.changedAt() == null ? "" : texts.get("allergies.by", day(a.changedAt()), a.changedBy()));
            if (error) {
                // The words say it; the grey only follows them.
                row.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            }
        }
        Tables.fit(table);
        enableActions();
        context.relayout();
    }

    private String day(Instant instant) {
        return dates.format(instant.atZone(ZoneId.systemDefault()));
    }

    private Allergy selectedActive() {
        Allergy selected = Tables.selected(table, Allergy.class);
        return selected != null && selected.status() == AllergyStatus.ACTIVE ? selected : null;
    }

    private void enableActions() {
        if (history.isDisposed()) {
            return;
        }
        history.setEnabled(changedSelected() != null);
        if (correct == null) {
            return;
        }
        boolean one = selectedActive() != null;
        correct.setEnabled(one);
        retract.setEnabled(one);
        noneKnown.setEnabled(current != null && current.active().isEmpty());
    }

    /** @return the selected allergy when it was ever corrected or marked entered in error, else null */
    private Allergy changedSelected() {
        Allergy selected = Tables.selected(table, Allergy.class);
        return selected != null && selected.changedAt() != null ? selected : null;
    }

    private void history() {
        Allergy allergy = changedSelected();
        if (allergy == null) {
            return;
        }
        UUID patient = context.patientId();
        context.run(texts.get("allergies.historyLoading"), () -> api.allergyRevisions(patient, allergy.id()),
                before -> {
                    if (!root.isDisposed()) {
                        AllergyHistoryDialog.open(root.getShell(), texts, dates, allergy, before);
                    }
                }, problem -> statement.setText(context.describe(problem)));
    }

    private void changed(String confirmation) {
        context.inform(confirmation);
        context.patientChanged();
    }

    private void add() {
        UUID patient = context.patientId();
        AllergyDialog[] dialog = new AllergyDialog[1];
        dialog[0] = new AllergyDialog(root.getShell(), texts, null, allergens(), values -> context.run(texts.get("allergies.adding"),
                () -> api.addAllergy(patient, new AllergyInput(values.substance(), values.reaction(), values.severity(),
                        values.allergenCode())),
                added -> {
                    dialog[0].done();
                    changed(texts.get("allergies.added", added.substance()));
                }, problem -> dialog[0].failed(problem, context.describe(problem), texts.get("form.invalid"))));
    }

    private void correct() {
        Allergy allergy = selectedActive();
        if (allergy == null) {
            return;
        }
        UUID patient = context.patientId();
        AllergyDialog[] dialog = new AllergyDialog[1];
        dialog[0] = new AllergyDialog(root.getShell(), texts, allergy, allergens(), values -> context.run(texts.get("allergies.saving"),
                () -> api.correctAllergy(patient, allergy.id(), new AllergyCorrection(values.substance(), values.reaction(),
                        values.severity(), allergy.version(), values.allergenCode())),
                corrected -> {
                    dialog[0].done();
                    changed(texts.get("allergies.corrected", corrected.substance()));
                }, problem -> dialog[0].failed(problem, context.describe(problem), texts.get("form.invalid"))));
    }

    /** The allergen catalogue, searched off the display thread; null for who may not read it. */
    private BiConsumer<String, Consumer<List<Allergen>>> allergens() {
        if (!context.may(Permissions.TERMINOLOGY_READ)) {
            return null;
        }
        AllergensApi catalogue = context.api(AllergensApi.class);
        return (typed, show) -> {
            if (typed.isBlank()) {
                show.accept(List.of());
            } else {
                String q = typed.length() > TerminologySearch.MAX_QUERY ? typed.substring(0, TerminologySearch.MAX_QUERY) : typed;
                context.run(texts.get("allergy.searching"), () -> catalogue.search(q, 0, 10).items(), show);
            }
        };
    }

    private void retract() {
        Allergy allergy = selectedActive();
        if (allergy == null) {
            return;
        }
        UUID patient = context.patientId();
        RetractionDialog[] dialog = new RetractionDialog[1];
        dialog[0] = new RetractionDialog(root.getShell(), texts, allergy, reason -> context.run(texts.get("allergies.saving"),
                () -> api.markAllergyEnteredInError(patient, allergy.id(), new AllergyRetraction(reason, allergy.version())),
                marked -> {
                    dialog[0].close();
                    changed(texts.get("allergies.retracted", marked.substance()));
                }, problem -> dialog[0].showMessage(context.describe(problem))));
    }

    private void stateNone() {
        UUID patient = context.patientId();
        context.run(texts.get("allergies.saving"), () -> api.stateNoKnownAllergy(patient),
                stated -> changed(texts.get("allergies.statedNone")), problem -> statement.setText(context.describe(problem)));
    }
}
