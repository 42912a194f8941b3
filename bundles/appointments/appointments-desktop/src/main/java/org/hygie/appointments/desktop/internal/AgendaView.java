package org.hygie.appointments.desktop.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.AppointmentInput;
import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.appointments.api.AppointmentsApi;
import org.hygie.appointments.api.Doctor;
import org.hygie.appointments.api.DoctorsApi;
import org.hygie.appointments.api.StatusChange;
import org.hygie.core.paging.Page;
import org.hygie.core.problem.FieldError;
import org.hygie.core.problem.HygieException;
import org.hygie.core.security.Permissions;
import org.hygie.core.security.Role;
import org.hygie.patients.api.Patient;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;

/**
 * A day's agenda: one table per doctor, side by side (a doctor sees only his own), each listing
 * the day's appointments and the free 30-minute slots; the actions below apply to the selected
 * row. Display thread only; every call goes through {@link ViewContext#run}.
 */
final class AgendaView {
    private static final int MAX_PER_DAY = 1000;
    private static final int PAGE_SIZE = 100;

    private final ViewContext context;
    private final AppointmentsApi api;
    private final DoctorsApi doctorsApi;
    private final PatientsApi patientsApi;
    private final Texts texts;
    private final boolean mayManage;
    private final DateTimeFormatter dayFormat;

    private final Composite root;
    private final Label dayLabel;
    private final Composite columns;
    private final Label message;
    private final Map<String, Button> actions = new LinkedHashMap<>();

    /** The hospital's zone; the workbench's until the server says otherwise (it is in every appointment). */
    private ZoneId zone = ZoneId.of("Europe/Paris");
    private LocalDate day;
    private List<Doctor> doctors = List.of();
    private final Map<UUID, Table> tables = new HashMap<>();
    /** The day's appointments by id, to name them in conflicts. */
    private final Map<UUID, Appointment> known = new HashMap<>();
    /** Patients' names, filled off the display thread. */
    private final Map<UUID, String> patientNames = new ConcurrentHashMap<>();
    private Doctor selectedDoctor;
    private Agenda.Row selected;
    private int loadSeq;

    AgendaView(Composite parent, ViewContext context, AppointmentsApi api, DoctorsApi doctorsApi,
            PatientsApi patientsApi, Texts texts) {
        this.context = context;
        this.api = api;
        this.doctorsApi = doctorsApi;
        this.patientsApi = patientsApi;
        this.texts = texts;
        this.mayManage = context.may(Permissions.APPOINTMENTS_MANAGE);
        this.dayFormat = DateTimeFormatter.ofPattern(texts.get("day.pattern"), context.locale());
        this.day = LocalDate.now(zone);

        root = WidgetIds.name(new Composite(parent, SWT.NONE), "agenda");
        root.setLayout(new GridLayout(1, false));

        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(5, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(bar, "agenda.previous", "day.previous", () -> show(day.minusDays(1)));
        button(bar, "agenda.today", "day.today", () -> show(LocalDate.now(zone)));
        button(bar, "agenda.next", "day.next", () -> show(day.plusDays(1)));
        dayLabel = WidgetIds.name(new Label(bar, SWT.NONE), "agenda.day");
        dayLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(bar, "agenda.refresh", "refresh", this::load);

        columns = WidgetIds.name(new Composite(root, SWT.NONE), "agenda.columns");
        columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        columns.setLayout(new GridLayout(1, true));

        Composite actionBar = new Composite(root, SWT.NONE);
        actionBar.setLayout(new GridLayout(5, false));
        actionBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        actions.put("book", button(actionBar, "agenda.book", "action.book", this::book));
        actions.put("checkIn", button(actionBar, "agenda.checkIn", "action.checkIn",
                () -> move(AppointmentStatus.CHECKED_IN, null)));
        actions.put("complete", button(actionBar, "agenda.complete", "action.complete",
                () -> move(AppointmentStatus.COMPLETED, null)));
        actions.put("cancel", button(actionBar, "agenda.cancel", "action.cancel", this::cancel));
        actions.put("noShow", button(actionBar, "agenda.noShow", "action.noShow",
                () -> move(AppointmentStatus.NO_SHOW, null)));
        actionBar.setVisible(mayManage);
        ((GridData) actionBar.getLayoutData()).exclude = !mayManage;

        message = WidgetIds.name(new Label(root, SWT.WRAP), "agenda.message");
        message.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        updateActions();
        dayLabel.setText(dayFormat.format(day));
        dayLabel.setData("day", day);
        context.run(texts.get("doctors.loading"), () -> doctorsApi.list(), list -> {
            if (root.isDisposed()) {
                return;
            }
            // A doctor sees his own agenda; those who manage them all see every doctor.
            doctors = context.user().role() == Role.DOCTOR
                    ? list.stream().filter(d -> d.id().equals(context.user().id())).toList()
                    : list;
            buildColumns();
            load();
        });
    }

    Control root() {
        return root;
    }

    private Button button(Composite parent, String id, String key, Runnable action) {
        Button b = WidgetIds.name(new Button(parent, SWT.PUSH), id);
        b.setText(texts.get(key));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private void buildColumns() {
        for (Control c : columns.getChildren()) {
            c.dispose();
        }
        tables.clear();
        ((GridLayout) columns.getLayout()).numColumns = Math.max(1, doctors.size());
        if (doctors.isEmpty()) {
            new Label(columns, SWT.NONE).setText(texts.get("doctors.none"));
        }
        for (Doctor doctor : doctors) {
            Composite column = new Composite(columns, SWT.NONE);
            column.setLayout(new GridLayout(1, false));
            column.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            Label name = new Label(column, SWT.NONE);
            name.setText(doctor.displayName());
            Table table = WidgetIds.name(new Table(column, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE),
                    "agenda.doctor." + doctor.username());
            table.setHeaderVisible(true);
            table.setLinesVisible(true);
            table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            TableColumn time = new TableColumn(table, SWT.NONE);
            time.setText(texts.get("column.time"));
            time.setWidth(95);
            TableColumn what = new TableColumn(table, SWT.NONE);
            what.setText(texts.get("column.appointment"));
            what.setWidth(260);
            table.addListener(SWT.Selection, e -> select(doctor, table));
            tables.put(doctor.id(), table);
        }
        columns.layout(true, true);
    }

    // ---- the day

    private void show(LocalDate newDay) {
        day = newDay;
        dayLabel.setText(dayFormat.format(day));
        dayLabel.setData("day", day);
        dayLabel.getParent().layout();
        load();
    }

    private void load() {
        if (root.isDisposed()) {
            return;
        }
        int seq = ++loadSeq;
        LocalDate shown = day;
        ZoneId z = zone;
        // In UTC ("Z"): a "+01:00" offset would reach the server as a space in the query string.
        String from = shown.atStartOfDay(z).toInstant().toString();
        String to = shown.plusDays(1).atStartOfDay(z).toInstant().toString();
        context.run(texts.get("agenda.loading"), () -> {
            // Pages of at most 100 (the server's limit), up to a bound no real day reaches.
            List<Appointment> all = new ArrayList<>();
            for (int p = 0; p * PAGE_SIZE < MAX_PER_DAY; p++) {
                Page<Appointment> page = api.list(null, null, from, to, p, PAGE_SIZE);
                all.addAll(page.items());
                if (all.size() >= page.total() || page.items().isEmpty()) {
                    break;
                }
            }
            for (Appointment a : all) {
                patientNames.computeIfAbsent(a.patientId(), this::patientName);
            }
            return all;
        }, list -> {
            if (seq == loadSeq && !root.isDisposed()) {
                showDay(shown, list);
            }
        });
    }

    /** Background thread: a patient's name as the agenda shows it. */
    private String patientName(UUID id) {
        try {
            Patient p = patientsApi.get(id);
            return p.lastName().toUpperCase(context.locale()) + " " + p.firstName();
        } catch (HygieException e) {
            return texts.get("patient.unknown");
        }
    }

    private void showDay(LocalDate shown, List<Appointment> list) {
        if (!list.isEmpty() && list.get(0).timeZone() != null) {
            zone = ZoneId.of(list.get(0).timeZone());
        }
        known.clear();
        list.forEach(a -> known.put(a.id(), a));
        UUID keep = selected != null && !selected.free() ? selected.appointment().id() : null;
        ZonedDateTime keepSlot = selected != null && selected.free() ? selected.start() : null;
        Doctor keepDoctor = selectedDoctor;
        selected = null;
        selectedDoctor = null;
        for (Doctor doctor : doctors) {
            Table table = tables.get(doctor.id());
            table.removeAll();
            table.setData("day", shown); // which day the rows are of (tests wait on it)
            List<Appointment> own = list.stream().filter(a -> a.doctorId().equals(doctor.id())).toList();
            for (Agenda.Row row : Agenda.rows(shown, zone, own)) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setData(row);
                item.setText(0, time(row.start()) + "–" + time(row.end()));
                if (row.free()) {
                    item.setText(1, texts.get("slot.free"));
                    item.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                } else {
                    Appointment a = row.appointment();
                    item.setText(1, texts.get("appointment.line", patientNames.getOrDefault(a.patientId(), "…"),
                            texts.get("status." + a.status()), a.reason() == null ? "" : a.reason()).strip());
                    item.setForeground(color(a.status()));
                }
                boolean again = keepDoctor != null && keepDoctor.id().equals(doctor.id())
                        && (keep != null && !row.free() && row.appointment().id().equals(keep)
                                || keepSlot != null && row.free() && row.start().equals(keepSlot));
                if (again) {
                    table.setSelection(item);
                    selected = row;
                    selectedDoctor = doctor;
                }
            }
        }
        updateActions();
    }

    private Color color(AppointmentStatus status) {
        return root.getDisplay().getSystemColor(switch (status) {
            case SCHEDULED -> SWT.COLOR_BLACK;
            case CHECKED_IN -> SWT.COLOR_DARK_BLUE;
            case COMPLETED -> SWT.COLOR_DARK_GREEN;
            case CANCELLED, NO_SHOW -> SWT.COLOR_GRAY;
        });
    }

    static String time(ZonedDateTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    private void select(Doctor doctor, Table table) {
        TableItem[] items = table.getSelection();
        // One selection in the whole agenda: the other doctors' tables let go of theirs.
        tables.values().stream().filter(t -> t != table).forEach(Table::deselectAll);
        selected = items.length == 1 ? (Agenda.Row) items[0].getData() : null;
        selectedDoctor = selected == null ? null : doctor;
        message.setText("");
        updateActions();
    }

    private void updateActions() {
        AppointmentStatus status = selected == null || selected.free() ? null : selected.appointment().status();
        boolean started = selected != null && !selected.start().toInstant().isAfter(java.time.Instant.now());
        actions.get("book").setEnabled(selected != null && selected.free());
        actions.get("checkIn").setEnabled(status == AppointmentStatus.SCHEDULED);
        actions.get("complete").setEnabled(status == AppointmentStatus.CHECKED_IN);
        actions.get("cancel").setEnabled(status == AppointmentStatus.SCHEDULED);
        actions.get("noShow").setEnabled(status == AppointmentStatus.SCHEDULED && started);
    }

    // ---- actions

    private void book() {
        if (selected == null || !selected.free()) {
            return;
        }
        Doctor doctor = selectedDoctor;
        Agenda.Row slot = selected;
        new BookDialog(root.getShell(), context, patientsApi, texts, doctor, slot.start(), (patient, minutes, reason,
                dialog) -> {
            AppointmentInput input = new AppointmentInput(patient.id(), doctor.id(), slot.start().toOffsetDateTime(),
                    slot.start().plusMinutes(minutes).toOffsetDateTime(), reason);
            patientNames.put(patient.id(), patient.lastName().toUpperCase(context.locale()) + " " + patient.firstName());
            context.run(texts.get("book.saving"), () -> {
                try (jakarta.ws.rs.core.Response response = api.create(input)) {
                    return response.readEntity(Appointment.class);
                }
            }, created -> {
                dialog.close();
                context.inform(texts.get("book.done", time(slot.start()), doctor.displayName()));
                load();
            }, problem -> explain(problem, dialog::showMessage));
        });
    }

    private void cancel() {
        if (selected == null || selected.free()) {
            return;
        }
        UUID id = selected.appointment().id();
        new ReasonDialog(root.getShell(), texts, (reason, dialog) -> context.run(texts.get("status.saving"),
                () -> api.changeStatus(id, new StatusChange(AppointmentStatus.CANCELLED, reason)), changed -> {
                    dialog.close();
                    context.inform(texts.get("status.done", texts.get("status." + changed.status())));
                    load();
                }, problem -> explain(problem, dialog::showMessage)));
    }

    private void move(AppointmentStatus status, String reason) {
        if (selected == null || selected.free()) {
            return;
        }
        UUID id = selected.appointment().id();
        context.run(texts.get("status.saving"), () -> api.changeStatus(id, new StatusChange(status, reason)),
                changed -> {
                    context.inform(texts.get("status.done", texts.get("status." + changed.status())));
                    load();
                }, problem -> explain(problem, this::showMessage));
    }

    private void showMessage(String text) {
        if (!message.isDisposed()) {
            message.setText(text);
            message.getParent().layout();
        }
    }

    /** Tells what went wrong in words: a conflict names who is busy and when, field errors their rule. */
    private void explain(HygieException problem, java.util.function.Consumer<String> show) {
        Object[] conflict = Agenda.conflict(problem, known, patientNames, zone);
        Object id = problem.properties() == null ? null : problem.properties().get("conflictingAppointmentId");
        if (conflict != null && conflict.length == 1 && id != null) {
            // The other appointment is not on this day's screen (another doctor's): look it up.
            UUID other = UUID.fromString(id.toString());
            context.run(texts.get("conflict.loading"), () -> {
                Appointment a = api.get(other);
                patientNames.computeIfAbsent(a.patientId(), this::patientName);
                return a;
            }, a -> {
                known.put(a.id(), a);
                Object[] again = Agenda.conflict(problem, known, patientNames, zone);
                show.accept(texts.get((String) again[0], java.util.Arrays.copyOfRange(again, 1, again.length)));
            }, failure -> show.accept(texts.get((String) conflict[0])));
            return;
        }
        if (conflict != null && "conflict.status".equals(conflict[0])) {
            show.accept(texts.get("conflict.status", texts.get("status." + conflict[1])));
            return;
        }
        if (conflict != null) {
            show.accept(texts.get((String) conflict[0], java.util.Arrays.copyOfRange(conflict, 1, conflict.length)));
            return;
        }
        if (!problem.errors().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (FieldError error : problem.errors()) {
                String translated = texts.get("error." + error.code());
                lines.add(translated.startsWith("!") ? error.message() : translated);
            }
            show.accept(String.join(" ", lines));
            return;
        }
        show.accept(context.describe(problem));
    }
}
