package org.hygie.appointments.desktop.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
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
import org.hygie.appointments.api.WorkingHours;
import org.hygie.appointments.api.WorkingPeriod;
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
 * The agenda: a day or a week, one table per doctor side by side (a doctor sees only his own; the
 * others may narrow it to one doctor). A day lists the appointments and the free slots of the
 * doctor's working hours; a week is a grid of half hours by day whose cells are selected one at a
 * time. The actions below apply to the selected row or cell. Display thread only; every call goes
 * through {@link ViewContext#run}.
 */
final class AgendaView {
    /** What a load fetches at most, in pages of the server's largest size: no real agenda reaches it. */
    private static final int MAX_PER_DAY = 1000;
    private static final int MAX_PER_WEEK = 5000;
    private static final int PAGE_SIZE = 100;
    /** The narrowest day of a week (three doctors fit on a 1200-pixel window); narrower, the table scrolls. */
    private static final int MIN_DAY_WIDTH = 40;
    private static final int WEEK_TIME_WIDTH = 48;

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
    private final DateTimeFormatter weekDayFormat;

    private final Composite root;
    private final Label dayLabel;
    private final Button previous;
    private final Button next;
    private final Button dayMode;
    private final Button weekMode;
    private final Combo doctorFilter;
    private final Composite columns;
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
    private final Map<UUID, Table> tables = new HashMap<>();
    /** What the tables were built for: rebuilt only when it changes, so a refresh keeps their scrolling. */
    private String tablesShape = "";
    /** The shown appointments by id, to name them in conflicts. */
    private final Map<UUID, Appointment> known = new HashMap<>();
    /** Patients' names, filled off the display thread. */
    private final Map<UUID, String> patientNames = new ConcurrentHashMap<>();
    private Doctor selectedDoctor;
    private Agenda.Row selected;
    /** The week's highlighted cell, to put back its colours. */
    private TableItem markedItem;
    private int markedColumn;
    private int loadSeq;

    AgendaView(Composite parent, ViewContext context, AppointmentsApi api, DoctorsApi doctorsApi,
            PatientsApi patientsApi, Texts texts) {
        this.context = context;
        this.api = api;
        this.doctorsApi = doctorsApi;
        this.patientsApi = patientsApi;
        this.texts = texts;
        this.mayManage = context.may(Permissions.APPOINTMENTS_MANAGE);
        this.isDoctor = context.user().role() == Role.DOCTOR;
        this.dayFormat = DateTimeFormatter.ofPattern(texts.get("day.pattern"), context.locale());
        this.weekDayFormat = DateTimeFormatter.ofPattern(texts.get("weekday.pattern"), context.locale());
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

        columns = WidgetIds.name(new Composite(root, SWT.NONE), "agenda.columns");
        columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        columns.setLayout(new GridLayout(1, true));

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
            // A doctor sees his own agenda; those who manage them all see every doctor.
            List<Doctor> list = doctorsApi.list().stream()
                    .filter(d -> !isDoctor || d.id().equals(context.user().id())).toList();
            String timeZone = null;
            for (Doctor d : list) {
                WorkingHours h = doctorsApi.workingHours(d.id());
                hours.put(d.id(), h.periods());
                timeZone = h.timeZone();
            }
            return new LoadedDoctors(list, timeZone);
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
        clearSelection();
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
        dayLabel.setData("mode", mode);
        dayLabel.getParent().layout();
    }

    private void refresh() {
        context.run(texts.get("hours.loading"), () -> {
            for (Doctor d : doctors) {
                hours.put(d.id(), doctorsApi.workingHours(d.id()).periods());
            }
            return null;
        }, done -> load());
    }

    private void load() {
        if (root.isDisposed() || !doctorsLoaded) {
            return; // the doctors' arrival loads
        }
        if (shown.isEmpty()) {
            buildTables(List.of());
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
            for (Appointment a : all) {
                patientNames.computeIfAbsent(a.patientId(), this::patientName);
            }
            return all;
        }, list -> {
            if (seq == loadSeq && !root.isDisposed()) {
                if (!list.isEmpty() && list.get(0).timeZone() != null) {
                    zone = ZoneId.of(list.get(0).timeZone());
                }
                known.clear();
                list.forEach(a -> known.put(a.id(), a));
                if (loaded == Mode.DAY) {
                    showDay(first, list);
                } else {
                    showWeek(first, list);
                }
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

    private String nameOf(Appointment a) {
        return patientNames.getOrDefault(a.patientId(), "…");
    }

    private List<Appointment> of(Doctor doctor, List<Appointment> list) {
        return list.stream().filter(a -> a.doctorId().equals(doctor.id())).toList();
    }

    /** Rebuilds the doctors' tables when what they show changed (mode, doctors, days); else keeps them. */
    private void buildTables(List<String> headers) {
        String shape = mode + "|" + shown.stream().map(d -> d.id().toString()).toList() + "|" + headers;
        if (shape.equals(tablesShape) && tables.size() == shown.size()) {
            return;
        }
        tablesShape = shape;
        for (Control c : columns.getChildren()) {
            c.dispose();
        }
        tables.clear();
        markedItem = null;
        ((GridLayout) columns.getLayout()).numColumns = Math.max(1, shown.size());
        if (shown.isEmpty()) {
            new Label(columns, SWT.NONE).setText(texts.get("doctors.none"));
        }
        for (Doctor doctor : shown) {
            Composite column = new Composite(columns, SWT.NONE);
            column.setLayout(new GridLayout(1, false));
            column.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            Label name = new Label(column, SWT.NONE);
            name.setText(doctor.displayName());
            int style = SWT.BORDER | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | (mode == Mode.DAY ? SWT.FULL_SELECTION : 0);
            Table table = WidgetIds.name(new Table(column, style), "agenda.doctor." + doctor.username());
            table.setHeaderVisible(true);
            table.setLinesVisible(true);
            table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            TableColumn time = new TableColumn(table, SWT.NONE);
            time.setText(texts.get("column.time"));
            time.setWidth(mode == Mode.DAY ? 95 : WEEK_TIME_WIDTH);
            if (mode == Mode.DAY) {
                TableColumn what = new TableColumn(table, SWT.NONE);
                what.setText(texts.get("column.appointment"));
                what.setWidth(300);
                table.addListener(SWT.Selection, e -> selectRow(doctor, table));
            } else {
                for (String header : headers) {
                    new TableColumn(table, SWT.NONE).setText(header);
                }
                // The days share the table's width, so that a week of three doctors side by side shows whole.
                table.addListener(SWT.Resize, e -> fitDays(table));
                // Cells, not rows, are chosen in a week: the row highlight would mislead.
                table.addListener(SWT.EraseItem, e -> e.detail &= ~(SWT.SELECTED | SWT.HOT));
                table.addListener(SWT.MouseDown, e -> selectCell(doctor, table, e, false));
                table.addListener(SWT.MouseDoubleClick, e -> selectCell(doctor, table, e, true));
            }
            tables.put(doctor.id(), table);
        }
        columns.layout(true, true);
        if (mode == Mode.WEEK) {
            tables.values().forEach(AgendaView::fitDays); // once laid out: a Resize may have come before
        }
    }

    private static void fitDays(Table table) {
        int days = table.getColumnCount() - 1;
        // GTK may have stretched the time column while it was the last one: it is set again.
        table.getColumn(0).setWidth(WEEK_TIME_WIDTH);
        int width = table.getClientArea().width - WEEK_TIME_WIDTH;
        for (int i = 1; i <= days; i++) {
            table.getColumn(i).setWidth(Math.max(MIN_DAY_WIDTH, width / Math.max(1, days)));
        }
    }

    private void showDay(LocalDate shownDay, List<Appointment> list) {
        buildTables(List.of());
        Selection keep = Selection.of(selectedDoctor, selected);
        clearSelection();
        for (Doctor doctor : shown) {
            Table table = tables.get(doctor.id());
            table.removeAll();
            for (Agenda.Row row : Agenda.rows(shownDay, zone, of(doctor, list), hoursOf(doctor))) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setData(row);
                item.setText(0, time(row.start()) + "–" + time(row.end()));
                if (row.free()) {
                    item.setText(1, texts.get("slot.free"));
                    item.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                } else {
                    item.setText(1, line(row.appointment()));
                    item.setForeground(color(row.appointment().status()));
                }
                if (keep != null && keep.matches(doctor, row)) {
                    table.setSelection(item);
                    select(doctor, row);
                }
            }
            table.setData("day", shownDay); // which day the rows are of (tests wait on it)
        }
        updateActions();
    }

    /** An appointment's line in a day: patient, status (with why, when cancelled), reason. */
    private String line(Appointment a) {
        String status = texts.get("status." + a.status());
        if (a.statusReason() != null) {
            status = texts.get("status.because", status, a.statusReason());
        }
        return texts.get("appointment.line", nameOf(a), status, a.reason() == null ? "" : a.reason()).strip();
    }

    private void showWeek(LocalDate monday, List<Appointment> list) {
        List<List<WorkingPeriod>> shownHours = shown.stream().map(this::hoursOf).toList();
        List<LocalDate> days = Agenda.weekDays(monday, zone, shownHours, list);
        List<LocalTime> times = Agenda.weekTimes(zone, shownHours, list);
        buildTables(days.stream().map(weekDayFormat::format).toList());
        Selection keep = Selection.of(selectedDoctor, selected);
        clearSelection();
        for (Doctor doctor : shown) {
            Table table = tables.get(doctor.id());
            table.removeAll();
            List<Appointment> own = of(doctor, list);
            for (LocalTime time : times) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(0, time(time));
                Agenda.Row[] cells = new Agenda.Row[days.size()];
                for (int i = 0; i < days.size(); i++) {
                    Agenda.Row cell = Agenda.cell(days.get(i), time, zone, own, hoursOf(doctor));
                    cells[i] = cell;
                    if (cell == null) {
                        item.setBackground(i + 1, root.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
                    } else if (cell.free()) {
                        item.setText(i + 1, texts.get("cell.free"));
                        item.setForeground(i + 1, root.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                    } else {
                        String name = nameOf(cell.appointment());
                        item.setText(i + 1, Agenda.startsIn(cell, days.get(i), time, zone) ? name
                                : texts.get("cell.continued", name));
                        item.setForeground(i + 1, color(cell.appointment().status()));
                    }
                    if (keep != null && cell != null && keep.matches(doctor, cell)) {
                        mark(item, i + 1);
                        select(doctor, cell);
                        keep = null; // an appointment over several cells: its first one only
                    }
                }
                item.setData(cells);
            }
            table.setData("days", days); // the date of each column after the time
            table.setData("day", monday);
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
        return time(t.toLocalTime());
    }

    static String time(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    // ---- selection: one row or cell in the whole agenda

    /** What was selected before a reload, to select it again. */
    private record Selection(UUID doctorId, UUID appointmentId, Instant freeStart) {
        static Selection of(Doctor doctor, Agenda.Row row) {
            if (doctor == null || row == null) {
                return null;
            }
            return new Selection(doctor.id(), row.free() ? null : row.appointment().id(),
                    row.free() ? row.start().toInstant() : null);
        }

        boolean matches(Doctor doctor, Agenda.Row row) {
            return doctorId.equals(doctor.id()) && (row.free() ? row.start().toInstant().equals(freeStart)
                    : row.appointment().id().equals(appointmentId));
        }
    }

    private void select(Doctor doctor, Agenda.Row row) {
        selectedDoctor = row == null ? null : doctor;
        selected = row;
    }

    private void clearSelection() {
        select(null, null);
        unmark();
    }

    private void selectRow(Doctor doctor, Table table) {
        TableItem[] items = table.getSelection();
        tables.values().stream().filter(t -> t != table).forEach(Table::deselectAll);
        select(doctor, items.length == 1 ? (Agenda.Row) items[0].getData() : null);
        message.setText("");
        updateActions();
    }

    /** A click in a week: the cell under it is the selection; a double click opens its day. */
    private void selectCell(Doctor doctor, Table table, Event e, boolean open) {
        TableItem item = table.getItem(new Point(e.x, e.y));
        int column = -1;
        for (int i = 1; item != null && i < table.getColumnCount(); i++) {
            if (item.getBounds(i).contains(e.x, e.y)) {
                column = i;
            }
        }
        unmark();
        clearSelection();
        message.setText("");
        if (column > 0) {
            Agenda.Row cell = ((Agenda.Row[]) item.getData())[column - 1];
            if (open) {
                @SuppressWarnings("unchecked")
                LocalDate target = ((List<LocalDate>) table.getData("days")).get(column - 1);
                dayMode.setSelection(true);
                weekMode.setSelection(false);
                mode = Mode.DAY;
                show(target);
                return;
            }
            if (cell != null) {
                mark(item, column);
                select(doctor, cell);
            }
        }
        updateActions();
    }

    private void mark(TableItem item, int column) {
        unmark();
        markedItem = item;
        markedColumn = column;
        item.setData("markedBackground", item.getBackground(column));
        item.setData("markedForeground", item.getForeground(column));
        item.setBackground(column, root.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
        item.setForeground(column, root.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT));
    }

    private void unmark() {
        if (markedItem != null && !markedItem.isDisposed()) {
            markedItem.setBackground(markedColumn, (Color) markedItem.getData("markedBackground"));
            markedItem.setForeground(markedColumn, (Color) markedItem.getData("markedForeground"));
        }
        markedItem = null;
    }

    private void updateActions() {
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

    private void reschedule() {
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
                context.inform(texts.get("reschedule.done", dayFormat.format(start), time(start), doctor.displayName()));
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
