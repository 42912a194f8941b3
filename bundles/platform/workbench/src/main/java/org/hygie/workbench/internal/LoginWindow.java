package org.hygie.workbench.internal;

import java.net.URI;
import java.time.ZoneId;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hygie.core.problem.HygieException;
import org.hygie.core.session.LoginResult;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;

/** The login window: server address, username, password, and why a login failed in plain words. */
final class LoginWindow {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LoginWindow.class);
    private final Workbench workbench;
    private final Texts texts;
    private final Shell shell;
    private final Text server;
    private final Text username;
    private final Text password;
    private final Button submit;
    private final Label message;
    private final ProgressBar busy;
    /** When Enter was pressed, to log how long the way to the main window took. */
    private long submittedAt;

    LoginWindow(Workbench workbench, String prefilledUser) {
        this.workbench = workbench;
        this.texts = workbench.texts;
        shell = WidgetIds.name(new Shell(workbench.display(), SWT.SHELL_TRIM & ~SWT.MAX), "login");
        shell.setText(texts.get("login.title"));
        shell.setLayout(Ui.grid(2, 16));

        Label heading = Ui.label(shell, texts.get("login.heading"));
        heading.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        Ui.bigger(heading, 4, SWT.BOLD);

        server = Ui.field(shell, texts.get("login.server"), "login.server", SWT.SINGLE);
        server.setText(workbench.client.server().toString());
        username = Ui.field(shell, texts.get("login.username"), "login.username", SWT.SINGLE);
        password = Ui.field(shell, texts.get("login.password"), "login.password", SWT.SINGLE | SWT.PASSWORD);
        if (prefilledUser != null) {
            username.setText(prefilledUser);
        }

        message = Ui.message(shell, "login.message", 2);
        busy = WidgetIds.name(new ProgressBar(shell, SWT.INDETERMINATE), "login.busy");
        busy.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        busy.setVisible(false);
        submit = WidgetIds.name(new Button(shell, SWT.PUSH), "login.submit");
        submit.setText(texts.get("login.submit"));
        submit.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
        submit.addListener(SWT.Selection, e -> submit());
        shell.setDefaultButton(submit);
        shell.addListener(SWT.Close, e -> workbench.closedByUser());
    }

    Shell shell() {
        return shell;
    }

    void open() {
        shell.pack();
        shell.setSize(Math.max(480, shell.getSize().x), shell.getSize().y);
        Ui.center(shell);
        shell.open();
        (username.getText().isEmpty() ? username : password).setFocus();
    }

    private void submit() {
        String user = username.getText().trim();
        String pass = password.getText();
        if (user.isEmpty() || pass.isEmpty()) {
            show(texts.get("login.missing"));
            return;
        }
        URI target;
        try {
            target = URI.create(server.getText().trim());
            workbench.client.setServer(target);
            target = workbench.client.server();
        } catch (IllegalArgumentException e) {
            show(texts.get("login.badServer", server.getText()));
            return;
        }
        setBusy(true);
        show(texts.get("login.busy"));
        submittedAt = System.nanoTime();
        URI shown = target;
        workbench.jobs.submit(() -> {
            try {
                LoginResult result = workbench.client.login(user, pass);
                workbench.later(() -> opening(result, pass));
            } catch (HygieException e) {
                workbench.later(() -> failed(Failures.describeLogin(texts, e, shown, ZoneId.systemDefault())));
            } catch (RuntimeException | LinkageError e) {
                LOG.error("Unexpected failure", e);
                workbench.later(() -> failed(Failures.describe(texts, Failures.unexpected(e), shown)));
            }
        });
    }

    /**
     * Logged in: the window stays, its progress still showing, until the next window is open, so
     * that something moves from Enter to the main window (building it takes a moment).
     */
    private void opening(LoginResult result, String pass) {
        if (shell.isDisposed()) {
            return;
        }
        long answered = System.nanoTime();
        show(texts.get("login.opening"));
        shell.update(); // painted now: the main window is built on this same thread
        workbench.loggedIn(result, pass);
        shell.dispose();
        LOG.info("Logged in: the server answered in {} ms, the next window was open {} ms later",
                (answered - submittedAt) / 1_000_000, (System.nanoTime() - answered) / 1_000_000);
    }

    private void failed(String why) {
        if (shell.isDisposed()) {
            return;
        }
        setBusy(false);
        show(why);
        password.selectAll();
        password.setFocus();
    }

    private void setBusy(boolean on) {
        busy.setVisible(on);
        submit.setEnabled(!on);
        server.setEnabled(!on);
        username.setEnabled(!on);
        password.setEnabled(!on);
    }

    private void show(String text) {
        message.setText(text);
        shell.layout(true, true);
    }
}
