package org.hygie.appointments.desktop.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;

/**
 * The legend under the grid: each status as its blocks show it (colour, icon and word), a free
 * time and a time outside the doctor's hours. Display thread only.
 */
final class AgendaLegend {
    AgendaLegend(Composite parent, Texts texts, StatusLook look) {
        Composite legend = WidgetIds.name(new Composite(parent, SWT.NONE), "agenda.legend");
        legend.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.marginLeft = 0;
        layout.spacing = 8;
        legend.setLayout(layout);
        new Label(legend, SWT.NONE).setText(texts.get("legend.title"));
        for (AppointmentStatus status : AppointmentStatus.values()) {
            Label entry = WidgetIds.name(new Label(legend, SWT.BORDER), "agenda.legend." + status);
            entry.setText(" " + look.label(status) + " ");
            entry.setBackground(look.fill(status));
            entry.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        }
        Label free = WidgetIds.name(new Label(legend, SWT.BORDER), "agenda.legend.free");
        free.setText(" " + texts.get("legend.free") + " ");
        free.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        free.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        Label closed = WidgetIds.name(new Label(legend, SWT.BORDER), "agenda.legend.closed");
        closed.setText(" " + texts.get("legend.closed") + " ");
        Color shade = new Color(parent.getDisplay(), new RGB(222, 222, 222));
        closed.setBackground(shade);
        closed.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        closed.addListener(SWT.Dispose, e -> shade.dispose());
    }
}
