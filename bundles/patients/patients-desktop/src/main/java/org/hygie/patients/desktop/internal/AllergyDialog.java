package org.hygie.patients.desktop.internal;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hygie.core.problem.HygieException;
import org.hygie.patients.api.Allergy;
import org.hygie.patients.api.AllergySeverity;
import org.hygie.workbench.Texts;
import org.hygie.workbench.kit.Dialog;
import org.hygie.workbench.kit.Form;

/**
 * Records a new allergy, or corrects one (its values filled in): substance, reaction and severity,
 * the server's field errors shown next to them. Stays open until the server accepted it.
 */
final class AllergyDialog extends Dialog {
    /** What the dialog's fields say, handed to the action. */
    record Values(String substance, String reaction, AllergySeverity severity) {
    }

    private final Form form;

    /**
     * @param allergy the allergy to correct, or null to record a new one
     * @param submit sends the values; calls back {@link #done} or {@link #failed}
     */
    AllergyDialog(Shell parent, Texts texts, Allergy allergy, Consumer<Values> submit) {
        super(parent, "allergy", texts.get(allergy == null ? "allergy.new" : "allergy.correct"), 3, SWT.NONE);
        form = new Form(shell, texts, "allergy", 140);
        form.field("substance", texts.get("allergies.substance"), new Text(shell, SWT.BORDER), 240);
        form.field("reaction", texts.get("allergies.reaction"), new Text(shell, SWT.BORDER), 240);
        Combo severity = new Combo(shell, SWT.READ_ONLY);
        for (AllergySeverity s : AllergySeverity.values()) {
            severity.add(texts.get("severity." + s));
        }
        form.field("severity", texts.get("allergies.severity"), severity, 240);
        if (allergy != null) {
            form.text("substance").setText(allergy.substance());
            form.text("reaction").setText(allergy.reaction() == null ? "" : allergy.reaction());
            severity.select(allergy.severity().ordinal());
        } else {
            severity.select(AllergySeverity.UNKNOWN.ordinal());
        }
        finish(texts, allergy == null ? "allergies.add" : "allergy.save", () -> {
            form.clearErrors();
            submit.accept(new Values(form.value("substance"), form.value("reaction"),
                    AllergySeverity.values()[Math.max(0, severity.getSelectionIndex())]));
        });
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
