package org.hygie.workbench.kit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;

/**
 * A modal window named for tests, its form, a line saying what went wrong, and at the bottom Close
 * and the dialog's action. It stays open until its action has been accepted by the server: the
 * action's callback closes it then, or shows why not. A window of its own with callbacks, not a
 * nested event loop, so that nothing waits on it.
 */
public abstract class Dialog {
    /** The window; the subclass builds its form in it before {@link #finish}. */
    protected final Shell shell;
    private final String id;
    private Label message;

    /**
     * @param id the window's id; its widgets are named {@code <id>.<name>} ({@code .message},
     *        {@code .close}, {@code .submit})
     * @param columns the columns of the window's grid
     * @param style more shell style ({@code SWT.RESIZE}), or {@code SWT.NONE}
     */
    protected Dialog(Shell parent, String id, String title, int columns, int style) {
        this.id = id;
        shell = WidgetIds.name(new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | style), id);
        shell.setText(title);
        shell.setLayout(new GridLayout(columns, false));
    }

    /**
     * Ends the form with the message line and the buttons, then opens the window.
     *
     * @param texts the area's texts, holding the action's label
     * @param submitKey the key of the action's label
     * @param submit what the action does, once the message line is cleared
     * @return the action's button (the default one)
     */
    protected final Button finish(Texts texts, String submitKey, Runnable submit) {
        int columns = ((GridLayout) shell.getLayout()).numColumns;
        message = Widgets.messageLine(shell, id + ".message", columns, 420);
        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1));
        buttons.setLayout(grid2());
        Texts kit = Texts.load(Dialog.class, "messages", texts.locale());
        Widgets.button(buttons, id + ".close", kit.get("close"), this::close);
        Button ok = Widgets.button(buttons, id + ".submit", texts.get(submitKey), () -> {
            message.setText("");
            submit.run();
        });
        ok.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, true, false));
        shell.setDefaultButton(ok);
        shell.pack();
        shell.open();
        Widgets.focusFirstField(shell);
        return ok;
    }

    private static GridLayout grid2() {
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        return layout;
    }

    /** Says what went wrong (or clears it with an empty text), below the form. */
    public void showMessage(String text) {
        if (!shell.isDisposed()) {
            message.setText(text);
            shell.layout(true, true);
        }
    }

    /** Closes the window, if still open. */
    public void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }
}
