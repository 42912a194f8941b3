package org.hygie.desktop.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hygie.workbench.WidgetIds;
import org.junit.jupiter.api.Test;

/**
 * An account's life as the administrator and its owner go through it in the desktop: created with
 * a temporary password, changed at first login, locked by wrong passwords then unlocked, its
 * password reset, then deactivated; against the exported server.
 */
class UsersUiTest extends DesktopUiTest {
    private static final String TEMPORARY = "Temporaire-2026";
    private static final String PERSONAL = "Personnel-du-secretariat";

    private static void login(String username, String password) throws InterruptedException {
        ui.login(server.uri, username, password);
    }

    /** @return the login window's message once the server has answered; display thread */
    private static String loginMessage() throws InterruptedException {
        return ui.await("the login's message", () -> {
            String text = ui.find("login", "login.message", Label.class).getText();
            return text.isEmpty() || text.endsWith("…") ? null : text;
        });
    }

    private static void logout() throws InterruptedException {
        ui.press("workbench", "logout");
        ui.awaitShell("login");
    }

    private static void loginAsAdmin() throws InterruptedException {
        login("admin", DEMO_PASSWORD);
        ui.awaitShell("workbench");
        ui.await("the accounts", () -> ui.find("workbench", "users.table", Table.class).getItemCount() > 0);
    }

    /** @return the texts of the account's row in the users table, once it shows {@code expected} in column {@code column} */
    private static String[] row(String username, int column, String expected) throws InterruptedException {
        return ui.await(username + "'s row showing " + expected, () -> {
            for (TableItem item : ui.find("workbench", "users.table", Table.class).getItems()) {
                if (item.getText(0).equals(username) && item.getText(column).equals(expected)) {
                    return new String[] { item.getText(0), item.getText(1), item.getText(2), item.getText(3),
                            item.getText(4), item.getText(5) };
                }
            }
            return null;
        });
    }

    private static void select(String username) throws InterruptedException {
        int index = ui.await(username + " in the table", () -> {
            Table table = ui.find("workbench", "users.table", Table.class);
            for (int i = 0; i < table.getItemCount(); i++) {
                if (table.getItem(i).getText(0).equals(username)) {
                    return i;
                }
            }
            return null;
        });
        ui.run(() -> {
            Table table = ui.find("workbench", "users.table", Table.class);
            table.setSelection(index);
            table.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static String usersMessage(String startingWith) throws InterruptedException {
        return ui.await("the users view saying " + startingWith, () -> {
            String text = ui.find("workbench", "users.message", Label.class).getText();
            return text.startsWith(startingWith) ? text : null;
        });
    }

    @Test
    void account_shouldBeCreatedChangedAtFirstLoginLockedUnlockedResetAndDeactivated() throws Exception {
        String username = "sec.essai" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcdef").substring(0, 6);
        loginAsAdmin();

        // A password too short is refused next to its field, and nothing is created.
        ui.type("workbench", "users.create.username", username);
        ui.type("workbench", "users.create.displayName", "Élise Essai");
        ui.run(() -> ui.find("workbench", "users.create.role", Combo.class).select(2)); // Secrétariat
        ui.type("workbench", "users.create.temporaryPassword", "court");
        ui.press("workbench", "users.create.submit");
        assertThat(usersMessage("Corrigez")).isEqualTo("Corrigez les champs signalés.");
        assertThat(ui.sync(() -> ui.find("workbench", "users.create.temporaryPassword.error", Label.class).getText()))
                .isNotEmpty();

        ui.type("workbench", "users.create.temporaryPassword", TEMPORARY);
        ui.press("workbench", "users.create.submit");
        ui.statusMessage("Compte " + username + " créé", "changer son mot de passe à la première connexion.");
        assertThat(row(username, 5, "Oui")).as("must change its password").containsSubsequence("Élise Essai",
                "Secrétariat", "Actif");
        logout();

        // First login: the new password is chosen before anything else.
        login(username, TEMPORARY);
        ui.awaitShell("password-change");
        ui.type("password-change", "password.new", PERSONAL);
        ui.type("password-change", "password.confirm", PERSONAL);
        ui.press("password-change", "password.submit");
        ui.awaitShell("workbench");
        assertThat(ui.sync(() -> Ui.itemIds(ui.find("workbench", "nav", Table.class))))
                .as("a secretary's areas (the other tests' fixture contribution may be there too)")
                .contains("nav.patients", "nav.appointments").doesNotContain("nav.users");
        logout();

        // Five wrong passwords lock the account, which the login does not tell apart from a wrong
        // password; tries from this computer are then slowed down, and the login says how long to wait.
        String answer = "";
        for (int i = 0; i < 10 && !answer.startsWith("Trop d’essais"); i++) {
            login(username, "pas-le-bon-mot-de-passe");
            answer = loginMessage();
            if (i < 5) {
                assertThat(answer).startsWith("Identifiant ou mot de passe incorrect");
            }
            ui.run(() -> ui.find("login", "login.message", Label.class).setText(""));
        }
        assertThat(answer).matches("Trop d’essais manqués depuis ce poste : attendez \\d+ s avant de réessayer\\.");

        // The administrator sees the lock and lifts it.
        loginAsAdmin();
        String lockedUntil = ui.await("the lock shown", () -> {
            for (TableItem item : ui.find("workbench", "users.table", Table.class).getItems()) {
                if (item.getText(0).equals(username) && !item.getText(4).isEmpty()) {
                    return item.getText(4);
                }
            }
            return null;
        });
        assertThat(lockedUntil).isNotBlank();
        // Enter (or a double-click) on the row opens its actions, where the unlocking is offered.
        select(username);
        ui.run(() -> ui.find("workbench", "users.table", Table.class).notifyListeners(SWT.DefaultSelection, new Event()));
        ui.await("the row's actions shown", () -> ui.find("workbench", "users.table", Table.class).getMenu().isVisible());
        assertThat(ui.sync(() -> {
            List<String> enabled = new java.util.ArrayList<>();
            for (MenuItem item : ui.find("workbench", "users.table", Table.class).getMenu().getItems()) {
                if (item.isEnabled()) {
                    enabled.add(String.valueOf(item.getData(WidgetIds.KEY)));
                }
            }
            return enabled;
        })).containsExactly("users.menu.deactivate", "users.menu.reset", "users.menu.unlock");
        ui.run(() -> {
            Menu menu = ui.find("workbench", "users.table", Table.class).getMenu();
            menu.setVisible(false);
            for (MenuItem item : menu.getItems()) {
                if ("users.menu.unlock".equals(item.getData(WidgetIds.KEY))) {
                    item.notifyListeners(SWT.Selection, new Event());
                }
            }
        });
        ui.statusMessage("Compte " + username, "déverrouillé");
        row(username, 4, "");

        // A reset shows the new temporary password once, and the account must change it again.
        select(username);
        ui.press("workbench", "users.reset");
        String reset = usersMessage("Mot de passe temporaire de " + username);
        String temporary = reset.substring(reset.indexOf(" : ") + 3, reset.indexOf(" (à transmettre"));
        row(username, 5, "Oui");
        logout();
        login(username, temporary);
        ui.awaitShell("password-change");
        ui.type("password-change", "password.new", PERSONAL + "-bis");
        ui.type("password-change", "password.confirm", PERSONAL + "-bis");
        ui.press("password-change", "password.submit");
        ui.awaitShell("workbench");
        logout();

        // Deactivated, the account can no longer log in.
        loginAsAdmin();
        select(username);
        ui.press("workbench", "users.deactivate");
        ui.statusMessage("Compte " + username, "désactivé");
        row(username, 3, "Désactivé");
        logout();
        login(username, PERSONAL + "-bis");
        assertThat(loginMessage()).startsWith("Identifiant ou mot de passe incorrect");
        assertThat(ui.sync(() -> ui.shell("workbench"))).isNull();
        assertThat(ui.sync(() -> ui.find("login", "login.password", Text.class))).isNotNull();
    }
}
