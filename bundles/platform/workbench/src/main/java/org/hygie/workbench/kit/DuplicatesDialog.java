package org.hygie.workbench.kit;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;

/**
 * The warning listing a new patient's likely duplicates (as the server found them, by the rule a
 * creation uses) before the record is created: the user creates anyway or not. One dialog for
 * every place a patient is created (the patients' list, a booking). A window of its own with
 * callbacks, not a nested event loop, so that nothing waits on it. Named {@code duplicates}, its
 * table {@code duplicates.list}, its buttons {@code duplicates.cancel} and {@code duplicates.confirm}.
 */
public final class DuplicatesDialog {
    /** A likely duplicate as listed: record number, name, and birth date as the caller writes dates. */
    public record Duplicate(String mrn, String name, String birthDate) {
    }

    private DuplicatesDialog() {
    }

    /**
     * Opens the warning over {@code parent}.
     *
     * @param create what "create anyway" does, once the window is closed
     */
    public static void open(Shell parent, Locale locale, List<Duplicate> duplicates, Runnable create) {
        Texts texts = Texts.load(DuplicatesDialog.class, "messages", locale);
        Shell shell = WidgetIds.name(new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL), "duplicates");
        shell.setText(texts.get("duplicates.title"));
        shell.setLayout(new GridLayout(1, false));
        Label heading = new Label(shell, SWT.WRAP);
        heading.setText(texts.get("duplicates.heading", duplicates.size()));
        GridData headingData = new GridData(SWT.FILL, SWT.TOP, true, false);
        headingData.widthHint = 520;
        heading.setLayoutData(headingData);
        Table table = Tables.table(shell, "duplicates.list", texts, 1, "duplicates.column.mrn", "duplicates.column.name",
                "duplicates.column.birthDate");
        for (Duplicate d : duplicates) {
            Tables.row(table, d, d.mrn(), d.name(), d.birthDate());
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
        // Not creating is what Enter does: a duplicate record is the mistake to avoid.
        shell.setDefaultButton(cancel);
        shell.pack();
        shell.open();
    }
}
