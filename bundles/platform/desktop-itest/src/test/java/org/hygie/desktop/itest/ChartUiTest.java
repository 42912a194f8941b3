package org.hygie.desktop.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.hygie.workbench.WidgetIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;

/**
 * The patient chart as users meet it: opened from the patients' list in a tab of its own, its
 * banner saying what is known of the allergies, its sections as the role and the installed bundles
 * allow; against the exported server with its demo patients.
 */
@ExtendWith(BundleContextExtension.class)
class ChartUiTest extends DesktopUiTest {
    @InjectBundleContext
    static BundleContext context;

    private static void loginAs(String username) throws InterruptedException {
        ui.login(server.uri, username, DEMO_PASSWORD);
        ui.awaitShell("workbench");
        ui.await("the patients", () -> ui.find("workbench", "patients.results", Table.class).getItemCount() > 0);
    }

    /**
     * Searches, then opens the chart of the patient whose name column is {@code name} as Enter or a
     * double-click does (the table's default selection). @return the chart's control
     */
    private static Composite openChart(String search, String name) throws InterruptedException {
        ui.type("workbench", "patients.search", search);
        int index = ui.await(name + " among the results", () -> {
            Table results = ui.find("workbench", "patients.results", Table.class);
            for (int i = 0; i < results.getItemCount(); i++) {
                // a typo-tolerant match carries " ≈" after the name
                if (results.getItem(i).getText(1).replace(" ≈", "").equals(name)) {
                    return i;
                }
            }
            return null;
        });
        ui.run(() -> {
            Table results = ui.find("workbench", "patients.results", Table.class);
            results.setSelection(index);
            results.notifyListeners(SWT.DefaultSelection, new Event());
        });
        return ui.await(name + "'s chart in front", () -> {
            Composite chart = shownChart();
            return chart != null && name.equals(textIn(chart, "chart.banner.name")) ? chart : null;
        });
    }

    /** Display thread: the chart in the front tab, or null when the front tab is an area's. */
    private static Composite shownChart() {
        CTabFolder tabs = ui.find("workbench", "tabs", CTabFolder.class);
        CTabItem item = tabs.getSelection();
        Control control = item == null ? null : item.getControl();
        Object id = control == null ? null : control.getData(WidgetIds.KEY);
        return id != null && id.toString().startsWith("chart.") ? (Composite) control : null;
    }

    /** Display thread: the chart tabs' titles, in order. */
    private static List<String> chartTabs() {
        List<String> titles = new ArrayList<>();
        for (CTabItem item : ui.find("workbench", "tabs", CTabFolder.class).getItems()) {
            if (String.valueOf(item.getData(WidgetIds.KEY)).startsWith("chart.tab.")) {
                titles.add(item.getText());
            }
        }
        return titles;
    }

    /** Display thread: the text of the label named id in the chart, or null. */
    private static String textIn(Composite chart, String id) {
        Widget widget = Ui.find(chart, id);
        return widget instanceof Label label ? label.getText() : null;
    }

    /** Display thread: whether the widget named id in the chart is there and showing. */
    private static boolean showing(Composite chart, String id) {
        Widget widget = Ui.find(chart, id);
        return widget instanceof Control control && control.isVisible();
    }

    /** Display thread: the ids of the chart's sections, in order. */
    private static List<String> sections(Composite chart) {
        List<String> ids = new ArrayList<>();
        collectSections(chart, ids);
        return ids;
    }

    private static void collectSections(Control control, List<String> ids) {
        Object id = control.getData(WidgetIds.KEY);
        if (id != null && id.toString().startsWith("chart.section.")) {
            ids.add(id.toString().substring("chart.section.".length()));
            return;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectSections(child, ids);
            }
        }
    }

    private static String bannerAllergies(Composite chart) throws InterruptedException {
        return ui.await("the banner's allergies", () -> {
            String text = textIn(chart, "chart.banner.allergies");
            return text == null || text.isEmpty() ? null : text;
        });
    }

    @Test
    void chart_openedFromTheListWithEnter_shouldShowHerSevereAllergyByIconAndWords() throws Exception {
        loginAs("dr.martin");
        Composite chart = openChart("dupont helene 1948", "DUPONT Hélène");

        assertThat(bannerAllergies(chart)).startsWith("ALLERGIE SÉVÈRE : ").contains("Pénicilline (Urticaire)");
        assertThat(ui.sync(() -> showing(chart, "chart.banner.severe"))).as("the icon beside the words").isTrue();
        assertThat(ui.sync(() -> textIn(chart, "chart.banner.identity"))).startsWith("Féminin · ")
                .contains("né(e) le 12/03/1948 · N° dossier ");
        assertThat(ui.sync(() -> chartTabs())).containsExactly("DUPONT Hélène");
        assertThat(ui.sync(() -> sections(chart))).startsWith("patients.demographics", "patients.allergies");
    }

    @Test
    void banner_shouldTellNoKnownAllergyFromNotRecorded() throws Exception {
        loginAs("dr.martin");
        // The demo states "no known allergy" for Hélène Dupond; nobody asked her namesake Helene Dupont.
        Composite stated = openChart("dupond helene", "DUPOND Hélène");
        assertThat(bannerAllergies(stated)).startsWith("Aucune allergie connue (déclaré par Hygie demo le ");
        assertThat(ui.sync(() -> showing(stated, "chart.banner.severe"))).isFalse();

        Composite unknown = openChart("dupont helene 1948", "DUPONT Helene");
        assertThat(bannerAllergies(unknown)).isEqualTo("Allergies : non renseignées");
        assertThat(ui.sync(() -> showing(unknown, "chart.banner.severe"))).isFalse();
        assertThat(ui.sync(() -> chartTabs())).as("each patient in a tab of its own")
                .containsExactly("DUPOND Hélène", "DUPONT Helene");
    }

    @Test
    void openChart_ofAnOpenPatient_shouldBringItsTabToTheFrontAndCloseWithIt() throws Exception {
        loginAs("dr.martin");
        Composite first = openChart("dupond helene", "DUPOND Hélène");
        openChart("fontaine mael", "FONTAINE Maël");
        Composite again = openChart("dupond helene", "DUPOND Hélène");
        assertThat(again).isSameAs(first);
        assertThat(ui.sync(() -> chartTabs())).containsExactly("DUPOND Hélène", "FONTAINE Maël");

        ui.run(() -> {
            for (CTabItem item : ui.find("workbench", "tabs", CTabFolder.class).getItems()) {
                if (item.getText().equals("DUPOND Hélène")) {
                    item.dispose(); // what the tab's close button does
                }
            }
        });
        assertThat(ui.sync(() -> chartTabs())).containsExactly("FONTAINE Maël");
        assertThat(ui.sync(() -> first.isDisposed())).as("the chart went with its tab").isTrue();
    }

    @Test
    void secretary_shouldSeeNeitherAllergiesInTheBannerNorTheirSection() throws Exception {
        loginAs("sec.petit");
        Composite chart = openChart("dupont helene 1948", "DUPONT Hélène");
        ui.await("the identity line", () -> textIn(chart, "chart.banner.identity").contains("N° dossier"));
        assertThat(ui.sync(() -> showing(chart, "chart.banner.allergies"))).isFalse();
        assertThat(ui.sync(() -> showing(chart, "chart.banner.severe"))).isFalse();
        assertThat(ui.sync(() -> sections(chart))).contains("patients.demographics").doesNotContain("patients.allergies");
    }

    @Test
    void demographics_shouldReadAsTextThenEditSaveConfirmAndShowTheNewValue() throws Exception {
        loginAs("sec.petit");
        Composite chart = openChart("fontaine mael", "FONTAINE Maël");
        ui.await("the address", () -> textIn(chart, "chart.demographics.address").contains("rue de la République"));
        assertThat(ui.sync(() -> Ui.find(chart, "chart.demographics.address") instanceof Text)).as("no field in view mode")
                .isFalse();
        ui.run(() -> press(chart, "chart.demographics.edit"));
        String address = "3 place Bellecour, 69002 Lyon " + System.nanoTime() % 1000;
        ui.run(() -> {
            Text field = (Text) Ui.find(chart, "chart.demographics.form.address");
            field.setText(address);
        });
        ui.run(() -> press(chart, "chart.demographics.save"));
        ui.await("the saved address shown as text", () -> address.equals(textIn(chart, "chart.demographics.address"))
                && showing(chart, "chart.demographics.address"));
        assertThat(ui.await("the confirmation", () -> {
            String text = ui.find("workbench", "status.message", Label.class).getText();
            return text.endsWith("enregistré") ? text : null;
        })).startsWith("Patient n° ");
        assertThat(server.count("SELECT count(*) FROM patients_patient WHERE address = '" + address + "'")).isEqualTo(1);
    }

    @Test
    void section_shouldLeaveAndComeBackWithItsBundleInAnOpenChart() throws Exception {
        Bundle appointments = bundle("org.hygie.appointments.desktop");
        loginAs("dr.martin");
        Composite chart = openChart("dupont helene 1948", "DUPONT Hélène");
        ui.await("the appointments section", () -> sections(chart).contains("appointments.patient"));
        try {
            appointments.stop();
            // Removal is synchronous (syncExec): once stop() returns, the section is gone.
            assertThat(ui.sync(() -> sections(chart))).doesNotContain("appointments.patient")
                    .contains("patients.demographics");
        } finally {
            appointments.start();
        }
        ui.await("the appointments section back", () -> sections(chart).contains("appointments.patient"));
        assertThat(ui.sync(() -> sections(chart))).as("in its place, after the patients area's")
                .containsExactly("patients.demographics", "patients.allergies", "appointments.patient");
    }

    @Test
    void allergy_correctedThenEnteredInError_shouldChangeTheBannerAndStayListed() throws Exception {
        loginAs("dr.martin");
        // The demo's Noël Perrin: iodine, moderate, and nobody else's test touches his allergies.
        Composite chart = openChart("perrin noel", "PERRIN Noël");
        assertThat(bannerAllergies(chart)).isEqualTo("Allergies : Iode (Érythème)");
        selectAllergy(chart, "Iode");
        ui.run(() -> press(chart, "chart.allergies.correct"));
        ui.awaitShell("allergy");
        ui.run(() -> ui.find("allergy", "allergy.severity", org.eclipse.swt.widgets.Combo.class).select(2)); // Sévère
        ui.press("allergy", "allergy.submit");
        ui.await("the dialog closed", () -> ui.shell("allergy") == null);
        assertThat(ui.await("the banner reloaded", () -> {
            String text = textIn(chart, "chart.banner.allergies");
            return text.startsWith("ALLERGIE SÉVÈRE") ? text : null;
        })).isEqualTo("ALLERGIE SÉVÈRE : Iode (Érythème)");
        assertThat(ui.sync(() -> showing(chart, "chart.banner.severe"))).isTrue();
        assertThat(ui.sync(() -> allergyRow(chart, "Iode"))).contains("Sévère", "Active").anyMatch(
                cell -> cell.startsWith("le ") && cell.endsWith(" par Dr Hélène Martin"));

        selectAllergy(chart, "Iode");
        ui.run(() -> press(chart, "chart.allergies.retract"));
        ui.awaitShell("retraction");
        ui.type("retraction", "retraction.reason", "Autre patient");
        ui.press("retraction", "retraction.submit");
        assertThat(ui.await("the banner without it", () -> {
            String text = textIn(chart, "chart.banner.allergies");
            return text.startsWith("ALLERGIE") ? null : text;
        })).isEqualTo("Allergies : non renseignées");
        assertThat(ui.sync(() -> showing(chart, "chart.banner.severe"))).isFalse();
        assertThat(ui.sync(() -> allergyRow(chart, "Iode"))).as("kept, said so in words")
                .contains("Saisie erronée (Autre patient)");

        ui.run(() -> press(chart, "chart.allergies.noneKnown"));
        assertThat(ui.await("the statement in the banner", () -> {
            String text = textIn(chart, "chart.banner.allergies");
            return text.startsWith("Aucune") ? text : null;
        })).startsWith("Aucune allergie connue (déclaré par Dr Hélène Martin le ");
    }

    @Test
    void allergy_pickedFromTheCatalogueAsTyped_shouldBeRecordedCoded() throws Exception {
        loginAs("dr.martin");
        // The demo's Hervé Rivière: no allergy, and nobody else's test touches his.
        Composite chart = openChart("riviere herve", "RIVIÈRE Hervé");
        ui.run(() -> press(chart, "chart.allergies.add"));
        ui.awaitShell("allergy");
        assertThat(ui.sync(() -> ui.find("allergy", "allergy.allergenCode", Label.class).getText()))
                .isEqualTo("Texte libre (non codé)");
        ui.type("allergy", "allergy.substance", "penic");
        String first = ui.await("the catalogue's answer", () -> {
            org.eclipse.swt.widgets.List list = ui.find("allergy", "allergy.allergens", org.eclipse.swt.widgets.List.class);
            return list.getItemCount() > 0 ? list.getItem(0) : null;
        });
        assertThat(first).isEqualTo("Pénicillines (classe)");
        ui.run(() -> {
            org.eclipse.swt.widgets.List list = ui.find("allergy", "allergy.allergens", org.eclipse.swt.widgets.List.class);
            list.setSelection(0);
            list.notifyListeners(SWT.Selection, new Event());
        });
        assertThat(ui.sync(() -> ui.find("allergy", "allergy.substance", Text.class).getText())).isEqualTo("Pénicillines");
        assertThat(ui.sync(() -> ui.find("allergy", "allergy.allergenCode", Label.class).getText()))
                .isEqualTo("Pénicillines (classe) — code atc:J01C");
        ui.press("allergy", "allergy.submit");
        ui.await("the dialog closed", () -> ui.shell("allergy") == null);
        assertThat(ui.await("the allergy listed", () -> allergyRow(chart, "Pénicillines"))).isNotNull();
    }

    /** Selects the allergy row of the substance in the chart's allergies table, as a click does. */
    private static void selectAllergy(Composite chart, String substance) throws InterruptedException {
        ui.await("the allergy " + substance, () -> allergyRow(chart, substance) != null);
        ui.run(() -> {
            Table table = (Table) Ui.find(chart, "chart.allergies.table");
            for (int i = 0; i < table.getItemCount(); i++) {
                if (table.getItem(i).getText(0).equals(substance)) {
                    table.setSelection(i);
                    table.notifyListeners(SWT.Selection, new Event());
                }
            }
        });
    }

    /** Display thread: the cells of the substance's row in the chart's allergies table, or null. */
    private static List<String> allergyRow(Composite chart, String substance) {
        Table table = (Table) Ui.find(chart, "chart.allergies.table");
        for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
            if (item.getText(0).equals(substance)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < table.getColumnCount(); i++) {
                    cells.add(item.getText(i));
                }
                return cells;
            }
        }
        return null;
    }

    private static Bundle bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().equals(symbolicName)) {
                return bundle;
            }
        }
        throw new AssertionError(symbolicName + " is not installed");
    }

    /** Display thread: presses the button named id in the chart, as a user would. */
    private static void press(Composite chart, String id) {
        org.eclipse.swt.widgets.Button button = (org.eclipse.swt.widgets.Button) Ui.find(chart, id);
        assertThat(button.isEnabled() && button.isVisible()).as(id + " usable").isTrue();
        button.notifyListeners(SWT.Selection, new Event());
    }
}
