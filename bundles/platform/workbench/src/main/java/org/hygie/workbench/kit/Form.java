package org.hygie.workbench.kit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hygie.core.problem.FieldError;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;

/**
 * Form fields, each a row of three columns in its parent's grid: its label, its control and its
 * error line, where the server's field errors show in the user's language. Controls are named
 * {@code <prefix>.<field>}, error lines {@code <prefix>.<field>.error}.
 */
public final class Form {
    private final Composite parent;
    private final Texts texts;
    private final String prefix;
    private final int errorWidth;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, Label> errors = new LinkedHashMap<>();

    /**
     * @param parent a composite with a grid of three columns (or rows ending where a field starts)
     * @param texts the area's texts: field errors are looked up as {@code field.<code>}
     * @param errorWidth the width of the error lines, which wrap at it (and grow with the window)
     */
    public Form(Composite parent, Texts texts, String prefix, int errorWidth) {
        this.parent = parent;
        this.texts = texts;
        this.prefix = prefix;
        this.errorWidth = errorWidth;
    }

    /**
     * Adds a field: its label, then {@code control} (a child of the form's parent), then its error line.
     *
     * @return the control
     */
    public <C extends Control> C field(String name, String label, C control, int width) {
        Label caption = new Label(parent, SWT.NONE);
        caption.setText(label);
        caption.moveAbove(control);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = width;
        control.setLayoutData(data);
        controls.put(name, WidgetIds.name(control, prefix + "." + name));
        lookEditable(control, isEditable(control));
        // Wraps at its width: the server's words are shown in full, never cut.
        Label error = WidgetIds.name(new Label(parent, SWT.WRAP), prefix + "." + name + ".error");
        error.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData errorData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        errorData.widthHint = errorWidth;
        error.setLayoutData(errorData);
        errors.put(name, error);
        return control;
    }

    /**
     * Makes every field editable or read-only; a read-only field looks it (the window's background,
     * no caret to type into), not like an empty box waiting for input.
     */
    public void editable(boolean editable) {
        controls.values().forEach(control -> {
            if (control instanceof Text text) {
                text.setEditable(editable);
            } else {
                control.setEnabled(editable);
            }
            lookEditable(control, editable);
        });
    }

    private static boolean isEditable(Control control) {
        return control instanceof Text text ? text.getEditable() : control.getEnabled();
    }

    private static void lookEditable(Control control, boolean editable) {
        if (control instanceof Text) {
            control.setBackground(editable ? null : control.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        }
    }

    /** Puts the focus in the first field the user can type into or choose in (a new form starts there). */
    public void focusFirst() {
        for (Control control : controls.values()) {
            if (control.isVisible() && control.isEnabled() && isEditable(control) && control.setFocus()) {
                return;
            }
        }
    }

    /** @return the names of the fields, in order */
    public List<String> names() {
        return List.copyOf(controls.keySet());
    }

    public Text text(String name) {
        return (Text) controls.get(name);
    }

    public Combo combo(String name) {
        return (Combo) controls.get(name);
    }

    /** @return the field's text without surrounding spaces, or null when blank */
    public String value(String name) {
        String value = text(name).getText().trim();
        return value.isEmpty() ? null : value;
    }

    /** Empties every text field. */
    public void clear() {
        controls.values().stream().filter(Text.class::isInstance).forEach(c -> ((Text) c).setText(""));
    }

    public void clearErrors() {
        errors.values().forEach(label -> {
            label.setText("");
            label.setToolTipText(null);
        });
    }

    /** Shows a mistake found before asking the server next to its field. */
    public void error(String name, String text) {
        errors.get(name).setText(text);
        parent.layout(true, true);
    }

    /**
     * Shows the server's field errors next to their fields, in the user's language
     * ({@code field.<code>}) when the area has a text for the code, else in the server's words; the
     * server's words stay in the tooltip.
     */
    public void showErrors(List<FieldError> fieldErrors) {
        for (FieldError error : fieldErrors) {
            Label label = errors.get(error.field());
            if (label != null) {
                String translated = texts.get("field." + error.code());
                label.setText(translated.startsWith("!") ? error.message() : translated);
                label.setToolTipText(error.message());
            }
        }
        parent.layout(true, true);
    }
}
