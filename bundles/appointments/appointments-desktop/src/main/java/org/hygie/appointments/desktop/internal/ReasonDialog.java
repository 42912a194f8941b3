package org.hygie.appointments.desktop.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;

/** Asks why an appointment is cancelled; stays open until the server has accepted. */
final class ReasonDialog {
    interface Submit {
        void submit(String reason, ReasonDialog dialog);
    }

    private final Shell shell;
    private final Label message;

    ReasonDialog(Shell parent, Texts texts, Submit submit) {
        shell = WidgetIds.name(new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL), "agenda.cancel");
        shell.setText(texts.get("cancel.title"));
        shell.setLayout(new GridLayout(2, false));
        Label prompt = new Label(shell, SWT.NONE);
        prompt.setText(texts.get("cancel.reason"));
        prompt.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Text reason = WidgetIds.name(new Text(shell, SWT.BORDER), "agenda.cancel.reason");
        GridData reasonData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        reasonData.widthHint = 360;
        reason.setLayoutData(reasonData);
        message = WidgetIds.name(new Label(shell, SWT.WRAP), "agenda.cancel.message");
        message.setForeground(shell.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Button close = WidgetIds.name(new Button(shell, SWT.PUSH), "agenda.cancel.close");
        close.setText(texts.get("dialog.close"));
        close.addListener(SWT.Selection, e -> close());
        Button ok = WidgetIds.name(new Button(shell, SWT.PUSH), "agenda.cancel.submit");
        ok.setText(texts.get("cancel.submit"));
        ok.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, true, false));
        ok.addListener(SWT.Selection, e -> {
            String r = reason.getText().strip();
            if (r.isEmpty()) {
                showMessage(texts.get("cancel.required"));
                return;
            }
            submit.submit(r, this);
        });
        shell.setDefaultButton(ok);
        shell.pack();
        shell.open();
    }

    void showMessage(String text) {
        if (!shell.isDisposed()) {
            message.setText(text);
            shell.layout(true, true);
        }
    }

    void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }
}
