package org.hygie.appointments.desktop.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Dialog;

/** Asks why an appointment is cancelled; stays open until the server has accepted. */
final class ReasonDialog extends Dialog {
    interface Submit {
        void submit(String reason, ReasonDialog dialog);
    }

    ReasonDialog(Shell parent, Texts texts, Submit submit) {
        super(parent, "agenda.cancel", texts.get("cancel.title"), 2, SWT.NONE);
        Label prompt = new Label(shell, SWT.NONE);
        prompt.setText(texts.get("cancel.reason"));
        prompt.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Text reason = WidgetIds.name(new Text(shell, SWT.BORDER), "agenda.cancel.reason");
        GridData reasonData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        reasonData.widthHint = 360;
        reason.setLayoutData(reasonData);
        finish(texts, "cancel.submit", () -> {
            String r = reason.getText().strip();
            if (r.isEmpty()) {
                showMessage(texts.get("cancel.required"));
                return;
            }
            submit.submit(r, this);
        });
    }
}
