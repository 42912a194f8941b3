package org.hygie.workbench;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * The keyboard shortcuts every view answers the same way, bound with
 * {@link ViewContext#bind(org.eclipse.swt.widgets.Control, Command, Runnable)}. Opening the
 * selected row (Enter, or a double-click) is a table's own default selection
 * ({@code SWT.DefaultSelection}), not a command.
 */
public enum Command {
    /** Ctrl+F: to the view's search field. */
    SEARCH(SWT.MOD1, 'f'),
    /** Ctrl+N: a new record of the view's kind (a patient, an appointment). */
    NEW(SWT.MOD1, 'n'),
    /** F5: the view's data read again from the server. */
    REFRESH(SWT.NONE, SWT.F5),
    /** Alt+Right: the next day or week. */
    NEXT(SWT.ALT, SWT.ARROW_RIGHT),
    /** Alt+Left: the previous day or week. */
    PREVIOUS(SWT.ALT, SWT.ARROW_LEFT);

    private final int modifiers;
    private final int key;

    Command(int modifiers, int key) {
        this.modifiers = modifiers;
        this.key = key;
    }

    /** @return the command a key press means, or null */
    public static Command of(Event keyDown) {
        int pressed = keyDown.stateMask & SWT.MODIFIER_MASK;
        int key = Character.toLowerCase(keyDown.keyCode);
        for (Command command : values()) {
            if (command.modifiers == pressed && command.key == key) {
                return command;
            }
        }
        return null;
    }

    /** @return the accelerator as SWT spells it, for menus that show it */
    public int accelerator() {
        return modifiers | key;
    }
}
