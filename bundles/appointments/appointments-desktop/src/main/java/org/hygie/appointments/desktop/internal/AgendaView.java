package org.hygie.appointments.desktop.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.AppointmentInput;
import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.appointments.api.AppointmentsApi;
import org.hygie.appointments.api.Doctor;
import org.hygie.appointments.api.DoctorHours;
import org.hygie.appointments.api.DoctorsApi;
import org.hygie.appointments.api.StatusChange;
import org.hygie.appointments.api.WorkingHours;
import org.hygie.appointments.api.WorkingPeriod;
import org.hygie.core.paging.Page;
import org.hygie.core.problem.FieldError;
import org.hygie.core.problem.HygieException;
import org.hygie.core.security.Permissions;
import org.hygie.patients.api.Patient;
import org.hygie.patients.api.PatientSummary;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;

/**
 * The agenda: a day or a week of the doctors side by side ({@link AgendaGrid}; a doctor sees only
 * his own, the others may narrow it to one doctor), the bar to move in time, and the actions on the
 * selected slot or appointment: book, reschedule, check in, complete, cancel, no-show, and a
 * doctor's own working hours. Display thread only; every call goes through {@link ViewContext#run}.
 */
final class AgendaView {
    /** What a load fetches at most, in pages of the server's largest size: no real agenda reaches it. */
    private static final int MAX_PER_DAY = 1000;
    private static final int MAX_PER_WEEK = 5000;
    private static final int PAGE_SIZE = 100;

    enum Mode {
        DAY, WEEK
    }

    private final ViewContext context;
    private final AppointmentsApi api;
    private final DoctorsApi doctorsApi;
    private final PatientsApi patientsApi;
    private final Texts texts;
    private final boolean mayManage;
    private final boolean isDoctor;
    private final DateTimeFormatter dayFormat;

    private final Composite root;
    private final Label dayLabel;
    private final Button previous;
    private final Button next;
    private final Button dayMode;
    private final Button weekMode;
    private final Combo doctorFilter;
    private final AgendaGrid grid;
    private final Label message;
    private final Map<String, Button> actions = new LinkedHashMap<>();

    /** The hospital's zone; the workbench's until the server says otherwise (with hours and appointments). */
    private ZoneId zone = ZoneId.of("Europe/Paris");
    private Mode mode = Mode.DAY;
    private LocalDate day;
    /** Every doctor the user may see; {@link #shown} those on screen. */
    private List<Doctor> doctors = List.of();
    private List<Doctor> shown = List.of();
    private boolean doctorsLoaded;
    private final Map<UUID, List<WorkingPeriod>> hours = new ConcurrentHashMap<>();
    /** The shown appointments by id, to name them in conflicts. */
    private final Map<UUID, Appointment> known = new HashMap<>();
    /** Patients' names, filled off the display thread. */
    private final Map<UUID, String> patientNames = new ConcurrentHashMap<>();
    private int loadSeq;

    AgendaView(Composite parent, ViewContext context, AppointmentsApi api, DoctorsApi doctorsApi,
            PatientsApi patientsApi, Texts texts) {
        this.context = context;
        this.api = api;
        this.doctorsApi = doctorsApi;
        this.patientsApi = patientsApi;
        this.texts = texts;
        this.mayManage = context.may(Permissions.APPOINTMENTS_MANAGE);
        // Without the permission over every agenda, a doctor works on his own only.
        this.isDoctor = !context.may(Permissions.APPOINTMENTS_ANY_AGENDA);
        this.dayFormat = DateTimeFormatter.ofPattern(texts.get("day.pattern"), context.locale());
        this.day = LocalDate.now(zone);

        root = WidgetIds.name(new Composite(parent, SWT.NONE), "agenda");
        root.setLayout(new GridLayout(1, false));

        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(10, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        dayMode = toggle(bar, "agenda.mode.day", "mode.day", Mode.DAY);
        weekMode = toggle(bar, "agenda.mode.week", "mode.week", Mode.WEEK);
        dayMode.setSelection(true);
        previous = button(bar, "agenda.previous", "day.previous", () -> move(-1));
        button(bar, "agenda.today", "day.today", () -> show(LocalDate.now(zone)));
        next = button(bar, "agenda.next", "day.next", () -> move(1));
        dayLabel = WidgetIds.name(new Label(bar, SWT.NONE), "agenda.day");
        dayLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        doctorFilter = WidgetIds.name(new Combo(bar, SWT.READ_ONLY), "agenda.doctorFilter");
        doctorFilter.addListener(SWT.Selection, e -> filterDoctors());
        hide(doctorFilter);
        button(bar, "agenda.refresh", "refresh", this::refresh);
        Button ownHours = button(bar, "agenda.hours", "action.hours", this::editHours);
        if (!isDoctor) {
            hide(ownHours); // the doctor keeps his own hours; an ADMIN edits them through the API
        }

        grid = new AgendaGrid(root, texts, DateTimeFormatter.ofPattern(texts.get("weekday.pattern"), context.locale()),
                this::selectionChanged, this::openDay);

        Composite actionBar = new Composite(root, SWT.NONE);
        actionBar.setLayout(new GridLayout(6, false));
        actionBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        actions.put("book", button(actionBar, "agenda.book", "action.book", this::book));
        actions.put("reschedule", button(actionBar, "agenda.reschedule", "action.reschedule", this::reschedule));
        actions.put("checkIn", button(actionBar, "agenda.checkIn", "action.checkIn",
                () -> changeStatus(AppointmentStatus.CHECKED_IN)));
        actions.put("complete", button(actionBar, "agenda.complete", "action.complete",
                () -> changeStatus(AppointmentStatus.COMPLETED)));
        actions.put("cancel", button(actionBar, "agenda.cancel", "action.cancel", this::cancel));
        actions.put("noShow", button(actionBar, "agenda.noShow", "action.noShow",
                () -> changeStatus(AppointmentStatus.NO_SHOW)));
        if (!mayManage) {
            hide(actionBar);
        }

        message = WidgetIds.name(new Label(root, SWT.WRAP), "agenda.message");
        message.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        updateActions();
        showPeriod();
        loadDoctors();
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

    private Button toggle(Composite parent, String id, String key, Mode target) {
        Button b = WidgetIds.name(new Button(parent, SWT.RADIO), id);
        b.setText(texts.get(key));
        b.addListener(SWT.Selection, e -> {
            if (b.getSelection() && mode != target) {
                mode = target;
                showPeriod();
                load();
            }
        });
        return b;
    }

    private static void hide(Control control) {
        control.setVisible(false);
        if (control.getLayoutData() == null) {
            control.setLayoutData(new GridData());
        }
        ((GridData) control.getLayoutData()).exclude = true;
    }

    private static void unhide(Control control) {
        control.setVisible(true);
        ((GridData) control.getLayoutData()).exclude = false;
    }

    // ---- doctors and their hours

    private void loadDoctors() {
        context.run(texts.get("doctors.loading"), () -> {
            // A doctor sees his own agenda; those who manage them all see every doctor. One call
            // brings the doctors with their hours.
            List<DoctorHours> all = doctorsApi.allWorkingHours().stream()
                    .filter(d -> !isDoctor || d.doctor().id().equals(context.user().id())).toList();
            String timeZone = null;
            for (DoctorHours d : all) {
                hours.put(d.doctor().id(), d.hours().periods());
                timeZone = d.hours().timeZone();
            }
            return new LoadedDoctors(all.stream().map(DoctorHours::doctor).toList(), timeZone);
        }, loaded -> {
            if (root.isDisposed()) {
                return;
            }
            List<Doctor> list = loaded.doctors();
            if (loaded.timeZone() != null) {
                zone = ZoneId.of(loaded.timeZone());
            }
            doctors = list;
            doctorsLoaded = true;
            doctorFilter.removeAll();
            doctorFilter.add(texts.get("doctors.all"));
            list.forEach(d -> doctorFilter.add(d.displayName()));
            doctorFilter.select(0);
            if (list.size() > 1) {
                unhide(doctorFilter);
            }
            shown = list;
            showPeriod();
            load();
        });
    }

    private record LoadedDoctors(List<Doctor> doctors, String timeZone) {
    }

    private void filterDoctors() {
        int index = doctorFilter.getSelectionIndex();
        shown = index <= 0 ? doctors : List.of(doctors.get(index - 1));
        grid.clearSelection();
        load();
    }

    private List<WorkingPeriod> hoursOf(Doctor doctor) {
        return hours.getOrDefault(doctor.id(), List.of());
    }

    private void editHours() {
        Doctor self = doctors.stream().filter(d -> d.id().equals(context.user().id())).findFirst().orElse(null);
        if (self == null) {
            return;
        }
        new HoursDialog(root.getShell(), texts, context.locale(), self.displayName(), zone.getId(), hoursOf(self),
                (periods, dialog) -> context.run(texts.get("hours.saving"),
                        () -> doctorsApi.setWorkingHours(self.id(), new WorkingHours(null, periods)), saved -> {
                            dialog.close();
                            hours.put(self.id(), saved.periods());
                            context.inform(texts.get("hours.done"));
                            load();
                        }, problem -> dialog.showErrors(problem.errors(), context.describe(problem))));
    }

    // ---- the day or week shown

    private void move(int steps) {
        show(mode == Mode.DAY ? day.plusDays(steps) : day.plusWeeks(steps));
    }

    private void show(LocalDate newDay) {
        day = newDay;
        showPeriod();
        load();
    }

    private LocalDate firstDay() {
        return mode == Mode.DAY ? day : Agenda.monday(day);
    }

    private LocalDate endDay() {
        return mode == Mode.DAY ? day.plusDays(1) : Agenda.monday(day).plusWeeks(1);
    }

    private void showPeriod() {
        if (mode == Mode.DAY) {
            dayLabel.setText(dayFormat.format(day));
            previous.setText(texts.get("day.previous"));
            next.setText(texts.get("day.next"));
            previous.setToolTipText(null);
            next.setToolTipText(null);
        } else {
            LocalDate monday = Agenda.monday(day);
            dayLabel.setText(texts.get("week.label",
                    DateTimeFormatter.ofPattern(texts.get("week.first.pattern"), context.locale()).format(monday),
                    DateTimeFormatter.ofPattern(texts.get("week.last.pattern"), context.locale()).format(monday.plusDays(6))));
            // Arrows only, with their words as tooltips: the week's dates need the room.
            previous.setText(texts.get("week.previous"));
            next.setText(texts.get("week.next"));
            previous.setToolTipText(texts.get("week.previous.tip"));
            next.setToolTipText(texts.get("week.next.tip"));
        }
        dayLabel.setData("day", firstDay());
        dayLabel.getParent().layout();
    }

    private void refresh() {
        context.run(texts.get("hours.loading"), () -> {
            for (DoctorHours d : doctorsApi.allWorkingHours()) {
                hours.put(d.doctor().id(), d.hours().periods());
            }
            return null;
        }, done -> load());
    }

    private void load() {
        if (root.isDisposed() || !doctorsLoaded) {
            return; // the doctors' arrival loads
        }
        if (shown.isEmpty()) {
            grid.showNone();
            return;
        }
        int seq = ++loadSeq;
        Mode loaded = mode;
        LocalDate first = firstDay();
        // In UTC ("Z"): a "+01:00" offset would reach the server as a space in the query string.
        String from = first.atStartOfDay(zone).toInstant().toString();
        String to = endDay().atStartOfDay(zone).toInstant().toString();
        UUID only = shown.size() == 1 ? shown.get(0).id() : null;
        int max = loaded == Mode.DAY ? MAX_PER_DAY : MAX_PER_WEEK;
        context.run(texts.get("agenda.loading"), () -> {
            List<Appointment> all = new ArrayList<>();
            for (int p = 0; p * PAGE_SIZE < max; p++) {
                Page<Appointment> page = api.list(only, null, from, to, p, PAGE_SIZE);
                all.addAll(page.items());
                if (all.size() >= page.total() || page.items().isEmpty()) {
                    break;
                }
            }
            patientNames(all.stream().map(Appointment::patientId).toList());
            return all;
        }, list -> {
            if (seq == loadSeq && !root.isDisposed()) {
                if (!list.isEmpty() && list.get(0).timeZone() != null) {
                    zone = ZoneId.of(list.get(0).timeZone());
                }
                known.clear();
                list.forEach(a -> known.put(a.id(), a));
                AgendaGrid.Sources sources = new AgendaGrid.Sources(zone, this::hoursOf, this::nameOf);
                if (loaded == Mode.DAY) {
                    grid.showDay(first, shown, list, sources);
                } else {
                    grid.showWeek(first, shown, list, sources);
                }
                updateActions();
            }
        });
    }

    /** Background thread: the names of the patients not known yet, asked in a few calls at most. */
    private void patientNames(List<UUID> ids) {
        List<UUID> missing = ids.stream().distinct().filter(id -> !patientNames.containsKey(id)).toList();
        for (int from = 0; from < missing.size(); from += PatientsApi.MAX_IDS) {
            List<UUID> chunk = missing.subList(from, Math.min(missing.size(), from + PatientsApi.MAX_IDS));
            for (PatientSummary p : patientsApi.byIds(chunk)) {
                patientNames.put(p.id(), p.lastName().toUpperCase(context.locale()) + " " + p.firstName());
            }
            chunk.forEach(id -> patientNames.putIfAbsent(id, texts.get("patient.unknown")));
        }
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

    private String nameOf(Appointment a) {
        return patientNames.getOrDefault(a.patientId(), "…");
    }

    private List<Appointment> of(Doctor doctor, List<Appointment> list) {
        return list.stream().filter(a -> a.doctorId().equals(doctor.id())).toList();
    }

    private void selectionChanged() {
        message.setText("");
        updateActions();
    }

    /** A double click on a week's cell: that day, in the day view. */
    private void openDay(LocalDate target) {
        dayMode.setSelection(true);
        weekMode.setSelection(false);
        mode = Mode.DAY;
        show(target);
    }

    private void updateActions() {
        Agenda.Row selected = grid.selected();
        AppointmentStatus status = selected == null || selected.free() ? null : selected.appointment().status();
        boolean started = selected != null && !selected.start().toInstant().isAfter(Instant.now());
        actions.get("book").setEnabled(selected != null && selected.free());
        actions.get("reschedule").setEnabled(status == AppointmentStatus.SCHEDULED);
        actions.get("checkIn").setEnabled(status == AppointmentStatus.SCHEDULED);
        actions.get("complete").setEnabled(status == AppointmentStatus.CHECKED_IN);
        actions.get("cancel").setEnabled(status == AppointmentStatus.SCHEDULED);
        actions.get("noShow").setEnabled(status == AppointmentStatus.SCHEDULED && started);
    }

    // ---- actions

    private void book() {
        Agenda.Row slot = grid.selected();
        Doctor doctor = grid.selectedDoctor();
        if (slot == null || !slot.free()) {
            return;
        }
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
                context.inform(texts.get("book.done", Agenda.time(slot.start()), doctor.displayName()));
                load();
            }, problem -> explain(problem, dialog::showMessage));
        });
    }

    private void reschedule() {
        Agenda.Row selected = grid.selected();
        if (selected == null || selected.free()) {
            return;
        }
        Appointment a = selected.appointment();
        new RescheduleDialog(root.getShell(), texts, a, nameOf(a), doctors, zone, (doctor, start, minutes, reason,
                dialog) -> {
            // With the version read: if another secretary moved it meanwhile, this one is told, not lost.
            AppointmentInput input = new AppointmentInput(a.patientId(), doctor.id(), start.toOffsetDateTime(),
                    start.plusMinutes(minutes).toOffsetDateTime(), reason, a.version());
            context.run(texts.get("reschedule.saving"), () -> api.update(a.id(), input), moved -> {
                dialog.close();
                context.inform(texts.get("reschedule.done", dayFormat.format(start), Agenda.time(start), doctor.displayName()));
                if (mode == Mode.DAY && !start.toLocalDate().equals(day)
                        || mode == Mode.WEEK && !Agenda.monday(start.toLocalDate()).equals(Agenda.monday(day))) {
                    show(start.toLocalDate()); // follow the appointment to its new day
                } else {
                    load();
                }
            }, problem -> explain(problem, dialog::showMessage));
        });
    }

    private void cancel() {
        Agenda.Row selected = grid.selected();
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

    private void changeStatus(AppointmentStatus status) {
        Agenda.Row selected = grid.selected();
        if (selected == null || selected.free()) {
            return;
        }
        UUID id = selected.appointment().id();
        context.run(texts.get("status.saving"), () -> api.changeStatus(id, new StatusChange(status, null)),
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
    private void explain(HygieException problem, Consumer<String> show) {
        Object[] conflict = Agenda.conflict(problem, known, patientNames, zone);
        Object id = problem.properties() == null ? null : problem.properties().get("conflictingAppointmentId");
        if (conflict != null && conflict.length == 1 && id != null) {
            // The other appointment is not on screen (another doctor's, another day): look it up.
            UUID other = UUID.fromString(id.toString());
            context.run(texts.get("conflict.loading"), () -> {
                Appointment a = api.get(other);
                patientNames.computeIfAbsent(a.patientId(), this::patientName);
                return a;
            }, a -> {
                known.put(a.id(), a);
                Object[] again = Agenda.conflict(problem, known, patientNames, zone);
                show.accept(texts.get((String) again[0], Arrays.copyOfRange(again, 1, again.length)));
            }, failure -> show.accept(texts.get((String) conflict[0])));
            return;
        }
        if (conflict != null && "conflict.status".equals(conflict[0])) {
            show.accept(texts.get("conflict.status", texts.get("status." + conflict[1])));
            return;
        }
        if (conflict != null) {
            show.accept(texts.get((String) conflict[0], Arrays.copyOfRange(conflict, 1, conflict.length)));
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
