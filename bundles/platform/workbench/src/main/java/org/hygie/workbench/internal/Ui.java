package org.hygie.workbench.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hygie.workbench.WidgetIds;

/** Small layout helpers shared by the workbench's windows. */
final class Ui {
    private Ui() {
    }

    static GridLayout grid(int columns, int margin) {
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = margin;
        layout.marginHeight = margin;
        return layout;
    }

    static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    static Text field(Composite parent, String label, String id, int style) {
        label(parent, label);
        Text text = WidgetIds.name(new Text(parent, SWT.BORDER | style), id);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return text;
    }

    /** A wrapping label for messages, spanning the columns, in the error colour. */
    static Label message(Composite parent, String id, int span) {
        Label label = WidgetIds.name(new Label(parent, SWT.WRAP), id);
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
        data.widthHint = 360;
        label.setLayoutData(data);
        return label;
    }

    /** Centres the shell on its monitor. */
    static void center(org.eclipse.swt.widgets.Shell shell) {
        org.eclipse.swt.graphics.Rectangle screen = shell.getDisplay().getPrimaryMonitor().getBounds();
        org.eclipse.swt.graphics.Point size = shell.getSize();
        shell.setLocation(screen.x + (screen.width - size.x) / 2, screen.y + (screen.height - size.y) / 2);
    }

    static Font bigger(Control control, int delta, int style) {
        FontData[] data = control.getFont().getFontData();
        for (FontData d : data) {
            d.setHeight(d.getHeight() + delta);
            d.setStyle(style);
        }
        Font font = new Font(control.getDisplay(), data);
        control.setFont(font);
        control.addDisposeListener(e -> font.dispose());
        return font;
    }
}
