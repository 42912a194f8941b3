package org.hygie.appointments.desktop.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;

/**
 * The grid's context menu: what can be done with the box under the pointer, which it selects first
 * (book a free slot; check in, complete, mark absent, cancel, move an appointment, or open its
 * patient's chart), each enabled only when it applies. The same actions as the bar's
 * ({@link AgendaActions}). Items are named {@code agenda.menu.<action>}. Display thread only.
 */
final class AgendaMenu {
    private static final List<String> ON_APPOINTMENT = List.of("open", "chart", "checkIn", "complete", "noShow",
            "cancel", "reschedule");

    AgendaMenu(TimeGrid grid, Texts texts, AgendaActions actions, Runnable selected) {
        Menu menu = new Menu(grid.canvas());
        grid.canvas().setMenu(menu);
        grid.canvas().addListener(SWT.MenuDetect, e -> {
            Point at = grid.canvas().toControl(e.x, e.y);
            GridAreas.Area hit = grid.at(at.x, at.y);
            if (hit != grid.selection() && hit != null) {
                grid.select(hit);
                selected.run();
            }
            for (MenuItem item : menu.getItems()) {
                item.dispose();
            }
            if (hit == null) {
                e.doit = false; // nothing to act on: no menu
                return;
            }
            for (String action : hit.row().free() ? List.of("book") : ON_APPOINTMENT) {
                MenuItem item = new MenuItem(menu, SWT.PUSH);
                item.setData(WidgetIds.KEY, "agenda.menu." + action);
                item.setText(texts.get("menu." + action));
                item.setEnabled(actions.enabled(action));
                item.addListener(SWT.Selection, x -> actions.perform(action));
            }
        });
    }
}
