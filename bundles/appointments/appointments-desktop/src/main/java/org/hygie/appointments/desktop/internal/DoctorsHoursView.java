package org.hygie.appointments.desktop.internal;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hygie.appointments.api.Doctor;
import org.hygie.appointments.api.DoctorHours;
import org.hygie.appointments.api.DoctorsApi;
import org.hygie.appointments.api.WorkingHours;
import org.hygie.appointments.api.WorkingPeriod;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Tables;
import org.hygie.workbench.kit.Widgets;

/**
 * Every active doctor's week at a glance, a column per weekday, and their editing (the same
 * dialog a doctor uses for his own). The doctors and their hours come in one call.
 * Display thread only; every call goes through {@link ViewContext#run}.
 */
final class DoctorsHoursView {
    private final ViewContext context;
    private final DoctorsApi doctors;
    private final Texts texts;
    private final Composite root;
    private final Table table;
    private final Button edit;
    private final Label message;
    private final Map<UUID, WorkingHours> hours = new ConcurrentHashMap<>();

    DoctorsHoursView(Composite parent, ViewContext context, DoctorsApi doctors, Texts texts) {
        this.context = context;
        this.doctors = doctors;
        this.texts = texts;
        root = WidgetIds.name(new Composite(parent, SWT.NONE), "doctorsHours");
        root.setLayout(new GridLayout(2, false));
        Label heading = new Label(root, SWT.WRAP);
        heading.setText(texts.get("hours.heading"));
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        List<String> headers = new ArrayList<>(List.of(texts.get("hours.column.doctor")));
        for (DayOfWeek day : DayOfWeek.values()) {
            headers.add(day.getDisplayName(TextStyle.FULL, context.locale()));
        }
        table = Tables.table(root, "doctorsHours.table", 2, headers);
        table.addListener(SWT.Selection, e -> selectionChanged());
        table.addListener(SWT.DefaultSelection, e -> edit());

        edit = Widgets.button(root, "doctorsHours.edit", texts.get("hours.edit"), this::edit);
        edit.setEnabled(false);
        message = Widgets.textLine(root, "doctorsHours.message", 1, SWT.DEFAULT);
        load();
    }

    Control root() {
        return root;
    }

    private void load() {
        context.run(texts.get("hours.loading"), () -> {
            List<Doctor> found = new ArrayList<>();
            for (DoctorHours d : doctors.allWorkingHours()) {
                hours.put(d.doctor().id(), d.hours());
                found.add(d.doctor());
            }
            return found;
        }, this::show);
    }

    private void show(List<Doctor> found) {
        if (table.isDisposed()) {
            return;
        }
        Doctor kept = selected();
        UUID keep = kept == null ? null : kept.id();
        table.removeAll();
        for (Doctor doctor : found) {
            List<WorkingPeriod> periods = hours.get(doctor.id()).periods();
            List<String> cells = new ArrayList<>(List.of(doctor.displayName()));
            for (DayOfWeek day : DayOfWeek.values()) {
                cells.add(HoursText.format(day, periods));
            }
            TableItem item = Tables.row(table, doctor, cells.toArray(String[]::new));
            if (doctor.id().equals(keep)) {
                table.setSelection(item);
            }
        }
        Tables.fit(table);
        if (found.isEmpty()) {
            message.setText(texts.get("hours.noDoctor"));
        }
        selectionChanged();
    }

    private void selectionChanged() {
        edit.setEnabled(table.getSelectionCount() == 1);
    }

    private Doctor selected() {
        return Tables.selected(table, Doctor.class);
    }

    private void edit() {
        Doctor doctor = selected();
        if (doctor == null) {
            return;
        }
        WorkingHours current = hours.get(doctor.id());
        new HoursDialog(root.getShell(), texts, context.locale(), doctor.displayName(), current.timeZone(),
                current.periods(), (periods, dialog) -> context.run(texts.get("hours.saving"),
                        () -> doctors.setWorkingHours(doctor.id(), new WorkingHours(null, periods, current.version())),
                        saved -> {
                            dialog.close();
                            message.setText(texts.get("hours.savedFor", doctor.displayName()));
                            load();
                        }, problem -> dialog.showErrors(problem.errors(), context.describe(problem))));
    }
}
