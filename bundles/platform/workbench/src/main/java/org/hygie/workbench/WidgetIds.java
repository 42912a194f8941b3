package org.hygie.workbench;

import org.eclipse.swt.widgets.Widget;

/**
 * Names of widgets, stored as widget data, by which tests and screenshots find them without
 * depending on their texts or positions.
 */
public final class WidgetIds {
    /** The widget data key holding the id. */
    public static final String KEY = "hygie.id";

    private WidgetIds() {
    }

    /** @return the widget, named {@code id} */
    public static <W extends Widget> W name(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
