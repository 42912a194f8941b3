package org.hygie.patients.desktop.internal;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hygie.core.problem.HygieException;
import org.hygie.patients.api.Allergy;
import org.hygie.patients.api.AllergySeverity;
import org.hygie.terminology.api.Allergen;
import org.hygie.terminology.api.AllergenKind;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Dialog;
import org.hygie.workbench.kit.Form;

/**
 * Records a new allergy, or corrects one (its values filled in): substance, reaction and severity,
 * the server's field errors shown next to them. Stays open until the server accepted it.
 *
 * <p>When the user may read the catalogues, the substance is also searched as it is typed among
 * the allergens (GET /api/allergens) and one picked from the list codes the allergy (its label
 * becomes the substance); typing something else afterwards makes it free text again, which stays
 * allowed.
 */
final class AllergyDialog extends Dialog {
    /** What the dialog's fields say, handed to the action. */
    record Values(String substance, String reaction, AllergySeverity severity, String allergenCode) {
    }

    /** How long typing must pause before the catalogue is searched. */
    private static final int SEARCH_DELAY_MS = 250;

    private final Form form;
    private final Texts texts;
    private org.eclipse.swt.widgets.List suggestions;
    private List<Allergen> shown = List.of();
    private final Label coded;
    private String allergenCode;
    private String codedLabel;

    /**
     * @param allergy the allergy to correct, or null to record a new one
     * @param allergens searches the catalogue (what was typed, then where to hand the answer, on the
     *        display thread), or null when the user may not read it: the substance is then free text
     * @param submit sends the values; calls back {@link #done} or {@link #failed}
     */
    AllergyDialog(Shell parent, Texts texts, Allergy allergy, BiConsumer<String, Consumer<List<Allergen>>> allergens,
            Consumer<Values> submit) {
        super(parent, "allergy", texts.get(allergy == null ? "allergy.new" : "allergy.correct"), 3, SWT.NONE);
        this.texts = texts;
        form = new Form(shell, texts, "allergy", 140);
        Text substance = form.field("substance", texts.get("allergies.substance"), new Text(shell, SWT.BORDER), 240);
        if (allergens != null) {
            substance.setMessage(texts.get("allergy.searchHint"));
            new Label(shell, SWT.NONE);
            suggestions = WidgetIds.name(new org.eclipse.swt.widgets.List(shell, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL),
                    "allergy.allergens");
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
            data.heightHint = suggestions.getItemHeight() * 6;
            suggestions.setLayoutData(data);
            suggestions.addListener(SWT.Selection, e -> pick(substance));
            suggestions.addListener(SWT.DefaultSelection, e -> pick(substance));
            Runnable search = () -> {
                String typed = substance.getText();
                if (!substance.isDisposed() && !typed.equals(codedLabel)) {
                    allergens.accept(typed, found -> show(typed, substance, found));
                }
            };
            substance.addModifyListener(e -> {
                if (!substance.getText().equals(codedLabel)) {
                    code(null, null);
                }
                substance.getDisplay().timerExec(-1, search);
                substance.getDisplay().timerExec(SEARCH_DELAY_MS, search);
            });
        }
        coded = form.field("allergenCode", texts.get("allergy.catalogue"), new Label(shell, SWT.WRAP), 240);
        form.field("reaction", texts.get("allergies.reaction"), new Text(shell, SWT.BORDER), 240);
        Combo severity = new Combo(shell, SWT.READ_ONLY);
        for (AllergySeverity s : AllergySeverity.values()) {
            severity.add(texts.get("severity." + s));
        }
        form.field("severity", texts.get("allergies.severity"), severity, 240);
        if (allergy != null) {
            codedLabel = allergy.allergenCode() == null ? null : allergy.substance();
            substance.setText(allergy.substance());
            code(allergy.allergenCode(), allergy.allergenCode() == null ? null : allergy.substance());
            form.text("reaction").setText(allergy.reaction() == null ? "" : allergy.reaction());
            severity.select(allergy.severity().ordinal());
        } else {
            code(null, null);
            severity.select(AllergySeverity.UNKNOWN.ordinal());
        }
        finish(texts, allergy == null ? "allergies.add" : "allergy.save", () -> {
            form.clearErrors();
            submit.accept(new Values(form.value("substance"), form.value("reaction"),
                    AllergySeverity.values()[Math.max(0, severity.getSelectionIndex())], allergenCode));
        });
    }

    /** The catalogue's answer for what was typed, unless the user typed on meanwhile. */
    private void show(String typed, Text substance, List<Allergen> found) {
        if (shell.isDisposed() || !substance.getText().equals(typed)) {
            return;
        }
        shown = List.copyOf(found);
        suggestions.removeAll();
        for (Allergen a : shown) {
            suggestions.add(describe(a));
        }
    }

    private String describe(Allergen a) {
        return texts.get(a.kind() == AllergenKind.DRUG_CLASS ? "allergy.class" : "allergy.substance", a.label());
    }

    private void pick(Text substance) {
        int index = suggestions.getSelectionIndex();
        if (index < 0 || index >= shown.size()) {
            return;
        }
        Allergen a = shown.get(index);
        codedLabel = a.label();
        substance.setText(a.label());
        code(a.code(), describe(a));
    }

    private void code(String code, String description) {
        allergenCode = code;
        if (code == null) {
            codedLabel = null;
        }
        if (!coded.isDisposed()) {
            coded.setText(code == null ? texts.get("allergy.freeText") : texts.get("allergy.coded", description, code));
            coded.getParent().layout(true, true);
        }
    }

    /** The server refused: its field errors by their fields, the rest on the message line. */
    void failed(HygieException problem, String described, String invalid) {
        if (problem.errors().isEmpty()) {
            showMessage(described);
        } else {
            form.showErrors(problem.errors());
            showMessage(invalid);
        }
    }

    /** The server accepted it. */
    void done() {
        close();
    }
}
