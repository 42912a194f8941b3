package org.hygie.appointments.desktop.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.AppointmentsApi;
import org.hygie.appointments.api.Doctor;
import org.hygie.appointments.api.DoctorsApi;
import org.hygie.core.security.Permissions;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.Command;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;

/**
 * The agenda: a day or a week of the doctors side by side as a time grid ({@link AgendaGrid}; a
 * doctor sees only his own, the others may narrow it to one doctor), the bar to move in time
 * ({@link AgendaBar}), and the actions on the selected slot or appointment ({@link AgendaActions});
 * what it reads from the server is kept in {@link AgendaData}. This class holds the period shown,
 * ties them, and binds the workbench's commands (Alt+arrows, F5, Ctrl+N). Display thread only;
 * every call goes through {@link ViewContext#run}.
 */
final class AgendaView implements AgendaBar.Listener, AgendaGrid.Listener {
    /** How far "today" looks for the next day a shown doctor works, when today is closed. */
    private static final int OPEN_DAY_SEARCH = 14;

    enum Mode {
        DAY, WEEK
    }

    private final ViewContext context;
    private final Texts texts;
    private final AgendaData data;
    private final Composite root;
    private final DateTimeFormatter dayFormat;
    private final AgendaBar bar;
    private final AgendaGrid grid;
    private final AgendaActions actions;

    private Mode mode = Mode.DAY;
    private LocalDate day;
    /** The doctors on screen: every one the user may see, or the one chosen. */
    private List<Doctor> shown = List.of();
    /** What to say in the status bar once the next load shows: what the user just did. */
    private String pendingMessage;

    AgendaView(Composite parent, ViewContext context, AppointmentsApi api, DoctorsApi doctorsApi,
            PatientsApi patientsApi, Texts texts) {
        this.context = context;
        this.texts = texts;
        // Without the permission over every agenda, a doctor works on his own only.
        boolean isDoctor = !context.may(Permissions.APPOINTMENTS_ANY_AGENDA);
        this.data = new AgendaData(context, api, doctorsApi, patientsApi, texts, isDoctor);
        this.day = LocalDate.now(data.zone());
        this.dayFormat = DateTimeFormatter.ofPattern(texts.get("day.pattern"), context.locale());

        root = WidgetIds.name(new Composite(parent, SWT.NONE), "agenda");
        root.setLayout(new GridLayout(1, false));
        bar = new AgendaBar(root, context, texts, dayFormat, isDoctor, this);
        grid = new AgendaGrid(root, texts, DateTimeFormatter.ofPattern(texts.get("weekday.pattern"), context.locale()),
                this);
        actions = new AgendaActions(root, context, api, patientsApi, texts, data, grid, dayFormat,
                context.may(Permissions.APPOINTMENTS_MANAGE), this::reloadSaying, this::follow);
        grid.menu(texts, actions, actions::selectionChanged);
        context.bind(root, Command.NEXT, () -> move(1));
        context.bind(root, Command.PREVIOUS, () -> move(-1));
        context.bind(root, Command.REFRESH, this::refresh);
        context.bind(root, Command.NEW, this::newBooking);

        actions.update();
        bar.period(mode, day);
        data.loadDoctors(doctors -> {
            if (root.isDisposed()) {
                return;
            }
            bar.doctors(doctors);
            shown = doctors;
            today();
        });
    }

    Control root() {
        return root;
    }

    // ---- what the bar asks

    @Override
    public void mode(Mode target) {
        if (mode != target) {
            mode = target;
            bar.period(mode, day);
            load();
        }
    }

    @Override
    public void move(int steps) {
        show(mode == Mode.DAY ? day.plusDays(steps) : day.plusWeeks(steps));
    }

    /** Today, or in a day's view the next day a shown doctor works when none works today, said in the bar. */
    @Override
    public void today() {
        LocalDate today = LocalDate.now(data.zone());
        LocalDate open = mode == Mode.DAY ? firstOpen(today) : today;
        show(open);
        bar.note(open.equals(today) ? null : texts.get("today.closed", dayFormat.format(today), dayFormat.format(open)));
    }

    /** @return the first day from {@code from} on which a shown doctor works, or {@code from} when none does soon */
    private LocalDate firstOpen(LocalDate from) {
        for (int i = 0; i < OPEN_DAY_SEARCH; i++) {
            LocalDate candidate = from.plusDays(i);
            boolean open = shown.stream().flatMap(d -> data.hoursOf(d).stream())
                    .anyMatch(p -> p.day() == candidate.getDayOfWeek());
            if (open) {
                return candidate;
            }
        }
        return from;
    }

    @Override
    public void date(LocalDate target) {
        show(target);
    }

    /** The next free slot of a doctor for a length: found by the server, shown, and offered for booking. */
    @Override
    public void freeSlot() {
        if (!data.doctorsLoaded() || shown.isEmpty()) {
            return;
        }
        new FreeSlotDialog(root.getShell(), texts, shown, grid.selectedDoctor(), (doctor, minutes, dialog) ->
                data.freeSlot(doctor, minutes, slot -> {
                    dialog.close();
                    ZonedDateTime start = slot.start().atZoneSameInstant(data.zone());
                    pendingMessage = texts.get("freeSlot.found", doctor.displayName(), dayFormat.format(start),
                            Agenda.time(start));
                    show(start.toLocalDate());
                    if (context.may(Permissions.APPOINTMENTS_MANAGE)) {
                        actions.bookAt(doctor, start, minutes);
                    }
                }, problem -> dialog.showMessage(problem.status() == 404
                        ? texts.get("freeSlot.none", minutes, AppointmentsApi.FREE_SLOT_DAYS)
                        : context.describe(problem))));
    }

    /** Ctrl+N: books the selected free slot, or says how to choose one. */
    private void newBooking() {
        if (actions.enabled("book")) {
            actions.perform("book");
        } else if (context.may(Permissions.APPOINTMENTS_MANAGE)) {
            context.inform(texts.get("book.chooseSlot"));
        }
    }

    // ---- what the grid asks

    @Override
    public void selected() {
        actions.selectionChanged();
    }

    @Override
    public void book() {
        actions.perform("book");
    }

    @Override
    public void open() {
        actions.perform("open");
    }

    @Override
    public void move(Appointment appointment, Doctor doctor, ZonedDateTime start) {
        actions.move(appointment, doctor, start);
    }

    @Override
    public void doctor(int index) {
        shown = index <= 0 ? data.doctors() : List.of(data.doctors().get(index - 1));
        grid.clearSelection();
        load();
    }

    @Override
    public void refresh() {
        data.refreshHours(this::load);
    }

    @Override
    public void ownHours() {
        Doctor self = data.self();
        if (self == null) {
            return;
        }
        new HoursDialog(root.getShell(), texts, context.locale(), self.displayName(), data.zone().getId(),
                data.hoursOf(self), (periods, dialog) -> data.saveHours(self, periods, () -> {
                    dialog.close();
                    context.inform(texts.get("hours.done"));
                    load();
                }, problem -> dialog.showErrors(problem.errors(), context.describe(problem))));
    }

    // ---- the day or week shown

    private void show(LocalDate newDay) {
        day = newDay;
        bar.note(null);
        bar.period(mode, day);
        load();
    }

    /** A double click on a week's day header: that day, in the day view. */
    @Override
    public void openDay(LocalDate target) {
        bar.dayMode();
        mode = Mode.DAY;
        show(target);
    }

    /**
     * A booked or moved appointment: the agenda follows it to its new day, or reloads the period
     * shown, then says {@code said} in the status bar (after the reload, whose busy state would hide it).
     */
    private void follow(ZonedDateTime start, String said) {
        pendingMessage = said;
        if (mode == Mode.DAY && !start.toLocalDate().equals(day)
                || mode == Mode.WEEK && !Agenda.monday(start.toLocalDate()).equals(Agenda.monday(day))) {
            show(start.toLocalDate());
        } else {
            load();
        }
    }

    /** Reloads the period shown, then says {@code said} in the status bar. */
    private void reloadSaying(String said) {
        pendingMessage = said;
        load();
    }

    private void load() {
        if (root.isDisposed() || !data.doctorsLoaded()) {
            return; // the doctors' arrival loads
        }
        if (shown.isEmpty()) {
            grid.showNone();
            return;
        }
        Mode loaded = mode;
        LocalDate first = loaded == Mode.DAY ? day : Agenda.monday(day);
        LocalDate end = loaded == Mode.DAY ? day.plusDays(1) : first.plusWeeks(1);
        UUID only = shown.size() == 1 ? shown.get(0).id() : null;
        List<Doctor> doctors = shown;
        data.loadAppointments(first, end, only, loaded == Mode.WEEK, list -> {
            if (root.isDisposed()) {
                return;
            }
            if (loaded == Mode.DAY) {
                grid.showDay(first, doctors, list, data.sources());
            } else {
                grid.showWeek(first, doctors, list, data.sources());
            }
            actions.update();
            if (pendingMessage != null) {
                context.inform(pendingMessage);
                pendingMessage = null;
            }
        });
    }
}
