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
import org.hygie.patients.api.PatientSummary;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Tables;
import org.hygie.workbench.kit.Widgets;

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
        Table table = Tables.table(shell, "duplicates.list", texts, 1, "column.mrn", "column.name", "column.birthDate");
        for (PatientSummary p : duplicates) {
            Tables.row(table, p, p.mrn(), p.lastName() + " " + p.firstName(), dates.format(p.birthDate()));
        }
        Tables.fit(table);
        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
        buttons.setLayout(new GridLayout(2, true));
        Button cancel = Widgets.button(buttons, "duplicates.cancel", texts.get("duplicates.cancel"), shell::dispose);
        Widgets.button(buttons, "duplicates.confirm", texts.get("duplicates.confirm"), () -> {
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
