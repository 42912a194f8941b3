package org.hygie.workbench.kit;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;

/** Tables with headers, one row selected at a time, whose columns fit their content. */
public final class Tables {
    private Tables() {
    }

    /**
     * @param columnKeys the keys of the column headers in {@code texts}
     * @return a table named {@code id} filling {@code span} columns of its parent's grid, headers
     *         and lines shown, one row selectable at a time
     */
    public static Table table(Composite parent, String id, Texts texts, int span, String... columnKeys) {
        return table(parent, id, span, Arrays.stream(columnKeys).map(texts::get).toList());
    }

    /** As {@link #table(Composite, String, Texts, int, String...)}, with the headers' texts themselves. */
    public static Table table(Composite parent, String id, int span, List<String> headers) {
        Table table = WidgetIds.name(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, span, 1));
        for (String header : headers) {
            new TableColumn(table, SWT.NONE).setText(header);
        }
        fit(table);
        return table;
    }

    /** Adds a row with the given cells, holding {@code data}. @return the row */
    public static TableItem row(Table table, Object data, String... cells) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(cells);
        item.setData(data);
        return item;
    }

    /** Sizes every column to the wider of its header and its cells, so that no text is cut. */
    public static void fit(Table table) {
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        // GTK draws a shown table's new column widths only at its next size allocation, though SWT
        // reports them at once: a size nudge makes it happen now (docs/lessons.md#gtk-column-widths).
        if (table.isVisible()) {
            Point size = table.getSize();
            table.setSize(size.x, size.y + 1);
            table.setSize(size);
        }
    }

    /** @return the data of the single selected row, or null */
    public static <T> T selected(Table table, Class<T> type) {
        TableItem[] selection = table.getSelection();
        return selection.length == 1 && type.isInstance(selection[0].getData()) ? type.cast(selection[0].getData())
                : null;
    }
}
