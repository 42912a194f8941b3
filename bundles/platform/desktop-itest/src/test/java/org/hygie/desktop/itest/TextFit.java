package org.hygie.desktop.itest;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Widget;
import org.hygie.workbench.WidgetIds;

/**
 * Finds the texts a window shows cut: every visible label, button, group title, table header and
 * cell, tab and menu item under a shell, measured with {@link GC#textExtent} in the widget's own
 * font against the room its widget has. A text is cut when its widget is narrower (or, for a
 * wrapping label, shorter) than the text plus the toolkit's own padding around it. Display thread.
 */
final class TextFit {
    /** A cut text: which widget (its test id, else its type and its parents' ids), the text, the room. */
    record Cut(String widget, String text, int needed, int available) {
        @Override
        public String toString() {
            return widget + " \"" + text + "\" needs " + needed + " px, has " + available;
        }
    }

    /** Rows checked per table: enough to meet every kind of cell, few enough to stay quick. */
    private static final int ROWS_CHECKED = 200;
    private static final int DRAW = SWT.DRAW_MNEMONIC | SWT.DRAW_DELIMITER | SWT.DRAW_TAB;

    private final List<Cut> cuts = new ArrayList<>();
    private int measured;

    private TextFit() {
    }

    /** What a walk found: the cut texts, in the order they are laid out, and how many texts it measured. */
    record Walk(List<Cut> cuts, int measured) {
    }

    /** @return the cut texts of the shell's visible widgets, in the order they are laid out */
    static List<Cut> cuts(Shell shell) {
        return walk(shell).cuts();
    }

    /** @return the walk of the shell's visible widgets */
    static Walk walk(Shell shell) {
        TextFit fit = new TextFit();
        fit.menu(shell.getMenuBar(), shell);
        fit.visit(shell);
        return new Walk(fit.cuts, fit.measured);
    }

    private void visit(Control control) {
        if (!control.isVisible()) {
            return;
        }
        menu(control.getMenu(), control);
        if (control instanceof Label label) {
            label(label);
        } else if (control instanceof CLabel label) {
            preferred(label, label.getText());
        } else if (control instanceof Button button) {
            preferred(button, button.getText());
        } else if (control instanceof Table table) {
            table(table);
        }
        if (control instanceof Group group && !group.getText().isEmpty()) {
            fits(group, group.getText(), extent(group, group.getText()) + padding(group), group.getSize().x);
        }
        if (control instanceof CTabFolder folder) {
            for (CTabItem item : folder.getItems()) {
                if (item.isShowing()) {
                    int image = item.getImage() == null ? 0 : item.getImage().getBounds().width;
                    fits(item, item.getText(), extent(folder, item.getText()) + image, item.getBounds().width);
                }
            }
        }
        if (control instanceof TabFolder folder) {
            for (TabItem item : folder.getItems()) {
                fits(item, item.getText(), extent(folder, item.getText()), item.getBounds().width);
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                visit(child);
            }
        }
    }

    private void label(Label label) {
        if ((label.getStyle() & SWT.SEPARATOR) != 0 || label.getText().isEmpty()) {
            return;
        }
        Point size = label.getSize();
        if ((label.getStyle() & SWT.WRAP) != 0) {
            // A wrapping label is cut when its lines, at its width, need more height than it has.
            int needed = label.computeSize(size.x, SWT.DEFAULT, true).y;
            fits(label, label.getText(), needed, size.y);
            int longestWord = 0;
            for (String word : label.getText().split("\\s+")) {
                longestWord = Math.max(longestWord, extent(label, word));
            }
            fits(label, label.getText(), longestWord, size.x);
        } else {
            preferred(label, label.getText());
        }
    }

    /**
     * A label or button: cut when narrower or lower than it asks to be, its text's extent plus its
     * own padding; the extent alone is also checked against its client area.
     */
    private void preferred(Control control, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Point size = control.getSize();
        Point wanted = control.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
        fits(control, text, extent(control, text), control instanceof Composite c ? c.getClientArea().width : size.x);
        fits(control, text, wanted.x, size.x);
        if (wanted.y > size.y) {
            cuts.add(new Cut(name(control) + " (height)", text, wanted.y, size.y));
        }
    }

    private void table(Table table) {
        int visible = table.getClientArea().width;
        if (table.getColumnCount() == 0) {
            int padding = padding(table, false);
            for (TableItem item : rows(table)) {
                fits(item, item.getText(), extent(table, item.getText()) + padding, visible - item.getBounds().x);
            }
            return;
        }
        int headerPadding = padding(table, true);
        int cellPadding = padding(table, false);
        int[] order = table.getColumnOrder();
        int x = 0;
        int[] left = new int[order.length];
        for (int index : order) {
            left[index] = x;
            x += table.getColumn(index).getWidth();
        }
        for (int i = 0; i < table.getColumnCount(); i++) {
            TableColumn column = table.getColumn(i);
            // Room on screen: a column running past the table's right edge is cut there.
            int room = Math.max(0, Math.min(left[i] + column.getWidth(), visible) - left[i]);
            if (table.getHeaderVisible()) {
                fits(column, column.getText(), extent(table, column.getText()) + headerPadding, room);
            }
            for (TableItem item : rows(table)) {
                String cell = item.getText(i);
                if (!cell.isEmpty()) {
                    int image = item.getImage(i) == null ? 0 : item.getImageBounds(i).width;
                    fits(item, column.getText() + ": " + cell, extent(table, item.getFont(i), cell) + image + cellPadding,
                            room);
                }
            }
        }
    }

    private static List<TableItem> rows(Table table) {
        TableItem[] items = table.getItems();
        return List.of(items).subList(0, Math.min(items.length, ROWS_CHECKED));
    }

    /**
     * The toolkit's own padding around a header's or a cell's text, measured on a scratch table
     * of the same font: its packed column's width less the text's extent.
     */
    private static int padding(Table like, boolean header) {
        Shell scratch = new Shell(like.getDisplay());
        try {
            Table table = new Table(scratch, SWT.NONE);
            table.setFont(like.getFont());
            table.setHeaderVisible(header);
            TableColumn column = new TableColumn(table, SWT.NONE);
            String sample = "Mmmm";
            if (header) {
                column.setText(sample);
            } else {
                new TableItem(table, SWT.NONE).setText(sample);
            }
            column.pack();
            return Math.max(0, column.getWidth() - extent(table, sample));
        } finally {
            scratch.dispose();
        }
    }

    /**
     * The toolkit's own padding around a group's title, measured on a scratch group of the same
     * font holding nothing: its preferred width less the title's extent.
     */
    private static int padding(Group like) {
        Shell scratch = new Shell(like.getDisplay());
        try {
            Group group = new Group(scratch, SWT.NONE);
            group.setFont(like.getFont());
            String sample = "Mmmm";
            group.setText(sample);
            return Math.max(0, group.computeSize(SWT.DEFAULT, SWT.DEFAULT).x - extent(group, sample));
        } finally {
            scratch.dispose();
        }
    }

    /**
     * Menus: GTK sizes a menu to its widest item, so that none is cut; the items are still walked
     * for their submenus, and an item without a text is reported.
     */
    private void menu(Menu menu, Widget owner) {
        if (menu == null) {
            return;
        }
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0 && item.getText().isEmpty()) {
                cuts.add(new Cut(name(item) + " in " + name(owner), "", 1, 0));
            }
            menu(item.getMenu(), owner);
        }
    }

    private void fits(Widget widget, String text, int needed, int available) {
        measured++;
        if (needed > available) {
            cuts.add(new Cut(name(widget), text, needed, available));
        }
    }

    private static int extent(Control control, String text) {
        return extent(control, control.getFont(), text);
    }

    private static int extent(Control control, Font font, String text) {
        GC gc = new GC(control);
        try {
            gc.setFont(font);
            return gc.textExtent(text, DRAW).x;
        } finally {
            gc.dispose();
        }
    }

    /** @return the widget's test id, else its type within the nearest named parent */
    static String name(Widget widget) {
        Object id = widget.getData(WidgetIds.KEY);
        if (id != null) {
            return String.valueOf(id);
        }
        String type = widget.getClass().getSimpleName();
        if (widget instanceof TableItem item) {
            return name(item.getParent()) + " row " + item.getParent().indexOf(item);
        }
        if (widget instanceof TableColumn column) {
            return name(column.getParent()) + " column " + column.getParent().indexOf(column);
        }
        if (widget instanceof Control control) {
            for (Control parent = control.getParent(); parent != null; parent = parent.getParent()) {
                Object parentId = parent.getData(WidgetIds.KEY);
                if (parentId != null) {
                    return type + " in " + parentId;
                }
            }
        }
        return type;
    }
}
