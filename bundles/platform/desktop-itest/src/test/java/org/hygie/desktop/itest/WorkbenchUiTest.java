package org.hygie.desktop.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hygie.desktop.itest.fixture.FixtureContribution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;

/**
 * The workbench as users meet it: the real SWT widgets of the running workbench, driven from the
 * test thread, against the exported server with its demo accounts.
 */
@ExtendWith(BundleContextExtension.class)
class WorkbenchUiTest extends DesktopUiTest {
    @InjectBundleContext
    static BundleContext context;

    /** Every test starts with the fixture contribution stopped (and on the login window). */
    @BeforeEach
    void stopTheFixture() throws Exception {
        fixture().stop();
    }

    private static Bundle fixture() {
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().equals("org.hygie.desktop.itest")) {
                return bundle;
            }
        }
        throw new AssertionError("The fixture bundle is not installed");
    }

    private static void login(String username, String password) throws InterruptedException {
        ui.login(server.uri, username, password);
    }

    private static void loginAs(String username) throws InterruptedException {
        login(username, DEMO_PASSWORD);
        ui.awaitShell("workbench");
    }

    private static List<String> navigation() {
        return ui.sync(() -> Ui.itemIds(ui.find("workbench", "nav", Table.class)));
    }

    @Test
    void login_shouldShowWhyAWrongPasswordFailsAndStayOnTheLogin() throws Exception {
        login("dr.martin", "not-the-password");
        String message = ui.await("the login's message", () -> {
            String text = ui.find("login", "login.message", Label.class).getText();
            // The busy text shows until the server has answered.
            return text.isEmpty() || text.endsWith("…") ? null : text;
        });
        assertThat(message).isEqualTo("Identifiant ou mot de passe incorrect, ou compte verrouillé un moment après trop d’essais.");
        assertThat(ui.sync(() -> ui.shell("workbench"))).isNull();
        assertThat(ui.sync(() -> ui.find("login", "login.submit", org.eclipse.swt.widgets.Button.class).isEnabled()))
                .as("the user can try again").isTrue();
    }

    @Test
    void navigation_shouldShowEachDemoRoleExactlyItsAreas() throws Exception {
        Map<String, List<String>> expected = Map.of(
                "admin", List.of("nav.users", "nav.doctors-hours"),
                "dr.martin", List.of("nav.patients", "nav.appointments"),
                "bio.durand", List.of("nav.patients"),
                "sec.petit", List.of("nav.patients", "nav.appointments"));
        Map<String, String> roles = Map.of("admin", "Administrateur", "dr.martin", "Médecin", "bio.durand",
                "Biologiste", "sec.petit", "Secrétariat");
        for (String user : List.of("admin", "dr.martin", "bio.durand", "sec.petit")) {
            loginAs(user);
            assertThat(navigation()).as(user).isEqualTo(expected.get(user));
            assertThat(ui.sync(() -> ui.find("workbench", "status.role", Label.class).getText())).as(user)
                    .isEqualTo(roles.get(user));
            // The first area opens with the server's data in it: demo patients, or the demo accounts.
            String table = user.equals("admin") ? "users.table" : "patients.results";
            ui.await(user + "'s " + table + " filled from the server",
                    () -> ui.find("workbench", table, Table.class).getItemCount() > 0);
            ui.press("workbench", "logout");
            ui.awaitShell("login");
        }
    }

    @Test
    void patientForm_shouldCreateAPatientThatTheSearchFieldFinds() throws Exception {
        loginAs("sec.petit");
        // Letters only, unique per run: "Vérin" + 8 letters; searched without its accent.
        String suffix = UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcdefgh").substring(0, 8);
        String lastName = "Vérin" + suffix;
        ui.press("workbench", "patients.new");
        ui.type("workbench", "patients.form.lastName", lastName);
        ui.type("workbench", "patients.form.firstName", "Zoé");
        ui.type("workbench", "patients.form.birthDate", "14/03/1985");
        ui.run(() -> ui.find("workbench", "patients.form.sex", Combo.class).select(0));
        ui.press("workbench", "patients.form.save");
        String title = ui.await("the created patient's record number", () -> {
            String text = ui.find("workbench", "patients.form.title", Label.class).getText();
            return text.startsWith("Patient n° ") ? text : null;
        });
        String mrn = title.substring("Patient n° ".length());

        ui.type("workbench", "patients.search", "verin" + suffix);
        List<String> found = ui.await("the patient in the search results", () -> {
            Table results = ui.find("workbench", "patients.results", Table.class);
            List<String> rows = new java.util.ArrayList<>();
            for (TableItem item : results.getItems()) {
                rows.add(item.getText(0) + " " + item.getText(1));
            }
            return rows.stream().anyMatch(r -> r.contains(lastName.toUpperCase(java.util.Locale.FRENCH))) ? rows : null;
        });
        assertThat(found).containsExactly(mrn + " " + lastName.toUpperCase(java.util.Locale.FRENCH) + " Zoé");
    }

    @Test
    void expiredSession_shouldAskThePasswordAgainAndKeepWhatTheUserTyped() throws Exception {
        loginAs("sec.petit");
        ui.press("workbench", "patients.new");
        ui.type("workbench", "patients.form.lastName", "Saisie en cours");
        server.expireSessionsOf("sec.petit");

        ui.type("workbench", "patients.search", "dupont");
        ui.awaitShell("relogin");
        assertThat(ui.sync(() -> ui.find("workbench", "status.state", Label.class).getText())).isEqualTo("Session expirée");
        ui.type("relogin", "relogin.password", DEMO_PASSWORD);
        ui.press("relogin", "relogin.submit");

        // The search that failed runs again once logged in; the form still holds what was typed.
        ui.await("the retried search's results", () -> {
            Table results = ui.find("workbench", "patients.results", Table.class);
            return results.getItemCount() > 0 && results.getItem(0).getText(1).startsWith("DUPON");
        });
        assertThat(ui.sync(() -> ui.shell("relogin"))).isNull();
        assertThat(ui.sync(() -> ui.find("workbench", "patients.form.lastName", org.eclipse.swt.widgets.Text.class)
                .getText())).isEqualTo("Saisie en cours");
        assertThat(ui.sync(() -> ui.find("workbench", "status.state", Label.class).getText())).isEqualTo("Connecté");
    }

    @Test
    void contribution_shouldAppearAndDisappearAsItsBundleStartsAndStops() throws Exception {
        loginAs("dr.martin");
        assertThat(navigation()).containsExactly("nav.patients", "nav.appointments");

        fixture().start();
        ui.await("the fixture in the navigation", () -> navigation().contains("nav." + FixtureContribution.ID));
        assertThat(navigation()).containsExactly("nav.patients", "nav.appointments", "nav." + FixtureContribution.ID);
        // Declared as service properties; each label from its own bundle's messages, in French.
        assertThat(ui.sync(() -> java.util.Arrays.stream(ui.find("workbench", "nav", Table.class).getItems())
                .map(org.eclipse.swt.widgets.TableItem::getText).toList())).containsExactly("Patients", "Agenda", "Essai");

        fixture().stop();
        // Removal is synchronous (syncExec): once stop() returns, the item is gone.
        assertThat(navigation()).containsExactly("nav.patients", "nav.appointments");

        fixture().start();
        ui.await("the fixture back in the navigation", () -> navigation().contains("nav." + FixtureContribution.ID));
    }
}
