package org.hygie.desktop.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * What the user sees after acting: a confirmation in the status bar, the created patient selected
 * in the list, field errors in full beside their fields, read-only fields that look read-only.
 */
class FeedbackUiTest extends DesktopUiTest {
    private static void loginAs(String username) throws InterruptedException {
        ui.login(server.uri, username, DEMO_PASSWORD);
        ui.awaitShell("workbench");
        ui.await("the patients", () -> ui.find("workbench", "patients.results", Table.class).getItemCount() > 0);
    }

    @Test
    void creation_shouldBeConfirmedInTheStatusBarWithThePatientSelectedInTheList() throws Exception {
        loginAs("sec.petit");
        String lastName = "Confirmé" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcdef").substring(0, 6);
        ui.press("workbench", "patients.new");
        assertThat(ui.sync(ui::focused)).as("a new form starts at its first field").isEqualTo("patients.form.lastName");
        ui.type("workbench", "patients.form.lastName", lastName);
        ui.type("workbench", "patients.form.firstName", "Anne");
        ui.type("workbench", "patients.form.birthDate", "02/02/1972");
        ui.run(() -> ui.find("workbench", "patients.form.sex", Combo.class).select(0));
        ui.press("workbench", "patients.form.save");

        String confirmed = ui.statusMessage("Patient créé : n° ", "");
        String mrn = confirmed.substring("Patient créé : n° ".length());
        String selected = ui.await("the created patient selected in the list", () -> {
            TableItem[] selection = ui.find("workbench", "patients.results", Table.class).getSelection();
            return selection.length == 1 && selection[0].getText(0).equals(mrn) ? selection[0].getText(1) : null;
        });
        assertThat(selected).isEqualTo(lastName.toUpperCase(java.util.Locale.FRENCH) + " Anne");
    }

    @Test
    void fieldErrors_shouldShowInFullBesideTheirFields() throws Exception {
        loginAs("sec.petit");
        ui.press("workbench", "patients.new");
        ui.type("workbench", "patients.form.firstName", "Anne");
        ui.type("workbench", "patients.form.birthDate", "02/02/2090");
        ui.type("workbench", "patients.form.nir", "123");
        ui.press("workbench", "patients.form.save");

        ui.await("the last name's error", () -> !ui.find("workbench", "patients.form.lastName.error", Label.class)
                .getText().isEmpty());
        assertThat(ui.sync(() -> List.of(text("lastName"), text("birthDate"), text("sex"), text("nir"))))
                .allSatisfy(error -> assertThat(error).isNotEmpty());
        List<TextFit.Cut> cuts = ui.sync(() -> TextFit.cuts(ui.shell("workbench")));
        assertThat(cuts).as("texts cut once the errors show").isEmpty();
    }

    @Test
    void readOnlyFields_shouldLookReadOnly() throws Exception {
        loginAs("bio.durand");
        ui.run(() -> {
            Table results = ui.find("workbench", "patients.results", Table.class);
            results.setSelection(0);
            results.notifyListeners(SWT.Selection, new Event());
        });
        ui.await("a patient in the form", () -> !ui.find("workbench", "patients.form.lastName", Text.class).getText()
                .isEmpty());
        ui.run(() -> {
            Text field = ui.find("workbench", "patients.form.lastName", Text.class);
            assertThat(field.getEditable()).isFalse();
            assertThat(field.getBackground()).as("the window's colour, not an input box's")
                    .isEqualTo(field.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        });
    }

    /** Display thread. */
    private static String text(String field) {
        return ui.find("workbench", "patients.form." + field + ".error", Label.class).getText();
    }
}
