package org.hygie.appointments.desktop.internal;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hygie.appointments.api.WorkingHours;
import org.hygie.appointments.api.WorkingPeriod;
import org.hygie.core.problem.FieldError;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Dialog;

/**
 * A doctor's weekly working hours, a line per weekday ({@code 08:00-12:00, 14:00-18:00}; empty: not
 * working). Mistakes are shown next to their day, the server's as well as the typing ones; the
 * dialog stays open until the server has accepted.
 */
final class HoursDialog extends Dialog {
    /** What to do with the hours; the callback closes the dialog on success. */
    interface Submit {
        void submit(List<WorkingPeriod> periods, HoursDialog dialog);
    }

    private final Texts texts;
    private final Map<DayOfWeek, Label> errors = new EnumMap<>(DayOfWeek.class);
    /** The day of each period last submitted, to place the server's {@code periods[i]} errors. */
    private List<DayOfWeek> submittedDays = List.of();

    HoursDialog(Shell parent, Texts texts, Locale locale, String doctorName, String timeZone,
            List<WorkingPeriod> current, Submit submit) {
        super(parent, "agenda.hours", texts.get("hours.title", doctorName), 3, SWT.NONE);
        this.texts = texts;
        Label help = new Label(shell, SWT.WRAP);
        help.setText(texts.get("hours.help", timeZone));
        GridData helpData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        helpData.widthHint = 460;
        help.setLayoutData(helpData);

        Map<DayOfWeek, Text> fields = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            new Label(shell, SWT.NONE).setText(day.getDisplayName(TextStyle.FULL, locale));
            Text field = WidgetIds.name(new Text(shell, SWT.BORDER), "agenda.hours." + day);
            field.setText(HoursText.format(day, current));
            GridData fieldData = new GridData(SWT.FILL, SWT.CENTER, true, false);
            fieldData.widthHint = 220;
            field.setLayoutData(fieldData);
            fields.put(day, field);
            Label error = WidgetIds.name(new Label(shell, SWT.NONE), "agenda.hours." + day + ".error");
            error.setForeground(shell.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            GridData errorData = new GridData(SWT.FILL, SWT.CENTER, true, false);
            errorData.widthHint = 200;
            error.setLayoutData(errorData);
            errors.put(day, error);
        }
        finish(texts, "hours.submit", () -> {
            clearErrors();
            List<WorkingPeriod> periods = new ArrayList<>();
            boolean typos = false;
            for (DayOfWeek day : DayOfWeek.values()) {
                try {
                    periods.addAll(HoursText.parse(day, fields.get(day).getText()));
                } catch (IllegalArgumentException bad) {
                    errors.get(day).setText(texts.get("hours.format", bad.getMessage()));
                    typos = true;
                }
            }
            if (typos) {
                shell.layout(true, true);
                return;
            }
            submittedDays = periods.stream().map(WorkingPeriod::day).toList();
            submit.submit(periods, this);
        });
    }

    private void clearErrors() {
        errors.values().forEach(l -> l.setText(""));
    }

    /** Shows the server's field errors next to their days, anything else below. */
    void showErrors(List<FieldError> fieldErrors, String otherwise) {
        if (shell.isDisposed()) {
            return;
        }
        boolean placed = false;
        for (FieldError error : fieldErrors) {
            if ("periods".equals(error.field()) && "too_many".equals(error.code())) {
                showMessage(texts.get("hours.error.too_many", WorkingHours.MAX_PERIODS));
                placed = true;
                continue;
            }
            int index = periodIndex(error.field());
            if (index >= 0 && index < submittedDays.size()) {
                String translated = texts.get("hours.error." + error.code());
                errors.get(submittedDays.get(index)).setText(translated.startsWith("!") ? error.message() : translated);
                placed = true;
            }
        }
        if (!placed) {
            showMessage(otherwise);
        }
        shell.layout(true, true);
    }

    /** @return i of {@code periods[i]}, or -1 */
    static int periodIndex(String field) {
        if (field == null || !field.startsWith("periods[") || !field.endsWith("]")) {
            return -1;
        }
        try {
            return Integer.parseInt(field.substring("periods[".length(), field.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
