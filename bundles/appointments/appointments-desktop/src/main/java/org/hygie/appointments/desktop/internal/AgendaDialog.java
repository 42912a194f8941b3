package org.hygie.appointments.desktop.internal;

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
 * What the agenda's dialogs share: a modal window named for tests, a line saying what went wrong,
 * and at the bottom Close and the dialog's action. A dialog stays open until its action has been
 * accepted by the server: its callback closes it then, or shows why not.
 */
abstract class AgendaDialog {
    final Shell shell;
    private final String id;
    private Label message;

    /**
     * @param id the window's id; its widgets are named {@code <id>.<name>}
     * @param columns the columns of the window's grid
     */
    AgendaDialog(Shell parent, String id, String title, int columns, int style) {
        this.id = id;
        shell = WidgetIds.name(new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | style), id);
        shell.setText(title);
        shell.setLayout(new GridLayout(columns, false));
    }

    /**
     * Ends the form with the message line and the buttons, then opens the window.
     *
     * @param submit what the action does, once the message line is cleared
     * @return the action's button (the default one)
     */
    final Button finish(Texts texts, String submitKey, Runnable submit) {
        int columns = ((GridLayout) shell.getLayout()).numColumns;
        message = WidgetIds.name(new Label(shell, SWT.WRAP), id + ".message");
        message.setForeground(shell.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1);
        messageData.widthHint = 420;
        message.setLayoutData(messageData);

        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1));
        GridLayout buttonsLayout = new GridLayout(2, false);
        buttonsLayout.marginWidth = 0;
        buttons.setLayout(buttonsLayout);
        Button close = WidgetIds.name(new Button(buttons, SWT.PUSH), id + ".close");
        close.setText(texts.get("dialog.close"));
        close.addListener(SWT.Selection, e -> close());
        Button ok = WidgetIds.name(new Button(buttons, SWT.PUSH), id + ".submit");
        ok.setText(texts.get(submitKey));
        ok.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, true, false));
        ok.addListener(SWT.Selection, e -> {
            message.setText("");
            submit.run();
        });
        shell.setDefaultButton(ok);
        shell.pack();
        shell.open();
        return ok;
    }

    /** Says what went wrong (or clears it with an empty text), below the form. */
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
