package org.hygie.desktop.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

/**
 * No text cut at 1280×800: the login window, then every view of the navigation of each demo role,
 * in the language of the run (French in test.bndrun, English in test-en.bndrun), with every
 * visible label, button, group, table header and cell, tab and menu measured ({@link TextFit}).
 * Generic on purpose: a view or a chart section that comes later is walked the same way.
 */
class TextFitUiTest extends DesktopUiTest {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    /** The fewest texts a window shows (the login's four captions and its button): fewer means nothing showed. */
    private static final int MEASURED_AT_LEAST = 5;
    private static final List<String> ROLES = List.of("admin", "dr.martin", "bio.durand", "sec.petit");
    /**
     * Texts allowed to be cut, by "widget id: text", each with its reason. Empty: any cut text fails
     * the test; an entry here must say why the cut is acceptable.
     */
    private static final Map<String, String> EXEMPT = Map.of();

    @Test
    void everyViewOfEveryRole_shouldShowItsTextsUncutAt1280x800() throws Exception {
        List<String> cuts = new ArrayList<>();
        ui.awaitShell("login");
        String language = ui.sync(() -> ui.shell("login").getText());
        cuts.addAll(check("login", "login window"));
        for (String role : ROLES) {
            ui.login(server.uri, role, DEMO_PASSWORD);
            ui.awaitShell("workbench");
            ui.run(() -> ui.shell("workbench").setSize(WIDTH, HEIGHT));
            List<String> entries = ui.sync(() -> Ui.itemIds(ui.find("workbench", "nav", Table.class)));
            assertThat(entries).as(role + "'s navigation").isNotEmpty();
            for (int i = 0; i < entries.size(); i++) {
                int index = i;
                ui.run(() -> {
                    Table nav = ui.find("workbench", "nav", Table.class);
                    nav.setSelection(index);
                    nav.notifyListeners(SWT.Selection, new Event());
                });
                ui.awaitSettled();
                cuts.addAll(check("workbench", role + " " + entries.get(i)));
            }
            ui.backToLogin();
        }
        assertThat(cuts).as("texts cut at %dx%d (%s)", WIDTH, HEIGHT, language).isEmpty();
    }

    /**
     * Beyond the navigation: a patient's chart (banner and sections, read and edit modes), the
     * agenda's week of the three doctors (its painted headers and blocks too, which the grid
     * publishes with whether they fit), and the agenda's dialogs: an appointment, the next free
     * slot, a booking, a new patient, a move by drag and a reschedule.
     */
    @Test
    void chartWeekAndDialogs_shouldShowTheirTextsUncutAt1280x800() throws Exception {
        List<String> cuts = new ArrayList<>();
        String language = ui.sync(() -> ui.shell("login").getText());
        ui.login(server.uri, "dr.martin", DEMO_PASSWORD);
        ui.awaitShell("workbench");
        ui.run(() -> ui.shell("workbench").setSize(WIDTH, HEIGHT));
        ui.await("the patients", () -> ui.find("workbench", "patients.results", Table.class).getItemCount() > 0);
        Composite chart = ChartUiTest.openChart("dupont helene 1948", "DUPONT Hélène");
        ChartUiTest.bannerAllergies(chart);
        ui.await("the chart's sections loaded", () -> Ui.find(chart, "chart.allergies.table") instanceof Table t
                && t.getItemCount() > 0);
        ui.awaitSettled();
        cuts.addAll(check("workbench", "dr.martin's chart"));
        ui.run(() -> Ui.find(chart, "chart.demographics.edit").notifyListeners(SWT.Selection, new Event()));
        ui.await("the demographics' form", () -> Ui.find(chart, "chart.demographics.form.address") != null);
        cuts.addAll(check("workbench", "dr.martin's chart, editing"));
        ui.backToLogin();

        ui.login(server.uri, "sec.petit", DEMO_PASSWORD);
        ui.awaitShell("workbench");
        ui.run(() -> ui.shell("workbench").setSize(WIDTH, HEIGHT));
        AgendaUiTest.openAgenda();
        AgendaUiTest.chooseMode("agenda.mode.week");
        // The week shown (the demo's appointments are in the next three working days), else the next one.
        LocalDate monday = ui.await("the week shown", AgendaUiTest::weekShown);
        ui.await("the three doctors' columns", () -> AgendaUiTest.areas().keySet().stream()
                .map(k -> k.split("\\|")[1]).distinct().count() == 3);
        if (ui.sync(() -> AgendaUiTest.comingBox("appointment", null, null)) == null) {
            ui.press("workbench", "agenda.next");
            ui.await("the week after", () -> AgendaUiTest.weekShown(monday.plusWeeks(1)));
        }
        String appointment = ui.await("an appointment to come", () -> AgendaUiTest.comingBox("appointment", null, null));
        ui.awaitSettled();
        cuts.addAll(check("workbench", "sec.petit's week of three doctors"));
        cuts.addAll(painted("headers", "sec.petit's week: doctor header"));
        cuts.addAll(painted("blocks", "sec.petit's week: appointment"));

        // An appointment of the week: its dialog (a double click), the reschedule dialog, a move by drag.
        AgendaUiTest.click(appointment, true);
        cuts.addAll(check("agenda.appointment", "appointment dialog"));
        ui.press("agenda.appointment", "agenda.appointment.close");
        ui.await("the appointment dialog closed", () -> ui.shell("agenda.appointment") == null);
        AgendaUiTest.click(appointment, false);
        ui.press("workbench", "agenda.reschedule");
        cuts.addAll(check("agenda.reschedule", "reschedule dialog"));
        ui.press("agenda.reschedule", "agenda.reschedule.close");
        ui.await("the reschedule dialog closed", () -> ui.shell("agenda.reschedule") == null);
        AgendaUiTest.drag(appointment, ui.sync(() -> AgendaUiTest.areas().get(appointment).height));
        cuts.addAll(check("agenda.move", "move confirmation"));
        ui.press("agenda.move", "agenda.move.close");
        ui.await("the move dialog closed", () -> ui.shell("agenda.move") == null);

        ui.press("workbench", "agenda.freeSlot");
        cuts.addAll(check("agenda.freeSlot", "next free slot dialog"));
        ui.press("agenda.freeSlot", "agenda.freeSlot.close");
        ui.await("the free slot dialog closed", () -> ui.shell("agenda.freeSlot") == null);

        String free = ui.await("a free slot to come", () -> AgendaUiTest.comingBox("free", null, null));
        AgendaUiTest.click(free, false);
        ui.awaitShell("agenda.book");
        ui.type("agenda.book", "agenda.book.search", "dupont");
        ui.await("patients found", () -> ui.find("agenda.book", "agenda.book.patients", Table.class).getItemCount() > 0);
        cuts.addAll(check("agenda.book", "booking dialog"));
        ui.type("agenda.book", "agenda.book.search", "Zorglubzz");
        ui.await("nobody found", () -> ui.find("agenda.book", "agenda.book.patients", Table.class).getItemCount() == 0);
        ui.press("agenda.book", "agenda.book.newPatient");
        cuts.addAll(check("agenda.newPatient", "new patient dialog"));
        ui.press("agenda.newPatient", "agenda.newPatient.close");
        ui.await("the new patient dialog closed", () -> ui.shell("agenda.newPatient") == null);
        ui.press("agenda.book", "agenda.book.close");
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);
        assertThat(cuts).as("texts cut at %dx%d (%s)", WIDTH, HEIGHT, language).isEmpty();
    }

    /**
     * The grid's painted names, as it publishes them ({@code "headers"}, {@code "blocks"}: the name
     * → {@code form|fits}): @return those that do not fit their room
     */
    private static List<String> painted(String what, String where) {
        return ui.sync(() -> {
            @SuppressWarnings("unchecked")
            Map<String, String> shown = (Map<String, String>) ui.find("workbench", "agenda.grid", Canvas.class).getData(what);
            List<String> found = new ArrayList<>();
            if (shown == null || shown.isEmpty()) {
                found.add(where + ": nothing painted");
                return found;
            }
            shown.forEach((full, form) -> {
                if (!form.endsWith("|true")) {
                    found.add(where + " " + full + " painted as \"" + form + "\"");
                }
            });
            return found;
        });
    }

    /** @return the cut texts of the window, each as "where: widget "text" needs n px, has m" */
    private static List<String> check(String shellId, String where) throws InterruptedException {
        return check(shellId, where, shellId.equals("workbench") || shellId.equals("login") ? MEASURED_AT_LEAST : 3);
    }

    /** As {@link #check(String, String)}, a window showing fewer than {@code least} texts failing. */
    private static List<String> check(String shellId, String where, int least) throws InterruptedException {
        ui.awaitShell(shellId);
        return ui.sync(() -> {
            Shell shell = ui.shell(shellId);
            shell.layout(true, true);
            List<String> found = new ArrayList<>();
            TextFit.Walk walk = TextFit.walk(shell);
            if (walk.measured() < least) {
                found.add(where + ": only " + walk.measured() + " texts measured: the view did not show");
            }
            for (TextFit.Cut cut : walk.cuts()) {
                if (!EXEMPT.containsKey(cut.widget() + ": " + cut.text())) {
                    found.add(where + ": " + cut);
                }
            }
            return found;
        });
    }
}
