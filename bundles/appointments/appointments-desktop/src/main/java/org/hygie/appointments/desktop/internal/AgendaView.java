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
import org.hygie.appointments.api.AppointmentsApi;
import org.hygie.appointments.api.Doctor;
import org.hygie.appointments.api.DoctorsApi;
import org.hygie.core.security.Permissions;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;

/**
 * The agenda: a day or a week of the doctors side by side ({@link AgendaGrid}; a doctor sees only
 * his own, the others may narrow it to one doctor), the bar to move in time ({@link AgendaBar}),
 * and the actions on the selected slot or appointment ({@link AgendaActions}); what it reads from
 * the server is kept in {@link AgendaData}. This class holds the period shown and ties them.
 * Display thread only; every call goes through {@link ViewContext#run}.
 */
final class AgendaView implements AgendaBar.Listener {
    enum Mode {
        DAY, WEEK
    }

    private final ViewContext context;
    private final Texts texts;
    private final AgendaData data;
    private final Composite root;
    private final AgendaBar bar;
    private final AgendaGrid grid;
    private final AgendaActions actions;

    private Mode mode = Mode.DAY;
    private LocalDate day;
    /** The doctors on screen: every one the user may see, or the one chosen. */
    private List<Doctor> shown = List.of();

    AgendaView(Composite parent, ViewContext context, AppointmentsApi api, DoctorsApi doctorsApi,
            PatientsApi patientsApi, Texts texts) {
        this.context = context;
        this.texts = texts;
        // Without the permission over every agenda, a doctor works on his own only.
        boolean isDoctor = !context.may(Permissions.APPOINTMENTS_ANY_AGENDA);
        this.data = new AgendaData(context, api, doctorsApi, patientsApi, texts, isDoctor);
        this.day = LocalDate.now(data.zone());
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern(texts.get("day.pattern"), context.locale());

        root = WidgetIds.name(new Composite(parent, SWT.NONE), "agenda");
        root.setLayout(new GridLayout(1, false));
        bar = new AgendaBar(root, context, texts, dayFormat, isDoctor, this);
        AgendaActions[] later = new AgendaActions[1];
        grid = new AgendaGrid(root, texts, DateTimeFormatter.ofPattern(texts.get("weekday.pattern"), context.locale()),
                () -> later[0].selectionChanged(), this::openDay);
        actions = new AgendaActions(root, context, api, patientsApi, texts, data, grid, dayFormat,
                context.may(Permissions.APPOINTMENTS_MANAGE), this::load, this::follow);
        later[0] = actions;

        actions.update();
        bar.period(mode, day);
        data.loadDoctors(doctors -> {
            if (root.isDisposed()) {
                return;
            }
            bar.doctors(doctors);
            shown = doctors;
            bar.period(mode, day);
            load();
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

    @Override
    public void today() {
        show(LocalDate.now(data.zone()));
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
        bar.period(mode, day);
        load();
    }

    /** A double click on a week's cell: that day, in the day view. */
    private void openDay(LocalDate target) {
        bar.dayMode();
        mode = Mode.DAY;
        show(target);
    }

    /** A rescheduled appointment: the agenda follows it to its new day, or reloads the period shown. */
    private void follow(ZonedDateTime start) {
        if (mode == Mode.DAY && !start.toLocalDate().equals(day)
                || mode == Mode.WEEK && !Agenda.monday(start.toLocalDate()).equals(Agenda.monday(day))) {
            show(start.toLocalDate());
        } else {
            load();
        }
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
        });
    }
}
