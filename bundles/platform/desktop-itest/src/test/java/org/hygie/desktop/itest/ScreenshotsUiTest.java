package org.hygie.desktop.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;

/**
 * The "done when", walked as users would on the demo, with the pictures of
 * docs/screenshots taken on the way ({@link Screenshots}; desktop-runtime/screenshots.sh runs only
 * this class and copies them there): every view of every role at 1280×800, the secretary's booking
 * by a click on a free slot of the three doctors' week, readable there and leading to the patient's
 * chart, and the doctor's chart of Hélène Dupont with her penicillin allergy in the banner.
 */
@ExtendWith(BundleContextExtension.class)
class ScreenshotsUiTest extends DesktopUiTest {
    @InjectBundleContext
    static BundleContext context;

    /** Each demo role's account, and the word its pictures start with. */
    private static final Map<String, String> ROLES = Map.of("admin", "admin", "dr.martin", "doctor", "bio.durand",
            "biologist", "sec.petit", "secretary");
    /** The word of each view of the navigation in the pictures' names. */
    private static final Map<String, String> VIEWS = Map.of("nav.patients", "patients", "nav.appointments",
            "agenda-day", "nav.doctors-hours", "hours", "nav.users", "users");
    private static final String GRID = "agenda.grid";

    /** The pictures show Hygie's views only: the tests' own contribution leaves for their length. */
    @BeforeAll
    static void withoutTheFixture() throws Exception {
        fixture().stop();
    }

    @AfterAll
    static void fixtureBack() throws Exception {
        fixture().start();
    }

    private static Bundle fixture() {
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().equals("org.hygie.desktop.itest")) {
                return bundle;
            }
        }
        throw new AssertionError("the fixture bundle is not installed");
    }

    /**
     * Shoots the window, once it shows no text cut ({@link TextFit}): no picture of a cut text.
     * @return the picture
     */
    private static java.nio.file.Path shoot(String shellId, String file) throws InterruptedException {
        ui.awaitShell(shellId);
        assertThat(ui.sync(() -> {
            ui.shell(shellId).layout(true, true);
            return TextFit.cuts(ui.shell(shellId));
        })).as("texts cut in " + file).isEmpty();
        return Screenshots.shoot(ui, shellId, file);
    }

    private static void loginAs(String username) throws InterruptedException {
        ui.login(server.uri, username, DEMO_PASSWORD);
        ui.awaitShell("workbench");
        // The size the README promises, at the screen's corner so that the picture holds it whole.
        ui.run(() -> ui.shell("workbench").setBounds(0, 0, 1280, 800));
    }

    @Test
    void everyViewOfEveryRole_shouldBeShotAt1280x800() throws Exception {
        shoot("login", "login.png");
        for (String role : List.of("admin", "dr.martin", "bio.durand", "sec.petit")) {
            loginAs(role);
            List<String> entries = ui.await(role + "'s navigation",
                    () -> {
                        List<String> ids = Ui.itemIds(ui.find("workbench", "nav", Table.class));
                        return ids.isEmpty() ? null : ids;
                    });
            for (int i = 0; i < entries.size(); i++) {
                int index = i;
                ui.run(() -> {
                    Table nav = ui.find("workbench", "nav", Table.class);
                    nav.setSelection(index);
                    nav.notifyListeners(SWT.Selection, new Event());
                });
                ui.awaitSettled();
                String view = VIEWS.getOrDefault(entries.get(i), entries.get(i).replace("nav.", ""));
                assertThat(shoot("workbench", ROLES.get(role) + "-" + view + ".png")).isNotEmptyFile();
            }
            ui.backToLogin();
        }
    }

    @Test
    void doctor_shouldSeeHeleneDupontsPenicillinAllergyInHerChartsBanner() throws Exception {
        loginAs("dr.martin");
        ui.await("the patients", () -> ui.find("workbench", "patients.results", Table.class).getItemCount() > 0);
        Composite chart = ChartUiTest.openChart("dupont helene 1948", "DUPONT Hélène");
        assertThat(ChartUiTest.bannerAllergies(chart)).startsWith("ALLERGIE SÉVÈRE : ").contains("Pénicilline");
        assertThat(ui.sync(() -> ChartUiTest.showing(chart, "chart.banner.severe"))).isTrue();
        ui.awaitSettled();
        shoot("workbench", "doctor-chart.png");
    }

    @Test
    void secretary_bookingByClickingAFreeSlotOfTheWeek_shouldShowAReadableBlockThatOpensThePatientsChart() throws Exception {
        loginAs("sec.petit");
        AgendaUiTest.openAgenda();
        AgendaUiTest.chooseMode("agenda.mode.week");
        // The week shown, with the demo's appointments of the next working days; the next one
        // when Dr Bernard's 17:30 is gone by in every day of it.
        LocalDate monday = ui.await("the week shown", AgendaUiTest::weekShown);
        ui.await("the three doctors' columns", () -> AgendaUiTest.areas().keySet().stream()
                .map(k -> k.split("\\|")[1]).distinct().count() == 3);
        if (ui.sync(() -> AgendaUiTest.comingBox("free", "dr.bernard", "17:30")) == null) {
            ui.press("workbench", "agenda.next");
            ui.await("the week after", () -> AgendaUiTest.weekShown(monday.plusWeeks(1)));
        }
        // Dr Bernard's free 17:30 (the demo leaves the slots from 17:00 free; other tests book Dr Martin).
        String slot = ui.await("Dr Bernard's free 17:30 to come", () -> AgendaUiTest.comingBox("free", "dr.bernard",
                "17:30"));
        LocalDate day = LocalDate.parse(slot.split("\\|")[2]);
        AgendaUiTest.click(slot, false);
        ui.awaitShell("agenda.book");
        assertThat(ui.sync(() -> AgendaUiTest.text("agenda.book", "agenda.book.slot"))).contains("17:30")
                .contains("Bernard");
        ui.type("agenda.book", "agenda.book.search", "perrin noel");
        int perrin = ui.await("Noël Perrin among the patients found", () -> {
            Table results = ui.find("agenda.book", "agenda.book.patients", Table.class);
            for (int i = 0; i < results.getItemCount(); i++) {
                if (results.getItem(i).getText(1).equals("PERRIN Noël")) {
                    return i;
                }
            }
            return null;
        });
        AgendaUiTest.select("agenda.book", "agenda.book.patients", perrin);
        ui.type("agenda.book", "agenda.book.reason", "Renouvellement");
        shoot("agenda.book", "secretary-book.png");
        ui.press("agenda.book", "agenda.book.submit");
        ui.await("the booking dialog closed", () -> ui.shell("agenda.book") == null);

        String block = ui.await("the block in the week", () -> AgendaUiTest.box("appointment", "dr.bernard", day,
                "17:30", "PERRIN Noël · Prévu · Renouvellement"));
        // Readable: the doctors' headers and the block's name fit their room (a shorter form of a
        // name, never a name cut in the middle).
        @SuppressWarnings("unchecked")
        Map<String, String> headers = ui.sync(() -> (Map<String, String>) ui.find("workbench", GRID, Canvas.class)
                .getData("headers"));
        assertThat(headers.values()).as("every doctor's header fits").allMatch(h -> h.endsWith("|true"));
        @SuppressWarnings("unchecked")
        String painted = ui.await("the block painted", () -> ((Map<String, String>) ui.find("workbench", GRID,
                Canvas.class).getData("blocks")).get("PERRIN Noël|" + day + "|17:30"));
        assertThat(painted).as("the block's name, as painted").endsWith("|true")
                .satisfies(p -> assertThat(List.of("PERRIN Noël", "PERRIN N.", "PERRIN", "PN")).contains(p.split("\\|")[0]));
        ui.awaitSettled();
        shoot("workbench", "secretary-agenda-week.png");

        AgendaUiTest.click(block, true);
        ui.awaitShell("agenda.appointment");
        assertThat(ui.sync(() -> AgendaUiTest.text("agenda.appointment", "agenda.appointment.patient")))
                .startsWith("PERRIN Noël");
        shoot("agenda.appointment", "secretary-appointment.png");
        ui.press("agenda.appointment", "agenda.appointment.submit");
        Composite chart = ui.await("Noël Perrin's chart in front", () -> {
            Composite shown = ChartUiTest.shownChart();
            return shown != null && "PERRIN Noël".equals(ChartUiTest.textIn(shown, "chart.banner.name")) ? shown : null;
        });
        ui.await("the identity line", () -> ChartUiTest.textIn(chart, "chart.banner.identity").contains("N° dossier"));
        ui.awaitSettled();
        shoot("workbench", "secretary-chart.png");
    }
}
