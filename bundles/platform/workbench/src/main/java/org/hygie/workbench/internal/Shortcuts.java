package org.hygie.workbench.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.hygie.workbench.Command;

/**
 * The views' keyboard shortcuts in one window: a display filter that turns a key press in that
 * window into a {@link Command} and runs the binding of the showing view, the one holding the
 * focus first. Display thread only.
 */
final class Shortcuts implements Listener {
    private record Binding(Control scope, Command command, Runnable action) {
    }

    private final Shell shell;
    private final List<Binding> bindings = new ArrayList<>();

    Shortcuts(Shell shell) {
        this.shell = shell;
        Display display = shell.getDisplay();
        display.addFilter(SWT.KeyDown, this);
        shell.addListener(SWT.Dispose, e -> display.removeFilter(SWT.KeyDown, this));
    }

    void bind(Control scope, Command command, Runnable action) {
        Binding binding = new Binding(scope, command, action);
        bindings.add(binding);
        scope.addListener(SWT.Dispose, e -> bindings.remove(binding));
    }

    @Override
    public void handleEvent(Event event) {
        if (!(event.widget instanceof Control control) || control.isDisposed() || control.getShell() != shell) {
            return;
        }
        Command command = Command.of(event);
        if (command == null) {
            return;
        }
        Binding chosen = null;
        for (Binding binding : bindings) {
            if (binding.command() == command && !binding.scope().isDisposed() && binding.scope().isVisible()) {
                if (contains(binding.scope(), control)) {
                    chosen = binding;
                    break;
                }
                if (chosen == null) {
                    chosen = binding;
                }
            }
        }
        if (chosen != null) {
            event.doit = false;
            chosen.action().run();
        }
    }

    private static boolean contains(Control scope, Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c == scope) {
                return true;
            }
        }
        return false;
    }
}
