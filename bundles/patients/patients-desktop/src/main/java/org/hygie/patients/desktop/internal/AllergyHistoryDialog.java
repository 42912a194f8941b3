package org.hygie.patients.desktop.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.hygie.patients.api.Allergy;
import org.hygie.patients.api.AllergyRevision;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Tables;
import org.hygie.workbench.kit.Widgets;

/**
 * What an allergy held before each of its changes, oldest first, then what it holds now: the
 * values, who recorded them and when, and until when they held. Read only; Close. A window of its
 * own, not a nested event loop.
 */
final class AllergyHistoryDialog {
    private AllergyHistoryDialog() {
    }

    static void open(Shell parent, Texts texts, DateTimeFormatter dates, Allergy now, List<AllergyRevision> before) {
        Shell shell = WidgetIds.name(new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE),
                "allergy.history");
        shell.setText(texts.get("history.title", now.substance()));
        shell.setLayout(new GridLayout(1, false));
        Label heading = new Label(shell, SWT.WRAP);
        heading.setText(texts.get("history.heading", before.size()));
        GridData headingData = new GridData(SWT.FILL, SWT.TOP, true, false);
        headingData.widthHint = 480;
        heading.setLayoutData(headingData);
        Table table = Tables.table(shell, "allergy.history.table", texts, 1, "history.from", "allergies.substance",
                "allergies.reaction", "allergies.severity", "history.by", "history.until");
        for (AllergyRevision r : before) {
            Tables.row(table, r, day(dates, r.recordedAt()), r.substance(), r.reaction() == null ? "" : r.reaction(),
                    texts.get("severity." + r.severity()), r.recordedBy(), day(dates, r.replacedAt()));
        }
        // The values of now, last, for comparison: recorded at the last change, or at the noting.
        Instant since = now.changedAt() != null ? now.changedAt() : now.notedAt();
        String by = now.changedBy() != null ? now.changedBy() : now.notedBy();
        Tables.row(table, now, day(dates, since), now.substance(), now.reaction() == null ? "" : now.reaction(),
                texts.get("severity." + now.severity()), by, texts.get("history.now." + now.status()));
        Tables.fit(table);
        Button close = Widgets.button(shell, "allergy.history.close", Texts.load(Widgets.class, "messages",
                texts.locale()).get("close"), shell::dispose);
        close.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
        shell.setDefaultButton(close);
        shell.pack();
        shell.open();
    }

    private static String day(DateTimeFormatter dates, Instant instant) {
        return dates.format(instant.atZone(ZoneId.systemDefault()));
    }
}
