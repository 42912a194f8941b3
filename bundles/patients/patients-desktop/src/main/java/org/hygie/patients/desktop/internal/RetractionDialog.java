package org.hygie.patients.desktop.internal;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hygie.patients.api.Allergy;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Dialog;

/** Marks an allergy entered in error, with why: it is kept, struck out, never deleted. */
final class RetractionDialog extends Dialog {
    RetractionDialog(Shell parent, Texts texts, Allergy allergy, Consumer<String> submit) {
        super(parent, "retraction", texts.get("retraction.title"), 2, SWT.NONE);
        Label heading = new Label(shell, SWT.WRAP);
        heading.setText(texts.get("retraction.heading", allergy.substance()));
        GridData headingData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        headingData.widthHint = 420;
        heading.setLayoutData(headingData);
        new Label(shell, SWT.NONE).setText(texts.get("retraction.reason"));
        Text reason = WidgetIds.name(new Text(shell, SWT.BORDER), "retraction.reason");
        GridData reasonData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        reasonData.widthHint = 300;
        reason.setLayoutData(reasonData);
        finish(texts, "retraction.submit", () -> submit.accept(reason.getText().isBlank() ? null : reason.getText().strip()));
    }
}
