package org.hygie.workbench.internal;

import java.time.ZoneId;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hygie.core.problem.HygieException;
import org.hygie.core.session.SessionUser;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;

/**
 * Asks the password again when the session has expired, over the main window, whose views and
 * what they hold stay as they are; the calls that failed run again afterwards.
 */
final class ReloginDialog {
    private final Workbench workbench;
    private final Texts texts;
    private final Shell shell;
    private final Text password;
    private final Label message;
    private final Button resume;
    private final SessionUser user;
    private final Runnable onResumed;
    private boolean done;

    ReloginDialog(Workbench workbench, Shell parent, SessionUser user, Runnable onResumed, Runnable onLogout) {
        this.workbench = workbench;
        this.texts = workbench.texts;
        this.user = user;
        this.onResumed = onResumed;
        shell = WidgetIds.name(new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL), "relogin");
        shell.setText(texts.get("relogin.title"));
        shell.setLayout(Ui.grid(2, 16));
        Label heading = Ui.message(shell, "relogin.heading", 2);
        heading.setForeground(null);
        heading.setText(texts.get("relogin.heading", user.username()));
        password = Ui.field(shell, texts.get("login.password"), "relogin.password", SWT.SINGLE | SWT.PASSWORD);
        message = Ui.message(shell, "relogin.message", 2);
        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, true, false, 2, 1));
        buttons.setLayout(Ui.grid(2, 0));
        Button logout = WidgetIds.name(new Button(buttons, SWT.PUSH), "relogin.logout");
        logout.setText(texts.get("relogin.logout"));
        logout.addListener(SWT.Selection, e -> {
            done = true;
            shell.dispose();
            onLogout.run();
        });
        resume = WidgetIds.name(new Button(buttons, SWT.PUSH), "relogin.submit");
        resume.setText(texts.get("relogin.submit"));
        resume.addListener(SWT.Selection, e -> submit());
        shell.setDefaultButton(resume);
        shell.addListener(SWT.Dispose, e -> {
            if (!done) {
                done = true;
                onLogout.run();
            }
        });
    }

    void open() {
        shell.pack();
        shell.setSize(Math.max(480, shell.getSize().x), shell.getSize().y);
        Ui.center(shell);
        shell.open();
        password.setFocus();
    }

    void close() {
        done = true;
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }

    private void submit() {
        String pass = password.getText();
        resume.setEnabled(false);
        workbench.jobs.submit(() -> {
            try {
                workbench.client.login(user.username(), pass);
                workbench.later(() -> {
                    done = true;
                    shell.dispose();
                    onResumed.run();
                });
            } catch (RuntimeException e) {
                HygieException failure = e instanceof HygieException h ? h : Failures.unexpected(e);
                workbench.later(() -> {
                    if (!shell.isDisposed()) {
                        resume.setEnabled(true);
                        message.setText(Failures.describeLogin(texts, failure, workbench.client.server(), ZoneId.systemDefault()));
                        shell.layout(true, true);
                    }
                });
            }
        });
    }
}
