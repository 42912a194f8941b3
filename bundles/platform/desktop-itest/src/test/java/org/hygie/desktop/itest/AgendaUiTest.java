package org.hygie.desktop.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agenda as the secretary uses it: booking a free slot through the dialog's patient search,
 * then checking the patient in, against the exported server with its demo doctors, patients and
 * agendas. The demo agendas leave every slot from 17:00 free.
 */
class AgendaUiTest {
    private static final String PASSWORD = "Hygie-demo-1";
    private static final String MARTIN = "agenda.doctor.dr.martin";
    private static final String SLOT = "17:00–17:30";
    private static TestServer server;
    private static Ui ui;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.get();
        ui = Ui.attach();
    }

    @BeforeEach
    void backToLogin() throws Exception {
        if (ui.sync(() -> ui.shell("workbench") != null)) {
            ui.press("workbench", "logout");
        }
        ui.awaitShell("login");
    }

    private static void loginAs(String username) throws InterruptedException {
        ui.awaitShell("login");
        ui.type("login", "login.server", server.uri.toString());
        ui.type("login", "login.username", username);
        ui.type("login", "login.password", PASSWORD);
        ui.press("login", "login.submit");
        ui.awaitShell("workbench");
    }

    private static void openAgenda() throws InterruptedException {
        ui.await("the agenda in the navigation", () -> {
            Table nav = ui.find("workbench", "nav", Table.class);
            return Ui.itemIds(nav).contains("nav.appointments");
        });
        ui.run(() -> {
            Table nav = ui.find("workbench", "nav", Table.class);
            nav.setSelection(Ui.itemIds(nav).indexOf("nav.appointments"));
            nav.notifyListeners(SWT.Selection, new Event());
        });
        ui.await("dr.martin's agenda", () -> ui.find("workbench", MARTIN, Table.class));
    }

    /** Moves to the next weekday after the one shown; returns it once dr.martin's table shows it. */
    private static LocalDate nextWeekday() throws InterruptedException {
        LocalDate day;
        do {
            ui.press("workbench", "agenda.next");
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

    /** @return the index of dr.martin's row starting at 17:00 whose text contains {@code text}, or null; display thread */
    private static Integer row(String text) {
        Table table = ui.find("workbench", MARTIN, Table.class);
        for (int i = 0; i < table.getItemCount(); i++) {
            TableItem item = table.getItem(i);
            if (item.getText(0).equals(SLOT) && item.getText(1).contains(text)) {
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
        // The demo agenda of that day: booked rows besides the free slots.
        assertThat(ui.sync(() -> {
            Table table = ui.find("workbench", MARTIN, Table.class);
            int booked = 0;
            for (TableItem item : table.getItems()) {
                booked += item.getText(1).contains("libre") ? 0 : 1;
            }
            return booked;
        })).as("dr.martin's demo appointments on " + day).isPositive();
    }
}
