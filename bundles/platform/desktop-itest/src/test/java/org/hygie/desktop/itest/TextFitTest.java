package org.hygie.desktop.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hygie.workbench.WidgetIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The text-fit check itself, on a window of its own: it names each cut text, and none when all fit. */
class TextFitTest {
    private static final String LONG = "Un texte bien trop long pour sa place";
    private static Ui ui;

    @BeforeAll
    static void attach() throws Exception {
        ui = Ui.attach();
    }

    @Test
    void cuts_shouldNameEveryTextItsWidgetCannotHold() throws Exception {
        List<String> cut = cutsIn(20).stream().map(TextFit.Cut::widget).distinct().toList();
        assertThat(cut).contains("fit.label", "fit.button", "fit.wrap", "fit.group", "fit.table column 0",
                "fit.table row 0", "fit.nav row 0");
    }

    @Test
    void cuts_shouldFindNoneWhenEveryTextHasItsRoom() throws Exception {
        assertThat(cutsIn(SWT.DEFAULT)).isEmpty();
    }

    /** @return the cuts in the window of {@link #window}, once GTK has laid its tables out */
    private static List<TextFit.Cut> cutsIn(int width) throws InterruptedException {
        Shell shell = ui.sync(() -> window(width));
        try {
            ui.await("the window's tables laid out", () -> {
                for (var control : shell.getChildren()) {
                    if (control instanceof Table table && table.getClientArea().width == 0) {
                        return false;
                    }
                }
                return true;
            });
            return ui.sync(() -> TextFit.cuts(shell));
        } finally {
            ui.run(shell::dispose);
        }
    }

    /** A window of every kind of text, each widget {@code width} wide (SWT.DEFAULT: as wide as it asks). */
    private static Shell window(int width) {
        Shell shell = new Shell(ui.display);
        shell.setLayout(new GridLayout(1, false));
        Label label = WidgetIds.name(new Label(shell, SWT.NONE), "fit.label");
        label.setText(LONG);
        Button button = WidgetIds.name(new Button(shell, SWT.PUSH), "fit.button");
        button.setText(LONG);
        Label wrap = WidgetIds.name(new Label(shell, SWT.WRAP), "fit.wrap");
        wrap.setText(LONG + " " + LONG);
        Group group = WidgetIds.name(new Group(shell, SWT.NONE), "fit.group");
        group.setText(LONG);
        group.setLayout(new GridLayout());
        new Label(group, SWT.NONE).setText("x");
        Table table = WidgetIds.name(new Table(shell, SWT.BORDER), "fit.table");
        table.setHeaderVisible(true);
        new TableColumn(table, SWT.NONE).setText(LONG);
        new TableItem(table, SWT.NONE).setText(LONG + " " + LONG);
        table.getColumn(0).pack();
        Table nav = WidgetIds.name(new Table(shell, SWT.BORDER), "fit.nav");
        new TableItem(nav, SWT.NONE).setText(LONG);
        for (var control : shell.getChildren()) {
            GridData data = new GridData(width, control == wrap && width != SWT.DEFAULT ? 12 : SWT.DEFAULT);
            if (control == wrap && width == SWT.DEFAULT) {
                data.widthHint = 200; // wraps on a few lines, all shown
            }
            if (control == group && width == SWT.DEFAULT) {
                data.widthHint = 400; // GTK sizes a group by its content, not its title: room given here
            }
            control.setLayoutData(data);
        }
        if (width != SWT.DEFAULT) {
            table.getColumn(0).setWidth(width);
        }
        shell.pack();
        shell.open();
        return shell;
    }
}
