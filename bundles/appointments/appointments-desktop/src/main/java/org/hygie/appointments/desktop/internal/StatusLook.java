package org.hygie.appointments.desktop.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.workbench.Texts;

/**
 * How each status reads on the grid and in its legend: a fill and an edge colour, and always an
 * icon and a word besides (never colour alone: it must read in grey and to a colour-blind eye).
 * The colours are made once per grid and disposed with it. Display thread only.
 */
final class StatusLook {
    /** The icon of each status: a shape that differs from the others, in the fonts every desktop has. */
    static String icon(AppointmentStatus status) {
        return switch (status) {
            case SCHEDULED -> "○";
            case CHECKED_IN -> "●";
            case COMPLETED -> "✓";
            case CANCELLED -> "✕";
            case NO_SHOW -> "⊘";
        };
    }

    private static RGB fillOf(AppointmentStatus status) {
        return switch (status) {
            case SCHEDULED -> new RGB(205, 225, 245);
            case CHECKED_IN -> new RGB(255, 214, 165);
            case COMPLETED -> new RGB(200, 232, 195);
            case CANCELLED -> new RGB(236, 236, 236);
            case NO_SHOW -> new RGB(248, 200, 200);
        };
    }

    private static RGB edgeOf(AppointmentStatus status) {
        return switch (status) {
            case SCHEDULED -> new RGB(40, 100, 170);
            case CHECKED_IN -> new RGB(200, 90, 0);
            case COMPLETED -> new RGB(40, 130, 60);
            case CANCELLED -> new RGB(130, 130, 130);
            case NO_SHOW -> new RGB(180, 30, 30);
        };
    }

    private final Texts texts;
    private final Map<AppointmentStatus, Color> fills = new EnumMap<>(AppointmentStatus.class);
    private final Map<AppointmentStatus, Color> edges = new EnumMap<>(AppointmentStatus.class);

    StatusLook(Display display, Texts texts) {
        this.texts = texts;
        for (AppointmentStatus s : AppointmentStatus.values()) {
            fills.put(s, new Color(display, fillOf(s)));
            edges.put(s, new Color(display, edgeOf(s)));
        }
    }

    Color fill(AppointmentStatus status) {
        return fills.get(status);
    }

    Color edge(AppointmentStatus status) {
        return edges.get(status);
    }

    /** @return the status in words, with its icon: "○ Prévu" */
    String label(AppointmentStatus status) {
        return icon(status) + " " + texts.get("status." + status);
    }

    void dispose() {
        fills.values().forEach(Color::dispose);
        edges.values().forEach(Color::dispose);
    }
}
