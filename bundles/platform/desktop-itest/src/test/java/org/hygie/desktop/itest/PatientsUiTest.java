package org.hygie.desktop.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * The patients view where a mistake would cost most: a likely duplicate is shown before the record
 * exists, an edit that someone else overtook is refused without losing what was typed, and a
 * doctor records an allergy; against the exported server with its demo patients.
 */
class PatientsUiTest extends DesktopUiTest {
    private static void loginAs(String username) throws InterruptedException {
        ui.login(server.uri, username, DEMO_PASSWORD);
        ui.awaitShell("workbench");
        ui.await("the patients", () -> ui.find("workbench", "patients.results", Table.class).getItemCount() > 0);
    }

    private static String formMessage() throws InterruptedException {
        return ui.await("the form's message", () -> {
            String text = ui.find("workbench", "patients.form.message", Label.class).getText();
            return text.isEmpty() ? null : text;
        });
    }

    /** Searches, then opens the first patient whose name column is {@code name}. */
    private static void open(String search, String name) throws InterruptedException {
        ui.type("workbench", "patients.search", search);
        int index = ui.await(name + " among the results", () -> {
            Table results = ui.find("workbench", "patients.results", Table.class);
            for (int i = 0; i < results.getItemCount(); i++) {
                if (results.getItem(i).getText(1).equals(name)) {
                    return i;
                }
            }
            return null;
        });
        ui.run(() -> {
            Table results = ui.find("workbench", "patients.results", Table.class);
            results.setSelection(index);
            results.notifyListeners(SWT.Selection, new Event());
        });
        ui.await(name + "'s record in the form", () -> ui.find("workbench", "patients.form.title", Label.class)
                .getText().startsWith("Patient n° "));
    }

    private static void fillNewPatient(String lastName, String firstName, String birthDate) throws InterruptedException {
        ui.press("workbench", "patients.new");
        ui.type("workbench", "patients.form.lastName", lastName);
        ui.type("workbench", "patients.form.firstName", firstName);
        ui.type("workbench", "patients.form.birthDate", birthDate);
        ui.run(() -> ui.find("workbench", "patients.form.sex", Combo.class).select(0));
        ui.press("workbench", "patients.form.save");
    }

    private static final String NOELS = "SELECT count(*) FROM patients_patient WHERE first_name IN ('Bénédicte', 'Benedicte')"
            + " AND last_name IN ('Noël', 'Noel') AND birth_date = DATE '1963-12-25'";

    @Test
    void creation_ofALikelyDuplicate_shouldWarnBeforeTheRecordExistsAndCreateOnlyWhenConfirmed() throws Exception {
        loginAs("sec.petit");
        long before = server.count(NOELS);

        // The demo's Bénédicte Noël, born 25/12/1963, typed again without accents.
        fillNewPatient("Noel", "Benedicte", "25/12/1963");
        ui.awaitShell("duplicates");
        assertThat(ui.sync(() -> ui.find("duplicates", "duplicates.list", Table.class).getItem(0).getText(1)))
                .isEqualTo("Noël Bénédicte");
        ui.press("duplicates", "duplicates.cancel");
        ui.await("the warning closed", () -> ui.shell("duplicates") == null);
        assertThat(server.count(NOELS)).as("nothing created").isEqualTo(before);

        fillNewPatient("Noel", "Benedicte", "25/12/1963");
        ui.awaitShell("duplicates");
        ui.press("duplicates", "duplicates.confirm");
        assertThat(formMessage()).startsWith("Patient créé : n° ").contains("Attention, doublon possible");
        assertThat(server.count(NOELS)).as("created once confirmed").isEqualTo(before + 1);
    }

    @Test
    void edit_overtakenBySomeoneElse_shouldBeRefusedKeepingWhatWasTyped() throws Exception {
        loginAs("sec.petit");
        open("lefebvre zoe", "LEFEBVRE Zoé");
        String phone = "01 23 45 67 89";
        ui.type("workbench", "patients.form.phone", phone);

        // Meanwhile another secretary saves the same record.
        assertThat(server.update("UPDATE patients_patient SET version = version + 1, address = 'Ailleurs'"
                + " WHERE last_name = 'Lefebvre' AND first_name = 'Zoé'")).isEqualTo(1);
        ui.press("workbench", "patients.form.save");
        assertThat(formMessage()).isEqualTo("Quelqu’un d’autre a modifié cet élément entre-temps : rechargez-le puis recommencez.");
        assertThat(ui.sync(() -> ui.find("workbench", "patients.form.phone", Text.class).getText()))
                .as("what the user typed is still there").isEqualTo(phone);
    }

    @Test
    void doctor_shouldSeeAndRecordAllergiesWhichASecretaryDoesNotSee() throws Exception {
        loginAs("dr.martin");
        open("dupont helene 1948", "DUPONT Hélène");
        ui.await("her penicillin allergy", () -> firstColumnContains("Pénicilline"));
        String substance = "Iode " + UUID.randomUUID().toString().substring(0, 4);
        ui.type("workbench", "patients.allergies.substance", substance);
        ui.type("workbench", "patients.allergies.reaction", "Urticaire");
        ui.run(() -> ui.find("workbench", "patients.allergies.severity", Combo.class).select(1));
        ui.press("workbench", "patients.allergies.add");
        ui.await("the new allergy listed", () -> firstColumnContains(substance));
        ui.press("workbench", "logout");

        loginAs("sec.petit");
        open("dupont helene 1948", "DUPONT Hélène");
        assertThat(ui.sync(() -> {
            Table allergies = ui.find("workbench", "patients.allergies.table", Table.class);
            return allergies == null || !visible(allergies);
        })).as("no clinical data for a secretary").isTrue();
    }

    /** Display thread. */
    private static boolean firstColumnContains(String text) {
        Table table = ui.find("workbench", "patients.allergies.table", Table.class);
        for (TableItem item : table.getItems()) {
            if (item.getText(0).equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** Display thread: whether the control and all its parents are visible. */
    private static boolean visible(org.eclipse.swt.widgets.Control control) {
        for (org.eclipse.swt.widgets.Control c = control; c != null; c = c.getParent()) {
            if (!c.getVisible()) {
                return false;
            }
            if (c instanceof org.eclipse.swt.widgets.Shell) {
                break;
            }
        }
        return true;
    }
}
