package org.hygie.appointments.desktop.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.AppointmentsApi;
import org.hygie.appointments.api.Doctor;
import org.hygie.appointments.api.DoctorsApi;
import org.hygie.core.paging.Page;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.chart.ChartContext;
import org.hygie.workbench.kit.Tables;
import org.hygie.workbench.kit.Widgets;

/**
 * The patient's appointments in the chart: those to come, soonest first, then those of the past
 * year, latest first, each with its doctor and status (a doctor sees his own: the server's rule).
 * Two calls whatever the count: the patient's appointments, and every doctor's name. Display
 * thread only.
 */
final class PatientAppointmentsView {
    /** How far back the section looks. */
    static final int PAST_DAYS = 365;
    /** One page, the most the server serves: a chart lists, it does not page. */
    static final int MOST = 100;

    private final ChartContext context;
    private final AppointmentsApi appointments;
    private final DoctorsApi doctors;
    private final Texts texts;
    private final DateTimeFormatter when;
    private final Composite root;
    private final Table coming;
    private final Table past;
    private final Label more;

    PatientAppointmentsView(Composite parent, ChartContext context, AppointmentsApi appointments, DoctorsApi doctors,
            Texts texts) {
        this.context = context;
        this.appointments = appointments;
        this.doctors = doctors;
        this.texts = texts;
        this.when = DateTimeFormatter.ofPattern(texts.get("chart.when.pattern"), context.locale());
        root = WidgetIds.name(new Composite(parent, SWT.NONE), "chart.appointments");
        root.setLayout(Widgets.grid(1, 0));
        caption(texts.get("chart.coming"));
        coming = table("chart.appointments.coming");
        caption(texts.get("chart.past"));
        past = table("chart.appointments.past");
        more = Widgets.textLine(root, "chart.appointments.more", 1, 500);
        context.onPatientChanged(this::load);
        load();
    }

    private void caption(String text) {
        Label label = new Label(root, SWT.NONE);
        label.setText(text);
    }

    private Table table(String id) {
        Table table = Tables.table(root, id, texts, 1, "chart.column.when", "chart.column.doctor", "chart.column.reason",
                "chart.column.status");
        ((GridData) table.getLayoutData()).heightHint = 90;
        return table;
    }

    Control root() {
        return root;
    }

    private record Loaded(Page<Appointment> page, Map<UUID, String> doctorNames) {
    }

    private void load() {
        UUID patient = context.patientId();
        String from = OffsetDateTime.ofInstant(Instant.now().minus(PAST_DAYS, ChronoUnit.DAYS), ZoneOffset.UTC).toString();
        context.run(texts.get("chart.loading"), () -> new Loaded(appointments.list(null, patient, from, null, 0, MOST),
                doctors.list().stream().collect(Collectors.toMap(Doctor::id, Doctor::displayName, (a, b) -> a))),
                this::show);
    }

    private void show(Loaded loaded) {
        if (root.isDisposed()) {
            return;
        }
        Instant now = Instant.now();
        List<Appointment> items = loaded.page().items();
        fill(coming, items.stream().filter(a -> !a.end().toInstant().isBefore(now)).toList(), loaded.doctorNames());
        fill(past, items.stream().filter(a -> a.end().toInstant().isBefore(now))
                .sorted((a, b) -> b.start().compareTo(a.start())).toList(), loaded.doctorNames());
        long total = loaded.page().total();
        more.setText(total > items.size() ? texts.get("chart.more", items.size(), total) : "");
        context.relayout();
    }

    private void fill(Table table, List<Appointment> list, Map<UUID, String> doctorNames) {
        table.removeAll();
        Function<Appointment, String> doctor = a -> doctorNames.getOrDefault(a.doctorId(), texts.get("chart.unknownDoctor"));
        for (Appointment a : list) {
            ZoneId zone = a.timeZone() == null ? ZoneId.systemDefault() : ZoneId.of(a.timeZone());
            Tables.row(table, a, when.format(a.start().atZoneSameInstant(zone)), doctor.apply(a),
                    a.reason() == null ? "" : a.reason(), a.statusReason() == null ? texts.get("status." + a.status())
                            : texts.get("status.because", texts.get("status." + a.status()), a.statusReason()));
        }
        if (list.isEmpty()) {
            Tables.row(table, null, texts.get("chart.none"));
        }
        Tables.fit(table);
    }
}
