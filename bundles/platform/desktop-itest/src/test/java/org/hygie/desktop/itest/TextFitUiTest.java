package org.hygie.desktop.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
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

    /** @return the cut texts of the window, each as "where: widget "text" needs n px, has m" */
    private static List<String> check(String shellId, String where) throws InterruptedException {
        ui.awaitShell(shellId);
        return ui.sync(() -> {
            Shell shell = ui.shell(shellId);
            shell.layout(true, true);
            List<String> found = new ArrayList<>();
            TextFit.Walk walk = TextFit.walk(shell);
            if (walk.measured() < MEASURED_AT_LEAST) {
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
