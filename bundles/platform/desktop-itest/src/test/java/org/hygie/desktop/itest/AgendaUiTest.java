package org.hygie.desktop.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * The agenda as the secretary uses it: booking a free slot through the dialog's patient search,
 * then checking the patient in, against the exported server with its demo doctors, patients and
 * agendas. The demo agendas leave every slot from 17:00 free.
 */
class AgendaUiTest extends DesktopUiTest {
    private static final String MARTIN = "agenda.doctor.dr.martin";
    private static final String SLOT = "17:00–17:30";

    private static void loginAs(String username) throws InterruptedException {
        ui.login(server.uri, username, DEMO_PASSWORD);
        ui.awaitShell("workbench");
    }

    private static void openAgenda() throws InterruptedException {
        openAgendaOf(MARTIN);
    }

    private static void openAgendaOf(String tableId) throws InterruptedException {
        ui.await("the agenda in the navigation", () -> {
            Table nav = ui.find("workbench", "nav", Table.class);
            return Ui.itemIds(nav).contains("nav.appointments");
        });
        ui.run(() -> {
            Table nav = ui.find("workbench", "nav", Table.class);
            nav.setSelection(Ui.itemIds(nav).indexOf("nav.appointments"));
            nav.notifyListeners(SWT.Selection, new Event());
        });
        ui.await(tableId, () -> ui.find("workbench", tableId, Table.class));
    }

    /** Moves to the next weekday after the one shown; returns it once dr.martin's table shows it. */
    private static LocalDate nextWeekday() throws InterruptedException {
        return otherWeekday("agenda.next");
    }

    /** Moves to the weekday before the one shown; returns it once dr.martin's table shows it. */
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
        try {
            ui.await("dr.martin's agenda of " + shown,
                    () -> shown.equals(ui.find("workbench", MARTIN, Table.class).getData("day")));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; status: " + ui.sync(() -> ui.find("workbench", "status.message",
                    Label.class).getText()) + "; agenda: " + ui.sync(() -> ui.find("workbench", "agenda.message",
                    Label.class).getText()));
        }
        return shown;
    }

    /** @return the index of dr.martin's row from 17:00 to 17:30 whose text contains {@code text}, or null; display thread */
    private static Integer row(String text) {
        return row(SLOT, text);
    }

    /** @return the index of dr.martin's row of {@code times} whose text contains {@code text}, or null; display thread */
    private static Integer row(String times, String text) {
        Table table = ui.find("workbench", MARTIN, Table.class);
        for (int i = 0; i < table.getItemCount(); i++) {
            TableItem item = table.getItem(i);
            if (item.getText(0).equals(times) && item.getText(1).contains(text)) {
                return i;
            }
        }
        return null;
    }

    private static void select(String shellId, String tableId, int index) {
        ui.run(() -> {
            Table table = ui.find(shellId, tableId, Table.class);
            table.setSelection(index);
            table.notifyListeners(SWT.Selection, new Event());
        });
    }

    @Test
    void booking_fromAFreeSlot_shouldShowTheAppointmentInTheAgendaAndCheckInShouldChangeItsStatus() throws Exception {
        loginAs("sec.petit");
        openAgenda();
        // Secretaries see every doctor side by side.
        assertThat(ui.sync(() -> ui.find("workbench", "agenda.doctor.dr.bernard", Table.class))).isNotNull();
        assertThat(ui.sync(() -> ui.find("workbench", "agenda.doctor.dr.lefevre", Table.class))).isNotNull();
        nextWeekday();

        int free = ui.await("the free 17:00 slot", () -> row("libre"));
        select("workbench", MARTIN, free);
        ui.press("workbench", "agenda.book");
        ui.awaitShell("agenda.book");
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
        int booked = ui.await("the appointment in dr.martin's agenda", () -> row("DUPONT Hélène · Prévu"));
        assertThat(ui.sync(() -> ui.find("workbench", MARTIN, Table.class).getItem(booked).getText(1)))
                .isEqualTo("DUPONT Hélène · Prévu · Contrôle tensionnel");
        assertThat(ui.sync(() -> row("libre"))).as("the slot is no longer free").isNull();

        select("workbench", MARTIN, booked);
        ui.press("workbench", "agenda.checkIn");
        ui.await("the appointment checked in", () -> row("DUPONT Hélène · Arrivé"));
        // Once checked in, the next move is to complete it; cancelling is no longer offered.
        ui.await("complete enabled", () -> ui.find("workbench", "agenda.complete", org.eclipse.swt.widgets.Button.class)
                .isEnabled());
        assertThat(ui.sync(() -> ui.find("workbench", "agenda.cancel", org.eclipse.swt.widgets.Button.class).isEnabled()))
                .isFalse();
    }

    /** Books dr.martin's free slot starting at {@code time} for the first patient the search finds. */
    private static void book(String time, String search, int lengthIndex) throws InterruptedException {
        int free = ui.await("the free slot at " + time, () -> {
            Table table = ui.find("workbench", MARTIN, Table.class);
            for (int i = 0; i < table.getItemCount(); i++) {
                TableItem item = table.getItem(i);
                if (item.getText(0).startsWith(time + "–") && item.getText(1).contains("libre")) {
                    return i;
                }
            }
            return null;
        });
        select("workbench", MARTIN, free);
        ui.press("workbench", "agenda.book");
        ui.awaitShell("agenda.book");
        ui.type("agenda.book", "agenda.book.search", search);
        ui.await("a patient found", () -> ui.find("agenda.book", "agenda.book.patients", Table.class).getItemCount() > 0);
        select("agenda.book", "agenda.book.patients", 0);
        ui.run(() -> ui.find("agenda.book", "agenda.book.length", org.eclipse.swt.widgets.Combo.class).select(lengthIndex));
        ui.press("agenda.book", "agenda.book.submit");
    }

    @Test
    void booking_overATakenSlot_shouldExplainTheConflictInWords() throws Exception {
        loginAs("sec.petit");
        openAgenda();
        nextWeekday();
        nextWeekday();
        book("17:00", "moreau", 1);
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);
        ui.await("the 17:00 appointment", () -> row("MOREAU Chloé · Prévu"));

        // An hour from 16:30 runs into it: refused, and told in words.
        book("16:30", "garnier", 3);
        String message = ui.await("the conflict explained", () -> {
            String text = ui.find("agenda.book", "agenda.book.message", Label.class).getText();
            return text.isEmpty() ? null : text;
        });
        assertThat(message).isEqualTo("Le médecin a déjà un rendez-vous de 17:00 à 17:30 (MOREAU Chloé).");
        ui.press("agenda.book", "agenda.book.close");
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);

        // Cancelling asks why, and frees the time again.
        int moreau = ui.sync(() -> row("MOREAU Chloé · Prévu"));
        select("workbench", MARTIN, moreau);
        ui.press("workbench", "agenda.cancel");
        ui.awaitShell("agenda.cancel");
        ui.type("agenda.cancel", "agenda.cancel.reason", "Empêchement du patient");
        ui.press("agenda.cancel", "agenda.cancel.submit");
        ui.await("the cancel dialog closed", () -> ui.shell("agenda.cancel") == null);
        ui.await("the appointment cancelled", () -> row("MOREAU Chloé · Annulé"));
        ui.await("the 17:00 slot free again", () -> row("libre"));
    }

    @Test
    void doctor_shouldSeeOnlyHisOwnAgenda() throws Exception {
        loginAs("dr.martin");
        openAgenda();
        LocalDate day = nextWeekday();
        assertThat(ui.sync(() -> ui.find("workbench", "agenda.doctor.dr.bernard", Table.class))).isNull();
        assertThat(ui.sync(() -> ui.find("workbench", "agenda.doctor.dr.lefevre", Table.class))).isNull();
        // The demo agenda of that day: booked rows besides the free slots. The server seeds it in the
        // background once its doctors and patients exist, so it may come after the first look.
        for (int attempt = 0; booked() == 0 && attempt < 30; attempt++) {
            Thread.sleep(1000); // poll: the demo agenda is seeded in the background; refreshed up to 30 times
            ui.press("workbench", "agenda.refresh");
        }
        assertThat(booked()).as("dr.martin's demo appointments on " + day).isPositive();
    }

    /** @return how many of dr.martin's rows hold an appointment once the shown day is loaded */
    private static int booked() throws InterruptedException {
        ui.await("dr.martin's rows", () -> ui.find("workbench", MARTIN, Table.class).getItemCount() > 0);
        return ui.sync(() -> {
            int booked = 0;
            for (TableItem item : ui.find("workbench", MARTIN, Table.class).getItems()) {
                booked += item.getText(1).contains("libre") ? 0 : 1;
            }
            return booked;
        });
    }

    @Test
    void reschedule_shouldRefuseOutsideTheHoursInWordsThenMoveTheAppointmentAndFreeItsSlot() throws Exception {
        loginAs("sec.petit");
        openAgenda();
        nextWeekday();
        nextWeekday();
        nextWeekday();
        book("17:00", "dubois", 1);
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);
        int booked = ui.await("the 17:00 appointment", () -> row("DUBOIS Loïc · Prévu"));

        select("workbench", MARTIN, booked);
        ui.press("workbench", "agenda.reschedule");
        ui.awaitShell("agenda.reschedule");
        // 18:00 is past dr.martin's hours: refused, and said so.
        ui.run(() -> ui.find("agenda.reschedule", "agenda.reschedule.time", DateTime.class).setTime(18, 0, 0));
        ui.press("agenda.reschedule", "agenda.reschedule.submit");
        assertThat(ui.await("the refusal explained", () -> {
            String text = ui.find("agenda.reschedule", "agenda.reschedule.message", Label.class).getText();
            return text.isEmpty() ? null : text;
        })).isEqualTo("Ce créneau est en dehors des horaires de consultation du médecin.");

        ui.run(() -> ui.find("agenda.reschedule", "agenda.reschedule.time", DateTime.class).setTime(17, 30, 0));
        ui.type("agenda.reschedule", "agenda.reschedule.reason", "Bilan annuel");
        ui.press("agenda.reschedule", "agenda.reschedule.submit");
        ui.await("the reschedule dialog closed", () -> ui.shell("agenda.reschedule") == null);
        ui.await("the appointment at 17:30", () -> row("17:30–18:00", "DUBOIS Loïc · Prévu · Bilan annuel"));
        ui.await("17:00 free again", () -> row("libre"));
    }

    @Test
    void reschedule_ofAnAppointmentSomeoneElseChangedMeanwhile_shouldBeRefusedInWordsAndLoseNothing() throws Exception {
        loginAs("sec.petit");
        openAgenda();
        for (int i = 0; i < 4; i++) {
            nextWeekday();
        }
        book("17:00", "simon", 1);
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);
        select("workbench", MARTIN, ui.await("the 17:00 appointment", () -> row("SIMON Inès · Prévu")));
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
        ui.await("the other change kept", () -> row("SIMON Inès · Prévu · Changé ailleurs"));
    }

    @Test
    void statusActions_shouldMarkAPastAppointmentNoShowFreeingItsTimeAndCompleteACheckedInOne() throws Exception {
        loginAs("sec.petit");
        openAgenda();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        LocalDate future = today;
        for (int i = 0; i < 5; i++) {
            future = nextWeekday(); // a day no other test books
        }
        book("17:00", "laurent", 1);
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);
        ui.await("the appointment", () -> row("LAURENT Raphaël · Prévu"));
        // Nothing is booked on a past day: the days go by, moved here in the database, keeping 17:00.
        LocalDate past;
        do {
            past = previousWeekday();
        } while (!past.isBefore(today));
        long days = java.time.temporal.ChronoUnit.DAYS.between(past, future);
        assertThat(server.update("UPDATE appointments_appointment SET"
                + " start_at = (start_at AT TIME ZONE 'Europe/Paris' - interval '" + days + " days') AT TIME ZONE 'Europe/Paris',"
                + " end_at = (end_at AT TIME ZONE 'Europe/Paris' - interval '" + days + " days') AT TIME ZONE 'Europe/Paris'"
                + " WHERE status = 'SCHEDULED' AND start_at AT TIME ZONE 'Europe/Paris' = timestamp '" + future
                + " 17:00' AND patient_id IN (SELECT id FROM patients_patient WHERE last_name = 'Laurent')"))
                .isEqualTo(1);
        ui.press("workbench", "agenda.refresh");
        int laurent = ui.await("the past appointment", () -> row("LAURENT Raphaël · Prévu"));
        select("workbench", MARTIN, laurent);
        // Its start has passed: the patient may be marked absent.
        ui.press("workbench", "agenda.noShow");
        ui.await("the no-show", () -> row("LAURENT Raphaël · Absent"));
        ui.await("its slot free again", () -> row("libre"));

        LocalDate shown;
        do {
            shown = nextWeekday();
        } while (shown.isBefore(future));
        book("17:00", "fournier", 1);
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);
        select("workbench", MARTIN, ui.await("the new appointment", () -> row("FOURNIER Théo · Prévu")));
        ui.press("workbench", "agenda.checkIn");
        select("workbench", MARTIN, ui.await("checked in", () -> row("FOURNIER Théo · Arrivé")));
        ui.press("workbench", "agenda.complete");
        ui.await("completed", () -> row("FOURNIER Théo · Terminé"));
    }

    /** Sends a click (or double click) to the middle of a cell of a week table, as the mouse would. */
    private static void click(String tableId, int row, int column, int type) {
        ui.run(() -> {
            Table table = ui.find("workbench", tableId, Table.class);
            TableItem item = table.getItem(row);
            table.showItem(item);
            Rectangle bounds = item.getBounds(column);
            Event event = new Event();
            event.x = bounds.x + bounds.width / 2;
            event.y = bounds.y + bounds.height / 2;
            event.button = 1;
            table.notifyListeners(type, event);
        });
    }

    /** Sends a key press to a week table, as the keyboard would. */
    private static void key(String tableId, int keyCode) {
        ui.run(() -> {
            Event event = new Event();
            event.keyCode = keyCode;
            event.doit = true;
            ui.find("workbench", tableId, Table.class).notifyListeners(SWT.KeyDown, event);
        });
    }

    private static void chooseMode(String id) {
        ui.run(() -> {
            for (String mode : new String[] { "agenda.mode.day", "agenda.mode.week" }) {
                ui.find("workbench", mode, Button.class).setSelection(mode.equals(id));
            }
            ui.find("workbench", id, Button.class).notifyListeners(SWT.Selection, new Event());
        });
    }

    /** @return the index of the week table's row starting at {@code time}; display thread */
    private static Integer weekRow(String tableId, String time) {
        return Ui.firstColumn(ui.find("workbench", tableId, Table.class)).indexOf(time);
    }

    @Test
    void week_shouldShowOneDoctorsWeekBookFromACellAndOpenItsDay() throws Exception {
        loginAs("sec.petit");
        openAgenda();
        // One doctor only.
        ui.await("the doctor filter", () -> ui.find("workbench", "agenda.doctorFilter", Combo.class).getItemCount() > 3);
        ui.run(() -> {
            Combo filter = ui.find("workbench", "agenda.doctorFilter", Combo.class);
            filter.select(Arrays.asList(filter.getItems()).stream().filter(n -> n.contains("Martin")).findFirst()
                    .map(n -> Arrays.asList(filter.getItems()).indexOf(n)).orElseThrow());
            filter.notifyListeners(SWT.Selection, new Event());
        });
        ui.await("dr.bernard's agenda gone", () -> ui.find("workbench", "agenda.doctor.dr.bernard", Table.class) == null);

        chooseMode("agenda.mode.week");
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Paris")).with(DayOfWeek.MONDAY).plusWeeks(2);
        ui.press("workbench", "agenda.next");
        ui.press("workbench", "agenda.next");
        ui.await("dr.martin's week of " + monday, () -> monday.equals(ui.find("workbench", MARTIN, Table.class).getData("day"))
                && ui.find("workbench", MARTIN, Table.class).getColumnCount() > 2);
        assertThat(ui.sync(() -> ui.find("workbench", "agenda.day", Label.class).getText())).startsWith("Semaine du " + monday.getDayOfMonth() + " ");
        // Monday to Friday; dr.martin does not work at weekends.
        assertThat(ui.sync(() -> Arrays.stream(ui.find("workbench", MARTIN, Table.class).getColumns())
                .map(TableColumn::getText).toList())).hasSize(6).element(1).asString().startsWith("lun.");
        int eight = ui.sync(() -> weekRow(MARTIN, "08:00"));
        assertThat(ui.sync(() -> ui.find("workbench", MARTIN, Table.class).getItem(eight).getText(1))).as("free").isEqualTo("·");

        click(MARTIN, eight, 1, SWT.MouseDown);
        ui.press("workbench", "agenda.book");
        ui.awaitShell("agenda.book");
        assertThat(ui.sync(() -> ui.find("agenda.book", "agenda.book.slot", Label.class).getText())).contains("08:00")
                .contains("lundi");
        ui.type("agenda.book", "agenda.book.search", "girard");
        ui.await("a patient found", () -> ui.find("agenda.book", "agenda.book.patients", Table.class).getItemCount() > 0);
        select("agenda.book", "agenda.book.patients", 0);
        ui.press("agenda.book", "agenda.book.submit");
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);
        ui.await("the appointment in its cell", () -> "GIRARD Éloïse".equals(ui.find("workbench", MARTIN, Table.class)
                .getItem(eight).getText(1)));
        assertThat(ui.sync(() -> ui.find("workbench", MARTIN, Table.class).getItem(eight + 1).getText(1))).as("free").isEqualTo("·");

        // The arrows move the chosen cell: down to the free 08:30, then back up to the appointment.
        click(MARTIN, eight, 1, SWT.MouseDown);
        key(MARTIN, SWT.ARROW_DOWN);
        ui.await("the free 08:30 chosen", () -> ui.find("workbench", "agenda.book", Button.class).isEnabled()
                && !ui.find("workbench", "agenda.reschedule", Button.class).isEnabled());
        key(MARTIN, SWT.ARROW_UP);
        ui.await("the appointment chosen again", () -> ui.find("workbench", "agenda.reschedule", Button.class).isEnabled()
                && !ui.find("workbench", "agenda.book", Button.class).isEnabled());

        // A double click opens that day.
        click(MARTIN, eight, 1, SWT.MouseDoubleClick);
        ui.await("the day of " + monday, () -> monday.equals(ui.find("workbench", MARTIN, Table.class).getData("day"))
                && ui.find("workbench", MARTIN, Table.class).getColumnCount() == 2);
        ui.await("the appointment in the day", () -> row("08:00–08:30", "GIRARD Éloïse · Prévu"));
    }

    @Test
    void doctor_shouldEditHisHoursWithMistakesShownByTheirDayAndTheAgendaShouldOfferThem() throws Exception {
        String lefevre = "agenda.doctor.dr.lefevre";
        loginAs("dr.lefevre");
        openAgendaOf(lefevre);
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
        ui.press("workbench", "agenda.next");
        ui.await("a Saturday column", () -> {
            Table table = ui.find("workbench", lefevre, Table.class);
            return table != null && table.getColumnCount() == 7 && table.getColumn(6).getText().startsWith("sam.");
        });
        int nine = ui.sync(() -> weekRow(lefevre, "09:00"));
        assertThat(ui.sync(() -> ui.find("workbench", lefevre, Table.class).getItem(nine).getText(6))).as("free").isEqualTo("·");
        int noon = ui.sync(() -> weekRow(lefevre, "12:00"));
        assertThat(ui.sync(() -> ui.find("workbench", lefevre, Table.class).getItem(noon).getText(6))).isEmpty();
        assertThat(ui.sync(() -> ui.find("workbench", lefevre, Table.class).getItem(noon).getText(2)))
                .as("Tuesday's lunch break").isEmpty();
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

    /** @return the label's text, or null when empty; display thread */
    private static String text(String shellId, String id) {
        String text = ui.find(shellId, id, Label.class).getText();
        return text.isEmpty() ? null : text;
    }
}
