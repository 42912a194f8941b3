package org.hygie.desktop.itest;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.hygie.workbench.WidgetIds;

/**
 * Drives the workbench's real widgets from the test thread, the way a user would: every access
 * runs on the display thread, which the workbench owns; waits poll until the screen shows the
 * expected state (calls to the server run in the background).
 */
final class Ui {
    static final Duration WAIT = Duration.ofSeconds(30);

    final Display display;

    private Ui(Display display) {
        this.display = display;
    }

    /** @return the driver of the workbench's display, waiting for its thread to create it */
    static Ui attach() throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().equals("hygie-display")) {
                    Display display = Display.findDisplay(thread);
                    if (display != null) {
                        return new Ui(display);
                    }
                }
            }
            Thread.sleep(100); // poll: the display thread, until the deadline above
        }
        throw new AssertionError("No workbench display thread after " + WAIT);
    }

    <T> T sync(Supplier<T> supplier) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(supplier.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    void run(Runnable runnable) {
        sync(() -> {
            runnable.run();
            return null;
        });
    }

    /** Waits until the supplier gives a non-null, non-false value on the display thread. */
    <T> T await(String what, Supplier<T> supplier) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            T value = sync(supplier);
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            Thread.sleep(100); // poll: the condition, on the display thread, until the deadline above
        }
        throw new AssertionError("Waited " + WAIT + " for " + what + "; shells now: " + sync(this::describeShells));
    }

    /** @return the open, visible shell named id; display thread */
    Shell shell(String id) {
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && id.equals(shell.getData(WidgetIds.KEY))) {
                return shell;
            }
        }
        return null;
    }

    Shell awaitShell(String id) throws InterruptedException {
        return await("the window " + id, () -> shell(id));
    }

    /** @return the widget named id in the shell named shellId, or null; display thread */
    <W extends Widget> W find(String shellId, String id, Class<W> type) {
        Shell shell = shell(shellId);
        return shell == null ? null : type.cast(find(shell, id));
    }

    /** @return the widget named id at or under {@code control}, or null; display thread */
    static Widget find(Control control, String id) {
        if (id.equals(control.getData(WidgetIds.KEY))) {
            return control;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Widget found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Types into a text field: the field's modify listeners run as for a user's typing. */
    void type(String shellId, String id, String text) throws InterruptedException {
        await("the field " + id, () -> find(shellId, id, Text.class));
        run(() -> {
            Text field = find(shellId, id, Text.class);
            field.setFocus();
            field.setText(text);
        });
    }

    /** Presses a button (it must be enabled, as for a user). */
    void press(String shellId, String id) throws InterruptedException {
        await("the enabled button " + id, () -> {
            Button button = find(shellId, id, Button.class);
            return button != null && button.isEnabled() && button.isVisible();
        });
        run(() -> {
            Button button = find(shellId, id, Button.class);
            Event event = new Event();
            event.widget = button;
            button.notifyListeners(SWT.Selection, event);
        });
    }

    /**
     * Waits until the workbench runs no call to the server (its busy bar counts them): the showing
     * view has its answers.
     */
    void awaitSettled() throws InterruptedException {
        await("the workbench's calls to end", () -> {
            ProgressBar busy = find("workbench", "status.busy", ProgressBar.class);
            return busy != null && Integer.valueOf(0).equals(busy.getData("hygie.running"));
        });
    }

    /**
     * Presses a key with modifiers in the window as the display delivers it: to the focused
     * control, through the display's filters (where the workbench's shortcuts listen).
     */
    void key(String shellId, int modifiers, int keyCode) throws InterruptedException {
        awaitShell(shellId);
        run(() -> {
            Control target = display.getFocusControl();
            if (target == null || target.getShell() != shell(shellId)) {
                target = shell(shellId);
            }
            Event event = new Event();
            event.stateMask = modifiers;
            event.keyCode = keyCode;
            event.character = keyCode < 0x10000 && modifiers == SWT.NONE ? (char) keyCode : '\0';
            target.notifyListeners(SWT.KeyDown, event);
        });
    }

    /** @return the id of the control holding the focus, or null; display thread */
    String focused() {
        Control focus = display.getFocusControl();
        return focus == null ? null : (String) focus.getData(WidgetIds.KEY);
    }

    /**
     * Waits for the status bar's message starting with {@code start} and ending with {@code end}
     * (a confirmation fades after seconds).
     */
    String statusMessage(String start, String end) throws InterruptedException {
        return await("the status bar saying " + start + "…" + end, () -> {
            Label message = find("workbench", "status.message", Label.class);
            String text = message == null ? "" : message.getText();
            return text.startsWith(start) && text.endsWith(end) ? text : null;
        });
    }

    /** Logs out when a workbench is open, then waits for the login window: where every test starts. */
    void backToLogin() throws InterruptedException {
        if (sync(() -> shell("workbench") != null)) {
            press("workbench", "logout");
        }
        awaitShell("login");
    }

    /** Fills the login window (server, user, password) and submits it, as a user would. */
    void login(URI server, String username, String password) throws InterruptedException {
        awaitShell("login");
        type("login", "login.server", server.toString());
        type("login", "login.username", username);
        type("login", "login.password", password);
        press("login", "login.submit");
    }

    /** @return the texts of a table's first column; display thread */
    static List<String> firstColumn(Table table) {
        List<String> texts = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            texts.add(item.getText());
        }
        return texts;
    }

    /** @return the ids of the items of a table (the navigation names them nav.<id>); display thread */
    static List<String> itemIds(Table table) {
        List<String> ids = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            ids.add(String.valueOf(item.getData(WidgetIds.KEY)));
        }
        return ids;
    }

    private String describeShells() {
        List<String> shells = new ArrayList<>();
        for (Shell shell : display.getShells()) {
            shells.add(shell.getData(WidgetIds.KEY) + (shell.isVisible() ? "" : "(hidden)"));
        }
        return shells.toString();
    }
}
