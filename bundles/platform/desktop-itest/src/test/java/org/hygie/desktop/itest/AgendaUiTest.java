package org.hygie.desktop.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hygie.workbench.WidgetIds;
import org.junit.jupiter.api.Test;

/**
 * The agenda as the secretary uses it, on its time grid: booking by a click on a free slot through
 * the dialog's patient search, moving a block by dragging it (and the server's refusal said in
 * words), the status actions, the patient's chart opened from an appointment, a readable week of
 * three doctors, and the next free slot; against the exported server with its demo doctors,
 * patients and agendas. The demo agendas leave every slot from 17:00 free.
 *
 * <p>The grid is painted: the tests find its boxes where the grid publishes them (the canvas's
 * {@code "areas"}, each box by {@code kind|username|date|HH:mm|text}) and send the mouse events a
 * user's mouse would send there, which the grid hit-tests as it does for a user.
 */
class AgendaUiTest extends DesktopUiTest {
    private static final String GRID = "agenda.grid";

    private static void loginAs(String username) throws InterruptedException {
        ui.login(server.uri, username, DEMO_PASSWORD);
        ui.awaitShell("workbench");
    }

    static void openAgenda() throws InterruptedException {
        ui.await("the agenda in the navigation", () -> {
            Table nav = ui.find("workbench", "nav", Table.class);
            return Ui.itemIds(nav).contains("nav.appointments");
        });
        ui.run(() -> {
            Table nav = ui.find("workbench", "nav", Table.class);
            nav.setSelection(Ui.itemIds(nav).indexOf("nav.appointments"));
            nav.notifyListeners(SWT.Selection, new Event());
        });
        ui.await("the agenda's grid with its doctors", () -> !areas().isEmpty());
    }

    /** @return the boxes the grid shows now, by key; display thread */
    @SuppressWarnings("unchecked")
    static Map<String, Rectangle> areas() {
        Canvas grid = ui.find("workbench", GRID, Canvas.class);
        Object areas = grid == null ? null : grid.getData("areas");
        return areas == null ? Map.of() : (Map<String, Rectangle>) areas;
    }

    /** @return the first day the grid shows; display thread */
    static LocalDate shownDay() {
        Canvas grid = ui.find("workbench", GRID, Canvas.class);
        return grid == null ? null : (LocalDate) grid.getData("day");
    }

    /**
     * @return the key of the box of {@code doctor} on {@code day} starting at {@code time} whose
     *         text contains {@code text} (free slots: kind {@code free}, text empty), or null; display thread
     */
    static String box(String kind, String doctor, LocalDate day, String time, String text) {
        for (String key : areas().keySet()) {
            String[] part = key.split("\\|", -1);
            if (part[0].equals(kind) && part[1].equals(doctor) && part[2].equals(day.toString())
                    && (time == null || part[3].equals(time)) && part[4].contains(text)) {
                return key;
            }
        }
        return null;
    }

    /**
     * @return the key of the first box of {@code kind} the grid shows on a day after today (to come,
     *         so that it can be booked or moved), of {@code doctor} at {@code time} when not null,
     *         the widest first (a cancelled appointment is a narrow strip); null when none; display thread
     */
    static String comingBox(String kind, String doctor, String time) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        return areas().entrySet().stream().filter(e -> {
            String[] part = e.getKey().split("\\|", -1);
            return part[0].equals(kind) && (doctor == null || part[1].equals(doctor))
                    && LocalDate.parse(part[2]).isAfter(today) && (time == null || part[3].equals(time));
        }).sorted(java.util.Comparator.comparing((Map.Entry<String, Rectangle> e) -> -e.getValue().width)
                .thenComparing(e -> e.getKey().split("\\|")[2]).thenComparing(e -> e.getValue().y))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    static String appointment(LocalDate day, String time, String text) {
        return box("appointment", "dr.martin", day, time, text);
    }

    static String free(LocalDate day, String time) {
        return box("free", "dr.martin", day, time, "");
    }

    /** Sends the mouse events of a click (or of a double click) to the middle of a box, as the mouse would. */
    static void click(String key, boolean twice) {
        ui.run(() -> {
            Canvas grid = ui.find("workbench", GRID, Canvas.class);
            Rectangle box = areas().get(key);
            int x = box.x + box.width / 2;
            int y = box.y + Math.min(box.height / 2, 8);
            mouse(grid, SWT.MouseDown, x, y, SWT.NONE);
            mouse(grid, SWT.MouseUp, x, y, SWT.BUTTON1);
            if (twice) {
                mouse(grid, SWT.MouseDown, x, y, SWT.NONE);
                mouse(grid, SWT.MouseDoubleClick, x, y, SWT.NONE);
                mouse(grid, SWT.MouseUp, x, y, SWT.BUTTON1);
            }
        });
    }

    static void mouse(Canvas grid, int type, int x, int y, int state) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = 1;
        event.stateMask = state;
        grid.notifyListeners(type, event);
    }

    /** Drags a block by {@code dy} pixels down, as a mouse held down and moved in steps would. */
    static void drag(String key, int dy) {
        ui.run(() -> {
            Canvas grid = ui.find("workbench", GRID, Canvas.class);
            Rectangle box = areas().get(key);
            int x = box.x + box.width / 2;
            int y = box.y + 4;
            mouse(grid, SWT.MouseDown, x, y, SWT.NONE);
            for (int step = 1; step <= 4; step++) {
                mouse(grid, SWT.MouseMove, x, y + dy * step / 4, SWT.BUTTON1);
            }
            mouse(grid, SWT.MouseUp, x, y + dy, SWT.BUTTON1);
        });
    }

    /** @return the pixels between two times of the grid, from where it shows their boxes; display thread */
    private static int pixels(String fromKey, String toKey) {
        return areas().get(toKey).y - areas().get(fromKey).y;
    }

    /** Moves to the next weekday after the one shown; returns it once the grid shows it. */
    private static LocalDate nextWeekday() throws InterruptedException {
        return otherWeekday("agenda.next");
    }

    private static LocalDate previousWeekday() throws InterruptedException {
        return otherWeekday("agenda.previous");
    }

    private static LocalDate otherWeekday(String button) throws InterruptedException {
        LocalDate day;
        do {
            ui.press("workbench", button);
            day = ui.sync(() -> (LocalDate) ui.find("workbench", "agenda.day", Label.class).getData("day"));
        } while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
        LocalDate shown = day;
        ui.await("the grid of " + shown, () -> shown.equals(shownDay()) && !areas().isEmpty());
        return shown;
    }

    static void select(String shellId, String tableId, int index) {
        ui.run(() -> {
            Table table = ui.find(shellId, tableId, Table.class);
            table.setSelection(index);
            table.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** Books through the dialog a click on a free slot opened: the first patient the search finds. */
    private static void bookInDialog(String search, int lengthIndex) throws InterruptedException {
        ui.awaitShell("agenda.book");
        ui.type("agenda.book", "agenda.book.search", search);
        ui.await("a patient found", () -> ui.find("agenda.book", "agenda.book.patients", Table.class).getItemCount() > 0);
        select("agenda.book", "agenda.book.patients", 0);
        ui.run(() -> ui.find("agenda.book", "agenda.book.length", Combo.class).select(lengthIndex));
        ui.press("agenda.book", "agenda.book.submit");
    }

    /** Clicks dr.martin's free slot at {@code time} of {@code day} and books it for the first patient found. */
    private static void book(LocalDate day, String time, String search, int lengthIndex) throws InterruptedException {
        click(ui.await("the free slot at " + time, () -> free(day, time)), false);
        bookInDialog(search, lengthIndex);
    }

    /** @return whether the status bar says something starting so; display thread */
    private static boolean said(String start) {
        String text = text("workbench", "status.message");
        return text != null && text.startsWith(start);
    }

    /** @return the label's text, or null when empty; display thread */
    static String text(String shellId, String id) {
        String text = ui.find(shellId, id, Label.class).getText();
        return text.isEmpty() ? null : text;
    }

    @Test
    void booking_byClickingAFreeSlot_shouldShowTheBlockConfirmItAndCheckInShouldChangeItsStatus() throws Exception {
        loginAs("sec.petit");
        openAgenda();
        // Secretaries see every doctor side by side.
        ui.await("dr.bernard's and dr.lefevre's columns", () -> areas().keySet().stream().anyMatch(k -> k.contains("|dr.bernard|"))
                && areas().keySet().stream().anyMatch(k -> k.contains("|dr.lefevre|")));
        LocalDate day = nextWeekday();

        click(ui.await("the free 17:00 slot", () -> free(day, "17:00")), false);
        ui.awaitShell("agenda.book");
        assertThat(ui.sync(() -> text("agenda.book", "agenda.book.slot"))).contains("17:00").contains("Martin");
        ui.type("agenda.book", "agenda.book.search", "dupont");
        int dupont = ui.await("Hélène Dupont among the patients found", () -> {
            Table results = ui.find("agenda.book", "agenda.book.patients", Table.class);
            for (int i = 0; i < results.getItemCount(); i++) {
                if (results.getItem(i).getText(1).equals("DUPONT Hélène")) {
                    return i;
                }
            }
            return null;
        });
        select("agenda.book", "agenda.book.patients", dupont);
        ui.type("agenda.book", "agenda.book.reason", "Contrôle tensionnel");
        ui.press("agenda.book", "agenda.book.submit");

        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);
        String block = ui.await("the block in dr.martin's column", () -> appointment(day, "17:00",
                "DUPONT Hélène · Prévu · Contrôle tensionnel"));
        assertThat(ui.sync(() -> free(day, "17:00"))).as("the slot is no longer free").isNull();
        // As tall as it lasts: the 30 minutes of a free slot below it.
        assertThat(ui.sync(() -> areas().get(block).height)).isEqualTo(ui.sync(() -> pixels(block, free(day, "17:30"))));
        ui.await("the booking said in the status bar", () -> said("Rendez-vous de DUPONT Hélène réservé le "));

        click(block, false);
        ui.press("workbench", "agenda.checkIn");
        ui.await("the appointment checked in", () -> appointment(day, "17:00", "DUPONT Hélène · Arrivé"));
        // Once checked in, the next move is to complete it; cancelling is no longer offered.
        ui.await("complete enabled", () -> ui.find("workbench", "agenda.complete", Button.class).isEnabled());
        assertThat(ui.sync(() -> ui.find("workbench", "agenda.cancel", Button.class).isEnabled())).isFalse();
        // The legend says each status in words and icon besides its colour.
        assertThat(ui.sync(() -> text("workbench", "agenda.legend.CHECKED_IN"))).contains("●").contains("Arrivé");
    }

    @Test
    void booking_overATakenSlot_shouldExplainTheConflictInWords() throws Exception {
        loginAs("sec.petit");
        openAgenda();
        nextWeekday();
        LocalDate day = nextWeekday();
        book(day, "17:00", "moreau", 1);
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);
        ui.await("the 17:00 appointment", () -> appointment(day, "17:00", "MOREAU Chloé · Prévu"));

        // An hour from 16:30 runs into it: refused, and told in words.
        book(day, "16:30", "garnier", 3);
        assertThat(ui.await("the conflict explained", () -> text("agenda.book", "agenda.book.message")))
                .isEqualTo("Le médecin a déjà un rendez-vous de 17:00 à 17:30 (MOREAU Chloé).");
        ui.press("agenda.book", "agenda.book.close");
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);

        // Cancelling asks why, and frees the time again.
        click(ui.sync(() -> appointment(day, "17:00", "MOREAU Chloé · Prévu")), false);
        ui.press("workbench", "agenda.cancel");
        ui.awaitShell("agenda.cancel");
        ui.type("agenda.cancel", "agenda.cancel.reason", "Empêchement du patient");
        ui.press("agenda.cancel", "agenda.cancel.submit");
        ui.await("the cancel dialog closed", () -> ui.shell("agenda.cancel") == null);
        ui.await("the appointment cancelled", () -> appointment(day, "17:00", "MOREAU Chloé · Annulé"));
        ui.await("the 17:00 slot free again", () -> free(day, "17:00"));
    }

    @Test
    void doctor_shouldSeeOnlyHisOwnAgenda() throws Exception {
        loginAs("dr.martin");
        openAgenda();
        LocalDate day = nextWeekday();
        assertThat(ui.sync(() -> areas().keySet().stream().allMatch(k -> k.split("\\|")[1].equals("dr.martin")))).isTrue();
        // The demo agenda of that day: blocks besides the free slots. The server seeds it in the
        // background once its doctors and patients exist, so it may come after the first look.
        for (int attempt = 0; booked(day) == 0 && attempt < 30; attempt++) {
            Thread.sleep(1000); // poll: the demo agenda is seeded in the background; refreshed up to 30 times
            ui.press("workbench", "agenda.refresh");
        }
        assertThat(booked(day)).as("dr.martin's demo appointments on " + day).isPositive();
    }

    private static long booked(LocalDate day) {
        return ui.sync(() -> areas().keySet().stream().filter(k -> k.startsWith("appointment|dr.martin|" + day)).count());
    }

    @Test
    void reschedule_shouldRefuseOutsideTheHoursInWordsThenMoveTheAppointmentAndFreeItsSlot() throws Exception {
        loginAs("sec.petit");
        openAgenda();
        nextWeekday();
        nextWeekday();
        LocalDate day = nextWeekday();
        book(day, "17:00", "dubois", 1);
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);
        click(ui.await("the 17:00 appointment", () -> appointment(day, "17:00", "DUBOIS Loïc · Prévu")), false);
        ui.press("workbench", "agenda.reschedule");
        ui.awaitShell("agenda.reschedule");
        // 18:00 is past dr.martin's hours: refused, and said so.
        ui.run(() -> ui.find("agenda.reschedule", "agenda.reschedule.time", DateTime.class).setTime(18, 0, 0));
        ui.press("agenda.reschedule", "agenda.reschedule.submit");
        assertThat(ui.await("the refusal explained", () -> text("agenda.reschedule", "agenda.reschedule.message")))
                .isEqualTo("Ce créneau est en dehors des horaires de consultation du médecin.");

        ui.run(() -> ui.find("agenda.reschedule", "agenda.reschedule.time", DateTime.class).setTime(17, 30, 0));
        ui.type("agenda.reschedule", "agenda.reschedule.reason", "Bilan annuel");
        ui.press("agenda.reschedule", "agenda.reschedule.submit");
        ui.await("the reschedule dialog closed", () -> ui.shell("agenda.reschedule") == null);
        ui.await("the appointment at 17:30", () -> appointment(day, "17:30", "DUBOIS Loïc · Prévu · Bilan annuel"));
        ui.await("17:00 free again", () -> free(day, "17:00"));
    }

    @Test
    void drag_ontoATakenTime_shouldBeRefusedWithTheReasonAndMoveNothingThenMoveOnceConfirmed() throws Exception {
        loginAs("sec.petit");
        openAgenda();
        for (int i = 0; i < 6; i++) {
            nextWeekday();
        }
        LocalDate day = nextWeekday();
        book(day, "17:00", "mercier", 0); // 15 minutes
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);
        book(day, "17:30", "blanc", 1);
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);
        String mercier = ui.await("the 17:00 block", () -> appointment(day, "17:00", "MERCIER"));
        String blanc = ui.await("the 17:30 block", () -> appointment(day, "17:30", "BLANC"));

        // Dropped on the 17:00 appointment: the confirmation asks, the server refuses, nothing moves.
        drag(blanc, ui.sync(() -> pixels(blanc, mercier)));
        ui.awaitShell("agenda.move");
        assertThat(ui.sync(() -> text("agenda.move", "agenda.move.question"))).contains("17:30").contains("17:00");
        ui.press("agenda.move", "agenda.move.submit");
        assertThat(ui.await("the refusal explained", () -> text("agenda.move", "agenda.move.message")))
                .startsWith("Le médecin a déjà un rendez-vous de 17:00 à 17:15 (MERCIER");
        ui.press("agenda.move", "agenda.move.close");
        ui.press("workbench", "agenda.refresh");
        ui.await("the block still at 17:30", () -> appointment(day, "17:30", "BLANC"));
        assertThat(ui.sync(() -> appointment(day, "17:00", "BLANC"))).isNull();

        // Right after the 15 minutes of the other, confirmed: moved, and said so.
        String still = ui.sync(() -> appointment(day, "17:30", "BLANC"));
        drag(still, ui.sync(() -> areas().get(mercier).y + areas().get(mercier).height - areas().get(still).y));
        ui.awaitShell("agenda.move");
        ui.press("agenda.move", "agenda.move.submit");
        ui.await("the move dialog closed", () -> ui.shell("agenda.move") == null);
        ui.await("the block at 17:15", () -> appointment(day, "17:15", "BLANC"));
        ui.await("the move said in the status bar", () -> said("Rendez-vous déplacé au "));
    }

    /** Books dr.martin's 17:00 of the {@code weekdays}-th weekday ahead for the patient {@code search} finds; @return the day */
    private static LocalDate bookAhead(int weekdays, String search) throws InterruptedException {
        loginAs("sec.petit");
        openAgenda();
        LocalDate day = null;
        for (int i = 0; i < weekdays; i++) {
            day = nextWeekday();
        }
        book(day, "17:00", search, 1);
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);
        return day;
    }

    private static void assertChartOf(String lastName) throws Exception {
        String chart = ui.await("the patient's chart opened", () -> chartId(ui.shell("workbench")));
        long matching = server.count("SELECT count(*) FROM patients_patient WHERE last_name = '" + lastName
                + "' AND id = '" + chart.substring("chart.".length()) + "'");
        assertThat(matching).as("the chart of the appointment's patient, " + lastName).isEqualTo(1);
    }

    @Test
    void appointment_shouldOpenItsPatientsChartFromTheContextMenu() throws Exception {
        LocalDate day = bookAhead(6, "faure");
        String block = ui.await("the 17:00 block", () -> appointment(day, "17:00", "FAURE"));
        ui.run(() -> {
            Canvas grid = ui.find("workbench", GRID, Canvas.class);
            Rectangle box = areas().get(block);
            Point at = grid.toDisplay(box.x + box.width / 2, box.y + 4);
            Event detect = new Event();
            detect.x = at.x;
            detect.y = at.y;
            grid.notifyListeners(SWT.MenuDetect, detect);
            for (MenuItem item : grid.getMenu().getItems()) {
                if ("agenda.menu.chart".equals(item.getData(WidgetIds.KEY))) {
                    item.notifyListeners(SWT.Selection, new Event());
                }
            }
        });
        assertChartOf("Faure");
    }

    @Test
    void appointment_openedByADoubleClick_shouldLeadToItsPatientsChart() throws Exception {
        LocalDate day = bookAhead(8, "chevalier");
        click(ui.await("the 17:00 block", () -> appointment(day, "17:00", "CHEVALIER")), true);
        ui.awaitShell("agenda.appointment");
        assertThat(ui.sync(() -> text("agenda.appointment", "agenda.appointment.patient"))).startsWith("CHEVALIER");
        assertThat(ui.sync(() -> text("agenda.appointment", "agenda.appointment.status"))).isEqualTo("○ Prévu");
        ui.press("agenda.appointment", "agenda.appointment.submit");
        ui.await("the appointment dialog closed", () -> ui.shell("agenda.appointment") == null);
        assertChartOf("Chevalier");
    }

    /** @return the id of a visible control named chart.<patientId> in the window, or null; display thread */
    static String chartId(Control control) {
        if (control == null || !control.isVisible()) {
            return null;
        }
        Object id = control.getData(WidgetIds.KEY);
        if (id instanceof String s && s.startsWith("chart.") && s.length() > "chart.".length() + 30) {
            return s;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                String found = chartId(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void reschedule_ofAnAppointmentSomeoneElseChangedMeanwhile_shouldBeRefusedInWordsAndLoseNothing() throws Exception {
        loginAs("sec.petit");
        openAgenda();
        for (int i = 0; i < 3; i++) {
            nextWeekday();
        }
        LocalDate day = nextWeekday();
        book(day, "17:00", "simon", 1);
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);
        click(ui.await("the 17:00 appointment", () -> appointment(day, "17:00", "SIMON Inès · Prévu")), false);
        ui.press("workbench", "agenda.reschedule");
        ui.awaitShell("agenda.reschedule");

        // Meanwhile, another secretary changes it (its version moves on).
        assertThat(server.update("UPDATE appointments_appointment SET version = version + 1, reason = 'Changé ailleurs'"
                + " WHERE status = 'SCHEDULED' AND start_at > now() AND patient_id IN"
                + " (SELECT id FROM patients_patient WHERE last_name = 'Simon')")).isPositive();

        ui.run(() -> ui.find("agenda.reschedule", "agenda.reschedule.time", DateTime.class).setTime(17, 30, 0));
        ui.press("agenda.reschedule", "agenda.reschedule.submit");
        assertThat(ui.await("the refusal explained", () -> text("agenda.reschedule", "agenda.reschedule.message")))
                .isEqualTo("Quelqu’un d’autre a modifié ce rendez-vous entre-temps ; actualisez l’agenda puis recommencez.");
        ui.press("agenda.reschedule", "agenda.reschedule.close");
        ui.press("workbench", "agenda.refresh");
        ui.await("the other change kept", () -> appointment(day, "17:00", "SIMON Inès · Prévu · Changé ailleurs"));
    }

    @Test
    void statusActions_shouldMarkAPastAppointmentNoShowFreeingItsTimeAndCompleteACheckedInOne() throws Exception {
        loginAs("sec.petit");
        openAgenda();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        LocalDate future = null;
        for (int i = 0; i < 5; i++) {
            future = nextWeekday(); // a day no other test books
        }
        book(future, "17:00", "laurent", 1);
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);
        LocalDate booked = future;
        ui.await("the appointment", () -> appointment(booked, "17:00", "LAURENT Raphaël · Prévu"));
        // Nothing is booked on a past day: the days go by, moved here in the database, keeping 17:00.
        LocalDate past;
        do {
            past = previousWeekday();
        } while (!past.isBefore(today));
        LocalDate day = past;
        long days = java.time.temporal.ChronoUnit.DAYS.between(day, future);
        assertThat(server.update("UPDATE appointments_appointment SET"
                + " start_at = (start_at AT TIME ZONE 'Europe/Paris' - interval '" + days + " days') AT TIME ZONE 'Europe/Paris',"
                + " end_at = (end_at AT TIME ZONE 'Europe/Paris' - interval '" + days + " days') AT TIME ZONE 'Europe/Paris'"
                + " WHERE status = 'SCHEDULED' AND start_at AT TIME ZONE 'Europe/Paris' = timestamp '" + future
                + " 17:00' AND patient_id IN (SELECT id FROM patients_patient WHERE last_name = 'Laurent')"))
                .isEqualTo(1);
        ui.press("workbench", "agenda.refresh");
        click(ui.await("the past appointment", () -> appointment(day, "17:00", "LAURENT Raphaël · Prévu")), false);
        // Its start has passed: the patient may be marked absent.
        ui.press("workbench", "agenda.noShow");
        ui.await("the no-show", () -> appointment(day, "17:00", "LAURENT Raphaël · Absent"));
        ui.await("its slot free again", () -> free(day, "17:00"));

        // The past is not booked any more: the next appointment is checked in and completed on the
        // future day, whose 17:00 the move freed.
        LocalDate shown;
        do {
            shown = nextWeekday();
        } while (shown.isBefore(booked));
        book(booked, "17:00", "fournier", 1);
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);
        click(ui.await("the new appointment", () -> appointment(booked, "17:00", "FOURNIER Théo · Prévu")), false);
        ui.press("workbench", "agenda.checkIn");
        click(ui.await("checked in", () -> appointment(booked, "17:00", "FOURNIER Théo · Arrivé")), false);
        ui.press("workbench", "agenda.complete");
        ui.await("completed", () -> appointment(booked, "17:00", "FOURNIER Théo · Terminé"));
    }

    static void chooseMode(String id) {
        ui.run(() -> {
            for (String mode : new String[] { "agenda.mode.day", "agenda.mode.week" }) {
                ui.find("workbench", mode, Button.class).setSelection(mode.equals(id));
            }
            ui.find("workbench", id, Button.class).notifyListeners(SWT.Selection, new Event());
        });
    }

    /** @return the Monday of the week the grid shows, or null while it shows a day; display thread */
    static LocalDate weekShown() {
        Canvas grid = ui.find("workbench", GRID, Canvas.class);
        return grid != null && Boolean.TRUE.equals(grid.getData("week")) ? (LocalDate) grid.getData("day") : null;
    }

    static boolean weekShown(LocalDate monday) {
        Canvas grid = ui.find("workbench", GRID, Canvas.class);
        return grid != null && Boolean.TRUE.equals(grid.getData("week")) && monday.equals(grid.getData("day"));
    }

    @Test
    void week_ofThreeDoctors_shouldStayReadableAt1280x800WithFullNamesOnHover() throws Exception {
        loginAs("sec.petit");
        ui.run(() -> ui.shell("workbench").setSize(1280, 800));
        openAgenda();
        chooseMode("agenda.mode.week");
        // The week of the day shown (the next working day when today is closed), then the next ones.
        LocalDate monday = ui.await("the week shown", AgendaUiTest::weekShown).plusWeeks(1);
        ui.press("workbench", "agenda.next");
        ui.await("the week of " + monday, () -> weekShown(monday));
        @SuppressWarnings("unchecked")
        Map<String, String> headers = ui.sync(() -> (Map<String, String>) ui.find("workbench", GRID, Canvas.class)
                .getData("headers"));
        // Monday to Friday, and Saturday when a test gave dr.lefevre Saturday hours.
        assertThat(headers.size()).as("a column per doctor per working day").isIn(15, 18);
        List<String> shown = new ArrayList<>();
        headers.forEach((full, painted) -> {
            String[] form = painted.split("\\|");
            assertThat(form[1]).as(full + " fits its column").isEqualTo("true");
            shown.add(form[0]);
            // Never a name cut in the middle: the full name, its last name (with the title), or initials.
            String name = full.split("\\|")[0];
            String last = name.substring(name.lastIndexOf(' ') + 1);
            assertThat(form[0]).as(full).matches(f -> f.equals(name) || f.endsWith(last) || f.matches("\\p{Lu}{2,3}"));
        });
        assertThat(shown).doesNotContain("DUPON", "SÉGOLÉ");
        // The full name on hover of a header.
        ui.run(() -> {
            Canvas grid = ui.find("workbench", GRID, Canvas.class);
            mouse(grid, SWT.MouseMove, 60, 30, SWT.NONE);
        });
        assertThat(ui.sync(() -> ui.find("workbench", GRID, Canvas.class).getToolTipText())).startsWith("Dr ");
        // Nothing of the bar is cut: every button as wide as its text needs.
        ui.run(() -> {
            for (String id : List.of("agenda.mode.day", "agenda.mode.week", "agenda.previous", "agenda.today",
                    "agenda.next", "agenda.freeSlot", "agenda.refresh")) {
                Button b = ui.find("workbench", id, Button.class);
                assertThat(b.getSize().x).as(id).isGreaterThanOrEqualTo(b.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
            }
            Label period = ui.find("workbench", "agenda.day", Label.class);
            assertThat(period.getSize().x).as("the week's dates").isGreaterThanOrEqualTo(
                    period.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        });
    }

    @Test
    void week_shouldShowOneDoctorsWeekBookFromAFreeSlotAndOpenADay() throws Exception {
        loginAs("sec.petit");
        openAgenda();
        // One doctor only.
        ui.await("the doctor filter", () -> ui.find("workbench", "agenda.doctorFilter", Combo.class).getItemCount() > 3);
        ui.run(() -> {
            Combo filter = ui.find("workbench", "agenda.doctorFilter", Combo.class);
            for (int i = 0; i < filter.getItemCount(); i++) {
                if (filter.getItem(i).contains("Martin")) {
                    filter.select(i);
                }
            }
            filter.notifyListeners(SWT.Selection, new Event());
        });
        ui.await("dr.bernard's column gone", () -> areas().keySet().stream().noneMatch(k -> k.contains("|dr.bernard|")));

        chooseMode("agenda.mode.week");
        // The week of the day shown (the next working day when today is closed), then the next ones.
        LocalDate monday = ui.await("the week shown", AgendaUiTest::weekShown).plusWeeks(2);
        ui.press("workbench", "agenda.next");
        ui.press("workbench", "agenda.next");
        ui.await("dr.martin's week of " + monday, () -> weekShown(monday) && free(monday, "08:00") != null);
        assertThat(ui.sync(() -> text("workbench", "agenda.day"))).startsWith("Semaine du " + monday.getDayOfMonth() + " ");
        // Monday to Friday; dr.martin does not work at weekends.
        assertThat(ui.sync(() -> areas().keySet().stream().map(k -> k.split("\\|")[2]).distinct().count())).isEqualTo(5);

        click(ui.sync(() -> free(monday, "08:00")), false);
        ui.awaitShell("agenda.book");
        assertThat(ui.sync(() -> text("agenda.book", "agenda.book.slot"))).contains("08:00").contains("lundi");
        bookInDialog("girard", 1);
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);
        String block = ui.await("the block at 08:00", () -> appointment(monday, "08:00", "GIRARD Éloïse"));
        assertThat(ui.sync(() -> free(monday, "08:30"))).as("free").isNotNull();

        // The arrows walk the boxes: down to the free 08:30, then back up to the appointment.
        click(block, false);
        key(SWT.ARROW_DOWN);
        ui.await("the free 08:30 chosen", () -> ui.find("workbench", "agenda.book", Button.class).isEnabled()
                && !ui.find("workbench", "agenda.reschedule", Button.class).isEnabled());
        key(SWT.ARROW_UP);
        ui.await("the appointment chosen again", () -> ui.find("workbench", "agenda.reschedule", Button.class).isEnabled()
                && !ui.find("workbench", "agenda.book", Button.class).isEnabled());

        // A double click on the day's header opens that day.
        ui.run(() -> {
            Canvas grid = ui.find("workbench", GRID, Canvas.class);
            Rectangle box = areas().get(block);
            mouse(grid, SWT.MouseDoubleClick, box.x + box.width / 2, 5, SWT.NONE);
        });
        ui.await("the day of " + monday, () -> monday.equals(shownDay())
                && Boolean.FALSE.equals(ui.find("workbench", GRID, Canvas.class).getData("week")));
        ui.await("the appointment in the day", () -> appointment(monday, "08:00", "GIRARD Éloïse · Prévu"));
    }

    /** Sends a key press to the grid, as the keyboard would. */
    private static void key(int keyCode) {
        ui.run(() -> {
            Event event = new Event();
            event.keyCode = keyCode;
            event.doit = true;
            ui.find("workbench", GRID, Canvas.class).notifyListeners(SWT.KeyDown, event);
        });
    }

    @Test
    void booking_shouldCreateThePatientOnTheSpotWhenTheSearchFindsNone() throws Exception {
        loginAs("sec.petit");
        openAgenda();
        for (int i = 0; i < 9; i++) {
            nextWeekday();
        }
        LocalDate day = nextWeekday();
        String family = "Zorglub" + Long.toString(System.nanoTime() % 100000, 26).replaceAll("[0-9]", "x");
        click(ui.await("the free 17:00 slot", () -> free(day, "17:00")), false);
        ui.awaitShell("agenda.book");
        ui.type("agenda.book", "agenda.book.search", family);
        assertThat(ui.await("nobody found", () -> text("agenda.book", "agenda.book.message"))).contains("Nouveau patient");
        ui.press("agenda.book", "agenda.book.newPatient");
        ui.awaitShell("agenda.newPatient");
        assertThat(ui.sync(() -> ui.find("agenda.newPatient", "agenda.newPatient.lastName", Text.class).getText()))
                .isEqualTo(family);
        ui.type("agenda.newPatient", "agenda.newPatient.firstName", "Anatole");
        // A wrong date is said by its field, before anything is sent.
        ui.type("agenda.newPatient", "agenda.newPatient.birthDate", "hier");
        ui.run(() -> ui.find("agenda.newPatient", "agenda.newPatient.sex", Combo.class).select(1));
        ui.press("agenda.newPatient", "agenda.newPatient.submit");
        ui.await("the date's mistake", () -> text("agenda.newPatient", "agenda.newPatient.birthDate.error"));
        ui.type("agenda.newPatient", "agenda.newPatient.birthDate", "04/05/1970");
        ui.press("agenda.newPatient", "agenda.newPatient.submit");
        ui.await("the patient created", () -> ui.shell("agenda.newPatient") == null);
        ui.await("the new patient chosen", () -> ui.find("agenda.book", "agenda.book.submit", Button.class).isEnabled());
        ui.press("agenda.book", "agenda.book.submit");
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);
        ui.await("the new patient's block", () -> appointment(day, "17:00", family.toUpperCase() + " Anatole · Prévu"));
        long created = server.count("SELECT count(*) FROM patients_patient WHERE last_name = '" + family + "'");
        assertThat(created).as("one patient created").isEqualTo(1);
    }

    @Test
    void newPatient_ofSomeoneAlreadyKnown_shouldWarnInThePatientsDuplicatesDialogAndCreateNothingUnlessConfirmed()
            throws Exception {
        loginAs("sec.petit");
        openAgenda();
        LocalDate day = nextWeekday();
        click(ui.await("a free slot", () -> free(day, "17:00") != null ? free(day, "17:00") : free(day, "17:30")), false);
        ui.awaitShell("agenda.book");
        ui.type("agenda.book", "agenda.book.search", "Zorglubzz");
        ui.await("nobody found", () -> text("agenda.book", "agenda.book.message"));
        ui.press("agenda.book", "agenda.book.newPatient");
        ui.awaitShell("agenda.newPatient");
        ui.type("agenda.newPatient", "agenda.newPatient.lastName", "Dupont");
        ui.type("agenda.newPatient", "agenda.newPatient.firstName", "Hélène");
        ui.type("agenda.newPatient", "agenda.newPatient.birthDate", "12/03/1948");
        ui.run(() -> ui.find("agenda.newPatient", "agenda.newPatient.sex", Combo.class).select(1));
        long before = server.count("SELECT count(*) FROM patients_patient");
        ui.press("agenda.newPatient", "agenda.newPatient.submit");
        // The very dialog the patients' view shows: its list, and "do not create" first.
        ui.awaitShell("duplicates");
        assertThat(ui.sync(() -> Ui.firstColumn(ui.find("duplicates", "duplicates.list", Table.class)))).isNotEmpty();
        assertThat(ui.sync(() -> {
            List<String> names = new ArrayList<>();
            for (TableItem item : ui.find("duplicates", "duplicates.list", Table.class).getItems()) {
                names.add(item.getText(1));
            }
            return names;
        })).contains("DUPONT Hélène");
        assertThat(ui.sync(() -> ui.shell("duplicates").getDefaultButton().getData(WidgetIds.KEY)))
                .isEqualTo("duplicates.cancel");
        ui.press("duplicates", "duplicates.cancel");
        ui.await("the warning closed", () -> ui.shell("duplicates") == null);
        assertThat(ui.sync(() -> ui.shell("agenda.newPatient"))).as("the form still there").isNotNull();
        assertThat(server.count("SELECT count(*) FROM patients_patient")).as("nothing created").isEqualTo(before);
        ui.press("agenda.newPatient", "agenda.newPatient.close");
        ui.press("agenda.book", "agenda.book.close");
    }

    @Test
    void nextFreeSlot_shouldShowItsDayAndOfferToBookIt() throws Exception {
        loginAs("sec.petit");
        openAgenda();
        ui.press("workbench", "agenda.freeSlot");
        ui.awaitShell("agenda.freeSlot");
        ui.run(() -> {
            Combo doctor = ui.find("agenda.freeSlot", "agenda.freeSlot.doctor", Combo.class);
            for (int i = 0; i < doctor.getItemCount(); i++) {
                if (doctor.getItem(i).contains("Lefèvre") || doctor.getItem(i).contains("Lefevre")) {
                    doctor.select(i);
                }
            }
            ui.find("agenda.freeSlot", "agenda.freeSlot.length", Combo.class).select(3);
        });
        ui.press("agenda.freeSlot", "agenda.freeSlot.submit");
        ui.awaitShell("agenda.book");
        String slot = ui.sync(() -> text("agenda.book", "agenda.book.slot"));
        assertThat(slot).contains("Lef");
        assertThat(ui.sync(() -> ui.find("agenda.book", "agenda.book.length", Combo.class).getText())).isEqualTo("60 min");
        String said = ui.await("the slot said in the status bar", () -> said("Prochain créneau libre de ")
                ? text("workbench", "status.message") : null);
        // The grid shows the slot's day, with the slot free there.
        LocalDate day = ui.sync(AgendaUiTest::shownDay);
        assertThat(said).contains(String.valueOf(day.getDayOfMonth()));
        ui.press("agenda.book", "agenda.book.close");
    }

    @Test
    void doctor_shouldEditHisHoursWithMistakesShownByTheirDayAndTheAgendaShouldOfferThem() throws Exception {
        loginAs("dr.lefevre");
        openAgenda();
        ui.press("workbench", "agenda.hours");
        ui.awaitShell("agenda.hours");
        assertThat(ui.sync(() -> ui.find("agenda.hours", "agenda.hours.MONDAY", Text.class).getText()))
                .isEqualTo("08:00–18:00");
        assertThat(ui.sync(() -> ui.find("agenda.hours", "agenda.hours.SATURDAY", Text.class).getText())).isEmpty();

        // A typing mistake is shown by its day, before anything is sent.
        ui.type("agenda.hours", "agenda.hours.MONDAY", "le matin");
        ui.press("agenda.hours", "agenda.hours.submit");
        assertThat(ui.await("the typing mistake", () -> text("agenda.hours", "agenda.hours.MONDAY.error")))
                .contains("le matin");
        // The server's refusal (two overlapping spans) too.
        ui.type("agenda.hours", "agenda.hours.MONDAY", "08:00-18:00");
        ui.type("agenda.hours", "agenda.hours.TUESDAY", "08:00-12:00, 11:00-13:00");
        ui.press("agenda.hours", "agenda.hours.submit");
        assertThat(ui.await("the overlap", () -> text("agenda.hours", "agenda.hours.TUESDAY.error")))
                .isEqualTo("Deux plages de ce jour se chevauchent.");
        assertThat(ui.sync(() -> text("agenda.hours", "agenda.hours.MONDAY.error"))).isNull();

        ui.type("agenda.hours", "agenda.hours.TUESDAY", "08:00-12:00, 13:00-18:00");
        ui.type("agenda.hours", "agenda.hours.SATURDAY", "9h-12h");
        ui.press("agenda.hours", "agenda.hours.submit");
        ui.await("the hours dialog closed", () -> ui.shell("agenda.hours") == null);

        // His week now has a Saturday whose morning is free.
        chooseMode("agenda.mode.week");
        // The week of the day shown (the next working day when today is closed), then the next ones.
        LocalDate monday = ui.await("the week shown", AgendaUiTest::weekShown).plusWeeks(1);
        ui.press("workbench", "agenda.next");
        LocalDate saturday = monday.plusDays(5);
        ui.await("a Saturday whose 09:00 is free", () -> weekShown(monday)
                && box("free", "dr.lefevre", saturday, "09:00", "") != null);
        assertThat(ui.sync(() -> box("free", "dr.lefevre", saturday, "12:00", ""))).isNull();
        assertThat(ui.sync(() -> box("free", "dr.lefevre", monday.plusDays(1), "12:00", ""))).as("Tuesday's lunch break")
                .isNull();
        assertThat(ui.sync(() -> box("free", "dr.lefevre", monday.plusDays(1), "13:00", ""))).isNotNull();
    }

    @Test
    void admin_shouldSeeEveryDoctorsHoursAndGiveOneADayOff() throws Exception {
        loginAs("admin");
        ui.await("the doctors' hours in the navigation", () -> Ui.itemIds(ui.find("workbench", "nav", Table.class))
                .contains("nav.doctors-hours"));
        ui.run(() -> {
            Table nav = ui.find("workbench", "nav", Table.class);
            nav.setSelection(Ui.itemIds(nav).indexOf("nav.doctors-hours"));
            nav.notifyListeners(SWT.Selection, new Event());
        });
        // Dr François Bernard: the default hours, Monday to Friday.
        int bernard = ui.await("Dr Bernard's week", () -> {
            Table table = ui.find("workbench", "doctorsHours.table", Table.class);
            for (int i = 0; table != null && i < table.getItemCount(); i++) {
                if (table.getItem(i).getText(0).equals("Dr François Bernard")) {
                    return i;
                }
            }
            return null;
        });
        assertThat(ui.sync(() -> {
            TableItem row = ui.find("workbench", "doctorsHours.table", Table.class).getItem(bernard);
            return List.of(row.getText(1), row.getText(3), row.getText(6));
        })).containsExactly("08:00–18:00", "08:00–18:00", "");

        select("workbench", "doctorsHours.table", bernard);
        ui.press("workbench", "doctorsHours.edit");
        ui.awaitShell("agenda.hours");
        ui.type("agenda.hours", "agenda.hours.WEDNESDAY", "");
        ui.press("agenda.hours", "agenda.hours.submit");
        ui.await("the hours dialog closed", () -> ui.shell("agenda.hours") == null);
        ui.await("Wednesday off for Dr Bernard", () -> {
            Table table = ui.find("workbench", "doctorsHours.table", Table.class);
            for (TableItem row : table.getItems()) {
                if (row.getText(0).equals("Dr François Bernard")) {
                    return row.getText(3).isEmpty() && row.getText(4).equals("08:00–18:00");
                }
            }
            return false;
        });
        assertThat(ui.sync(() -> ui.find("workbench", "doctorsHours.message", Label.class).getText()))
                .isEqualTo("Horaires de Dr François Bernard enregistrés.");
    }
}
