package org.hygie.workbench.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hygie.core.problem.HygieException;
import org.hygie.core.session.PasswordChange;
import org.hygie.core.session.SessionApi;
import org.hygie.core.session.SessionUser;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;

/** The forced password change of a new or reset account, before anything else. */
final class PasswordWindow {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PasswordWindow.class);
    private final Workbench workbench;
    private final Texts texts;
    private final Shell shell;
    private final Text newPassword;
    private final Text confirm;
    private final Label message;
    private final Button submit;
    private final String temporaryPassword;

    PasswordWindow(Workbench workbench, SessionUser user, String temporaryPassword) {
        this.workbench = workbench;
        this.texts = workbench.texts;
        this.temporaryPassword = temporaryPassword;
        shell = WidgetIds.name(new Shell(workbench.display(), SWT.SHELL_TRIM & ~SWT.MAX), "password-change");
        shell.setText(texts.get("password.title"));
        shell.setLayout(Ui.grid(2, 16));
        Label heading = Ui.message(shell, "password.heading", 2);
        heading.setForeground(null);
        heading.setText(texts.get("password.heading", user.displayName()));
        newPassword = Ui.field(shell, texts.get("password.new"), "password.new", SWT.SINGLE | SWT.PASSWORD);
        confirm = Ui.field(shell, texts.get("password.confirm"), "password.confirm", SWT.SINGLE | SWT.PASSWORD);
        Label rule = Ui.label(shell, texts.get("password.rule"));
        rule.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        message = Ui.message(shell, "password.message", 2);
        submit = WidgetIds.name(new Button(shell, SWT.PUSH), "password.submit");
        submit.setText(texts.get("password.submit"));
        submit.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, true, false, 2, 1));
        submit.addListener(SWT.Selection, e -> submit());
        shell.setDefaultButton(submit);
        shell.addListener(SWT.Close, e -> workbench.closedByUser());
    }

    void open() {
        shell.pack();
        shell.setSize(Math.max(520, shell.getSize().x), shell.getSize().y);
        Ui.center(shell);
        shell.open();
        newPassword.setFocus();
    }

    private void submit() {
        if (!newPassword.getText().equals(confirm.getText())) {
            show(texts.get("password.mismatch"));
            return;
        }
        String chosen = newPassword.getText();
        submit.setEnabled(false);
        show(texts.get("password.busy"));
        workbench.jobs.submit(() -> {
            try {
                workbench.client.api(SessionApi.class).changePassword(new PasswordChange(temporaryPassword, chosen));
                workbench.client.passwordChanged();
                workbench.later(() -> {
                    shell.dispose();
                    workbench.openMain();
                });
            } catch (HygieException e) {
                workbench.later(() -> failed(e));
            } catch (RuntimeException | LinkageError e) {
                LOG.error("Unexpected failure", e);
                workbench.later(() -> failed(Failures.unexpected(e)));
            }
        });
    }

    private void failed(HygieException e) {
        if (shell.isDisposed()) {
            return;
        }
        submit.setEnabled(true);
        // Which rule the new password breaks, in the user's words when the code is known here.
        show(e.errors().isEmpty() ? Failures.describe(texts, e, workbench.client.server())
                : Failures.describePassword(texts, e.errors()));
    }

    private void show(String text) {
        message.setText(text);
        shell.layout(true, true);
    }
}
