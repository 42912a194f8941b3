package org.hygie.desktop.itest;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

/**
 * The keyboard commands of the users and patients views (Ctrl+F, Ctrl+N, F5), pressed as keys
 * reach the window, against the exported server with its demo data.
 */
class ShortcutsUiTest extends DesktopUiTest {
    private static void loginAs(String username, String table) throws InterruptedException {
        ui.login(server.uri, username, DEMO_PASSWORD);
        ui.awaitShell("workbench");
        ui.await("the rows of " + table, () -> ui.find("workbench", table, Table.class).getItemCount() > 0);
    }

    @Test
    void patients_shouldAnswerCtrlNCtrlFAndF5() throws Exception {
        loginAs("sec.petit", "patients.results");

        ui.key("workbench", SWT.MOD1, 'n');
        ui.await("a new patient's form, its first field focused", () -> "patients.form.lastName".equals(ui.focused())
                && ui.find("workbench", "patients.form.title", Label.class).getText().equals("Nouveau patient"));

        ui.key("workbench", SWT.MOD1, 'f');
        assertThat(ui.sync(ui::focused)).isEqualTo("patients.search");

        ui.type("workbench", "patients.search", "Lefèvre");
        ResultRow row = ui.await("Lefèvre among the results", () -> rowOf("LEFÈVRE "));
        String changed = row.firstName() + "-F5";
        assertThat(server.update("UPDATE patients_patient SET first_name = '" + changed + "' WHERE mrn = '" + row.mrn()
                + "'")).isOne();
        try {
            ui.key("workbench", SWT.NONE, SWT.F5);
            ui.await("the renamed patient after F5", () -> {
                ResultRow now = rowOf("LEFÈVRE ");
                return now != null && now.firstName().equals(changed);
            });
        } finally {
            server.update("UPDATE patients_patient SET first_name = '" + row.firstName() + "' WHERE mrn = '" + row.mrn()
                    + "'");
        }
    }

    @Test
    void users_shouldAnswerCtrlNCtrlFAndF5() throws Exception {
        loginAs("admin", "users.table");

        ui.key("workbench", SWT.MOD1, 'n');
        assertThat(ui.sync(ui::focused)).isEqualTo("users.create.username");
        ui.key("workbench", SWT.MOD1, 'f');
        assertThat(ui.sync(ui::focused)).isEqualTo("users.filter");

        String before = ui.await("bio.durand's name", () -> cell("bio.durand", 1));
        assertThat(server.update("UPDATE users_user SET display_name = '" + before + " (F5)' WHERE username = 'bio.durand'"))
                .isOne();
        try {
            ui.key("workbench", SWT.NONE, SWT.F5);
            ui.await("the renamed account after F5", () -> (before + " (F5)").equals(cell("bio.durand", 1)));
        } finally {
            server.update("UPDATE users_user SET display_name = '" + before + "' WHERE username = 'bio.durand'");
        }
    }

    private record ResultRow(String mrn, String firstName) {
    }

    /** @return the record number and first name of the first result whose name starts with {@code prefix}; display thread */
    private static ResultRow rowOf(String prefix) {
        for (TableItem item : ui.find("workbench", "patients.results", Table.class).getItems()) {
            if (item.getText(1).startsWith(prefix)) {
                return new ResultRow(item.getText(0), item.getText(1).substring(prefix.length()));
            }
        }
        return null;
    }

    /** @return the cell of the users table's row of {@code username}; display thread */
    private static String cell(String username, int column) {
        for (TableItem item : ui.find("workbench", "users.table", Table.class).getItems()) {
            if (item.getText(0).equals(username)) {
                return item.getText(column);
            }
        }
        return null;
    }
}
