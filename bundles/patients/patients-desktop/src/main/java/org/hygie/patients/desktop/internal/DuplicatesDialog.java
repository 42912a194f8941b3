package org.hygie.patients.desktop.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hygie.patients.api.PatientSummary;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;

/**
 * The warning listing possible duplicates before a creation: the user creates anyway or not. A
 * window of its own with callbacks, not a nested event loop, so that nothing waits on it.
 */
final class DuplicatesDialog {
    static void open(Shell parent, Texts texts, DateTimeFormatter dates, List<PatientSummary> duplicates,
            Runnable create) {
        Shell shell = WidgetIds.name(new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL), "duplicates");
        shell.setText(texts.get("duplicates.title"));
        shell.setLayout(new GridLayout(1, false));
        Label heading = new Label(shell, SWT.WRAP);
        heading.setText(texts.get("duplicates.heading", duplicates.size()));
        GridData headingData = new GridData(SWT.FILL, SWT.TOP, true, false);
        headingData.widthHint = 520;
        heading.setLayoutData(headingData);
        Table table = WidgetIds.name(new Table(shell, SWT.BORDER | SWT.FULL_SELECTION), "duplicates.list");
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String column : List.of("column.mrn", "column.name", "column.birthDate")) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(texts.get(column));
            c.setWidth(170);
        }
        for (PatientSummary p : duplicates) {
            new TableItem(table, SWT.NONE).setText(new String[] { p.mrn(), p.lastName() + " " + p.firstName(),
                    dates.format(p.birthDate()) });
        }
        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
        buttons.setLayout(new GridLayout(2, true));
        Button cancel = WidgetIds.name(new Button(buttons, SWT.PUSH), "duplicates.cancel");
        cancel.setText(texts.get("duplicates.cancel"));
        cancel.addListener(SWT.Selection, e -> shell.dispose());
        Button confirm = WidgetIds.name(new Button(buttons, SWT.PUSH), "duplicates.confirm");
        confirm.setText(texts.get("duplicates.confirm"));
        confirm.addListener(SWT.Selection, e -> {
            shell.dispose();
            create.run();
        });
        shell.setDefaultButton(cancel);
        shell.pack();
        shell.open();
    }

    private DuplicatesDialog() {
    }
}
