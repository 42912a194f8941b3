package org.hygie.workbench.kit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hygie.workbench.WidgetIds;

/** Buttons, message lines and search fields, made the same way in every view. */
public final class Widgets {
    /** The width a message line asks for when its caller names none: it grows with its grid. */
    private static final int NARROW_LINE = 200;

    private Widgets() {
    }

    /** @return a grid layout of {@code columns} columns of their own widths, with the given margins */
    public static GridLayout grid(int columns, int margin) {
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = margin;
        layout.marginHeight = margin;
        return layout;
    }

    /**
     * @param text the button's text; its mnemonic (Alt+letter) is the letter after an {@code &}, else
     *        the first letter no other button of the window uses yet
     * @return a push button named {@code id} that runs {@code action} when pressed
     */
    public static Button button(Composite parent, String id, String text, Runnable action) {
        Button button = WidgetIds.name(new Button(parent, SWT.PUSH), id);
        button.setText(Mnemonics.withMnemonic(parent.getShell(), text));
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** Hides the control and takes it out of its grid, so that who may not use it sees nothing. */
    public static <C extends Control> C shownOnlyIf(boolean shown, C control) {
        GridData data = control.getLayoutData() instanceof GridData d ? d : new GridData();
        data.exclude = !shown;
        control.setLayoutData(data);
        control.setVisible(shown);
        return control;
    }

    /**
     * @return a wrapping label in the error colour spanning {@code span} columns, for what went
     *         wrong (or what was done) in plain words
     */
    public static Label messageLine(Composite parent, String id, int span, int widthHint) {
        Label label = textLine(parent, id, span, widthHint);
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        return label;
    }

    /**
     * @param widthHint the width the line asks for ({@code SWT.DEFAULT}: a narrow one); it wraps at
     *        the width its grid gives it, so that a long text shows in full, never cut
     * @return a wrapping label spanning {@code span} columns, for what was done in plain words
     */
    public static Label textLine(Composite parent, String id, int span, int widthHint) {
        Label label = WidgetIds.name(new Label(parent, SWT.WRAP), id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
        // A wrapping label asking for its whole text's width would widen its parent past the window.
        data.widthHint = widthHint == SWT.DEFAULT ? NARROW_LINE : widthHint;
        label.setLayoutData(data);
        return label;
    }

    /**
     * Puts the focus in the first field under {@code parent} that the user can type into (a
     * window or a new form starts there).
     *
     * @return whether a field took the focus
     */
    public static boolean focusFirstField(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (!child.isVisible() || !child.isEnabled()) {
                continue;
            }
            if (child instanceof Text text && text.getEditable() && text.setFocus()) {
                return true;
            }
            if (child instanceof Composite composite && !(child instanceof Text) && focusFirstField(composite)) {
                return true;
            }
        }
        return false;
    }

    /** Sets a message line's text and lays its parent out again, unless it is gone. */
    public static void say(Label line, String text) {
        if (!line.isDisposed()) {
            line.setText(text);
            line.getParent().layout(true, true);
        }
    }

    /**
     * @return a search field named {@code id} spanning {@code span} columns that calls
     *         {@code search} once typing pauses for {@code delayMs}: one request per word, not per key
     */
    public static Text searchField(Composite parent, String id, String hint, int span, int delayMs, Runnable search) {
        Text field = WidgetIds.name(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER), id);
        field.setMessage(hint);
        field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        field.addModifyListener(e -> {
            // Restarts the wait at each key: the search leaves once typing pauses.
            field.getDisplay().timerExec(-1, search);
            field.getDisplay().timerExec(delayMs, search);
        });
        return field;
    }
}
