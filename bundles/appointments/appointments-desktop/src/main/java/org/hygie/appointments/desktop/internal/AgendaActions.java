package org.hygie.appointments.desktop.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.AppointmentInput;
import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.appointments.api.AppointmentsApi;
import org.hygie.appointments.api.Doctor;
import org.hygie.appointments.api.StatusChange;
import org.hygie.core.problem.FieldError;
import org.hygie.core.problem.HygieException;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.kit.Widgets;

/**
 * The actions on the agenda's selected slot or appointment (book, reschedule, check in, complete,
 * cancel, no-show, open it, open its patient's chart), each enabled only when it applies, offered
 * by the bar's buttons and the grid's context menu alike; the move of a dragged block, confirmed
 * first; and the line saying in words what went wrong. Each change done is said in the status
 * bar. Display thread only.
 */
final class AgendaActions {
    private final ViewContext context;
    private final AppointmentsApi api;
    private final PatientsApi patientsApi;
    private final Texts texts;
    private final AgendaData data;
    private final AgendaGrid grid;
    private final DateTimeFormatter dayFormat;
    private final Consumer<String> reload;
    private final java.util.function.BiConsumer<ZonedDateTime, String> moved;
    private final Composite bar;
    private final Label message;
    private final Map<String, Button> actions = new LinkedHashMap<>();
    private final Map<String, Runnable> performers = new LinkedHashMap<>();
    private final boolean mayManage;

    /**
     * @param reload loads the agenda again after a change, then says what was done in the status bar
     * @param moved told the new start of a booked or moved appointment (the agenda follows it, or
     *        reloads) and what to say once it shows
     */
    AgendaActions(Composite parent, ViewContext context, AppointmentsApi api, PatientsApi patientsApi, Texts texts,
            AgendaData data, AgendaGrid grid, DateTimeFormatter dayFormat, boolean mayManage, Consumer<String> reload,
            java.util.function.BiConsumer<ZonedDateTime, String> moved) {
        this.context = context;
        this.api = api;
        this.patientsApi = patientsApi;
        this.texts = texts;
        this.data = data;
        this.grid = grid;
        this.dayFormat = dayFormat;
        this.reload = reload;
        this.moved = moved;
        this.mayManage = mayManage;
        bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(8, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        action("book", this::book);
        action("reschedule", this::reschedule);
        action("checkIn", () -> changeStatus(AppointmentStatus.CHECKED_IN));
        action("complete", () -> changeStatus(AppointmentStatus.COMPLETED));
        action("cancel", this::cancel);
        action("noShow", () -> changeStatus(AppointmentStatus.NO_SHOW));
        action("open", this::open);
        action("chart", this::chart);
        actions.forEach((name, button) -> Widgets.shownOnlyIf(mayManage || name.equals("open") || name.equals("chart"),
                button));
        message = Widgets.messageLine(parent, "agenda.message", 1, SWT.DEFAULT);
    }

    private void action(String name, Runnable run) {
        performers.put(name, run);
        actions.put(name, Widgets.button(bar, "agenda." + name, texts.get("action." + name), run));
    }

    /** @return whether the action applies to the selected slot or appointment (and the user may manage) */
    boolean enabled(String name) {
        Agenda.Row selected = grid.selected();
        AppointmentStatus status = selected == null || selected.free() ? null : selected.appointment().status();
        boolean started = selected != null && !selected.start().toInstant().isAfter(Instant.now());
        return switch (name) {
            case "open", "chart" -> status != null;
            case "book" -> mayManage && selected != null && selected.free();
            case "reschedule", "checkIn", "cancel" -> mayManage && status == AppointmentStatus.SCHEDULED;
            case "complete" -> mayManage && status == AppointmentStatus.CHECKED_IN;
            case "noShow" -> mayManage && status == AppointmentStatus.SCHEDULED && started;
            default -> false;
        };
    }

    /** Does the action on the selected slot or appointment, when it applies. */
    void perform(String name) {
        if (enabled(name)) {
            performers.get(name).run();
        }
    }

    /** Enables what applies to the selected slot or appointment. */
    void update() {
        actions.forEach((name, button) -> button.setEnabled(enabled(name)));
    }

    /** Another selection: the previous message no longer applies. */
    void selectionChanged() {
        message.setText("");
        update();
    }

    private void book() {
        Agenda.Row slot = grid.selected();
        Doctor doctor = grid.selectedDoctor();
        if (slot == null || !slot.free()) {
            return;
        }
        bookAt(doctor, slot.start(), BookDialog.DEFAULT_MINUTES);
    }

    /** Opens the booking of {@code doctor} at {@code start}, for {@code minutes} unless the user changes it. */
    void bookAt(Doctor doctor, ZonedDateTime start, int minutes) {
        new BookDialog(message.getShell(), context, patientsApi, texts, doctor, start, minutes, (patient, length, reason,
                dialog) -> {
            AppointmentInput input = new AppointmentInput(patient.id(), doctor.id(), start.toOffsetDateTime(),
                    start.plusMinutes(length).toOffsetDateTime(), reason);
            data.named(patient);
            context.run(texts.get("book.saving"), () -> {
                try (jakarta.ws.rs.core.Response response = api.create(input)) {
                    return response.readEntity(Appointment.class);
                }
            }, created -> {
                dialog.close();
                moved.accept(start, texts.get("book.done", data.nameOf(created), dayFormat.format(start),
                        Agenda.time(start), doctor.displayName()));
            }, problem -> explain(problem, dialog::showMessage));
        });
    }

    /** Opens the selected appointment: its details and the way to its patient's chart. */
    private void open() {
        Agenda.Row selected = grid.selected();
        if (selected == null || selected.free()) {
            return;
        }
        Appointment a = selected.appointment();
        Doctor doctor = grid.selectedDoctor();
        new AppointmentDialog(message.getShell(), texts, dayFormat, grid.look(), a, data.nameOf(a),
                doctor == null ? "" : doctor.displayName(), selected.start(), selected.end(),
                () -> context.openChart(a.patientId()));
    }

    private void chart() {
        Agenda.Row selected = grid.selected();
        if (selected != null && !selected.free()) {
            context.openChart(selected.appointment().patientId());
        }
    }

    /**
     * Moves a dragged appointment to {@code doctor} at {@code start}, keeping its length and reason,
     * once the user confirmed; the server's refusal is said in the confirmation, and nothing moves.
     */
    void move(Appointment a, Doctor doctor, ZonedDateTime start) {
        if (!mayManage) {
            return;
        }
        ZonedDateTime from = a.start().atZoneSameInstant(data.zone());
        java.time.Duration length = java.time.Duration.between(a.start(), a.end());
        Doctor was = data.doctors().stream().filter(d -> d.id().equals(a.doctorId())).findFirst().orElse(doctor);
        String fromText = texts.get("move.at", dayFormat.format(from), Agenda.time(from), was.displayName());
        String toText = texts.get("move.at", dayFormat.format(start), Agenda.time(start), doctor.displayName());
        MoveDialog[] dialog = new MoveDialog[1];
        dialog[0] = new MoveDialog(message.getShell(), texts, data.nameOf(a), fromText, toText, () -> {
            // With the version read: if someone else moved it meanwhile, this one is told, not lost.
            AppointmentInput input = new AppointmentInput(a.patientId(), doctor.id(), start.toOffsetDateTime(),
                    start.plus(length).toOffsetDateTime(), a.reason(), a.version());
            context.run(texts.get("reschedule.saving"), () -> api.update(a.id(), input), done -> {
                dialog[0].close();
                moved.accept(start, texts.get("reschedule.done", dayFormat.format(start), Agenda.time(start),
                        doctor.displayName()));
            }, problem -> explain(problem, dialog[0]::showMessage));
        });
    }

    private void reschedule() {
        Agenda.Row selected = grid.selected();
        if (selected == null || selected.free()) {
            return;
        }
        Appointment a = selected.appointment();
        new RescheduleDialog(message.getShell(), texts, a, data.nameOf(a), data.doctors(), data.zone(),
                (doctor, start, minutes, reason, dialog) -> {
                    // With the version read: if another secretary moved it meanwhile, this one is told, not lost.
                    AppointmentInput input = new AppointmentInput(a.patientId(), doctor.id(), start.toOffsetDateTime(),
                            start.plusMinutes(minutes).toOffsetDateTime(), reason, a.version());
                    context.run(texts.get("reschedule.saving"), () -> api.update(a.id(), input), done -> {
                        dialog.close();
                        moved.accept(start, texts.get("reschedule.done", dayFormat.format(start), Agenda.time(start),
                        doctor.displayName()));
                    }, problem -> explain(problem, dialog::showMessage));
                });
    }

    private void cancel() {
        Agenda.Row selected = grid.selected();
        if (selected == null || selected.free()) {
            return;
        }
        Appointment a = selected.appointment();
        // With the version read, as every change: one made meanwhile by someone else is told, not lost.
        new ReasonDialog(message.getShell(), texts, (reason, dialog) -> context.run(texts.get("status.saving"),
                () -> api.changeStatus(a.id(), new StatusChange(AppointmentStatus.CANCELLED, reason, a.version())), changed -> {
                    dialog.close();
                    reload.accept(texts.get("status.done", texts.get("status." + changed.status())));
                }, problem -> explain(problem, dialog::showMessage)));
    }

    private void changeStatus(AppointmentStatus status) {
        Agenda.Row selected = grid.selected();
        if (selected == null || selected.free()) {
            return;
        }
        Appointment a = selected.appointment();
        context.run(texts.get("status.saving"), () -> api.changeStatus(a.id(), new StatusChange(status, null, a.version())),
                changed -> {
                    reload.accept(texts.get("status.done", texts.get("status." + changed.status())));
                }, problem -> explain(problem, text -> Widgets.say(message, text)));
    }

    /** Tells what went wrong in words: a conflict names who is busy and when, field errors their rule. */
    private void explain(HygieException problem, Consumer<String> show) {
        Object[] conflict = data.conflict(problem);
        Object id = problem.properties() == null ? null : problem.properties().get("conflictingAppointmentId");
        if (conflict != null && conflict.length == 1 && id != null) {
            // The other appointment is not on screen (another doctor's, another day): look it up.
            data.lookUp(UUID.fromString(id.toString()), () -> {
                Object[] again = data.conflict(problem);
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
