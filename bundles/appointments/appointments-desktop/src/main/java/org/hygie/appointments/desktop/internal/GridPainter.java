package org.hygie.appointments.desktop.internal;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.appointments.api.WorkingPeriod;
import org.hygie.workbench.Texts;

/**
 * Paints the time grid: the time axis, the day and doctor headers (names shortened to fit, {@link
 * Fitting}), the doctor's hours light and the rest shaded, the half hours, the appointments as
 * blocks as tall as they last in their status's colour with its icon and word ({@link StatusLook}),
 * the selection, the present time, and the block being dragged. Display thread only; the colours
 * it makes are disposed with it.
 */
final class GridPainter {
    private static final int PAD = 3;

    private final Texts texts;
    private final DateTimeFormatter dayHeader;
    private final StatusLook look;
    private final Color shade;
    private final Color open;
    private final Color halfHour;
    private final Color hour;
    private final Color header;
    private final Color now;
    private final Color freeText;
    private final Color selected;

    GridPainter(Display display, Texts texts, DateTimeFormatter dayHeader, StatusLook look) {
        this.texts = texts;
        this.dayHeader = dayHeader;
        this.look = look;
        shade = new Color(display, new RGB(222, 222, 222));
        open = display.getSystemColor(SWT.COLOR_LIST_BACKGROUND);
        halfHour = new Color(display, new RGB(235, 235, 235));
        hour = new Color(display, new RGB(200, 200, 200));
        header = display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND);
        now = new Color(display, new RGB(210, 0, 0));
        freeText = new Color(display, new RGB(120, 120, 120));
        selected = display.getSystemColor(SWT.COLOR_LIST_SELECTION);
    }

    /** What one paint shows. */
    record Scene(GridColumns grid, GridGeometry geometry, GridAreas areas, ZoneId zone,
            Function<Appointment, String> names, GridAreas.Area selection, Rectangle dragged, String draggedText,
            int top) {
    }

    void paint(GC gc, Rectangle size, Scene s) {
        gc.setBackground(header);
        gc.fillRectangle(size);
        GridColumns grid = s.grid();
        GridGeometry g = s.geometry();
        if (grid.columns().isEmpty()) {
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText(texts.get("doctors.none"), GridGeometry.TIME_AXIS, PAD, true);
            return;
        }
        int bottom = g.height() - 1;
        for (int c = 0; c < grid.columns().size(); c++) {
            column(gc, s, c, bottom);
        }
        timeAxis(gc, s, bottom);
        for (GridAreas.Area a : s.areas().free()) {
            free(gc, s, a);
        }
        // From the last to the first: the released strips, first in the list, lie on top.
        List<GridAreas.Area> blocks = s.areas().appointments();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            block(gc, s, blocks.get(i));
        }
        presentTime(gc, s);
        if (s.dragged() != null) {
            gc.setForeground(selected);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.setLineWidth(2);
            gc.drawRectangle(s.dragged());
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.setLineWidth(1);
            gc.drawText(s.draggedText(), s.dragged().x + PAD, s.dragged().y + PAD, true);
        }
        // Last, over what scrolled under them: the headers stay at the top of what shows.
        gc.setBackground(header);
        gc.fillRectangle(0, s.top(), size.width, g.headerHeight());
        headers(gc, s);
    }

    private void column(GC gc, Scene s, int c, int bottom) {
        GridGeometry g = s.geometry();
        GridColumns.Column column = s.grid().columns().get(c);
        int x = g.x(c);
        int w = g.width(c);
        int top = g.headerHeight();
        gc.setBackground(shade);
        gc.fillRectangle(x, top, w, bottom - top);
        gc.setBackground(open);
        for (WorkingPeriod p : column.periods()) {
            int y1 = g.y(p.start());
            int y2 = g.y(p.end().isBefore(p.start()) ? LocalTime.MAX : p.end());
            gc.fillRectangle(x, y1, w, y2 - y1);
        }
        for (LocalTime t = s.grid().first(); t.isBefore(s.grid().end()); t = t.plusMinutes(Agenda.SLOT_MINUTES)) {
            gc.setForeground(t.getMinute() == 0 ? hour : halfHour);
            int y = g.y(t);
            gc.drawLine(x, y, x + w - 1, y);
            if (t.plusMinutes(Agenda.SLOT_MINUTES).isBefore(t)) {
                break;
            }
        }
        gc.setForeground(hour);
        gc.drawLine(x + w - 1, top, x + w - 1, bottom);
    }

    private void timeAxis(GC gc, Scene s, int bottom) {
        GridGeometry g = s.geometry();
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        for (LocalTime t = s.grid().first(); t.isBefore(s.grid().end()); t = t.plusMinutes(Agenda.SLOT_MINUTES)) {
            if (t.getMinute() == 0) {
                String label = Agenda.time(t);
                int y = g.y(t);
                gc.drawText(label, GridGeometry.TIME_AXIS - gc.textExtent(label).x - PAD * 2,
                        Math.min(bottom - gc.getFontMetrics().getHeight(), y + 1), true);
            }
            if (t.plusMinutes(Agenda.SLOT_MINUTES).isBefore(t)) {
                break;
            }
        }
    }

    private void headers(GC gc, Scene s) {
        GridColumns grid = s.grid();
        GridGeometry g = s.geometry();
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        if (grid.week()) {
            for (int d = 0; d < grid.days().size(); d++) {
                Rectangle box = down(g.dayHeader(d), s.top());
                centred(gc, dayHeader.format(grid.days().get(d)), box);
                gc.setForeground(hour);
                gc.drawLine(box.x, box.y + box.height - 1, box.x + box.width - 1, box.y + box.height - 1);
                gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            }
        }
        for (int c = 0; c < grid.columns().size(); c++) {
            Rectangle box = down(g.doctorHeader(c), s.top());
            String name = Fitting.fit(Fitting.doctorForms(grid.columns().get(c).doctor().displayName()),
                    box.width - PAD * 2, text -> gc.textExtent(text).x);
            centred(gc, name, box);
        }
    }

    private static Rectangle down(Rectangle box, int by) {
        return new Rectangle(box.x, box.y + by, box.width, box.height);
    }

    private static void centred(GC gc, String text, Rectangle box) {
        int w = gc.textExtent(text).x;
        gc.drawText(text, box.x + Math.max(PAD, (box.width - w) / 2),
                box.y + (box.height - gc.getFontMetrics().getHeight()) / 2, true);
    }

    private void free(GC gc, Scene s, GridAreas.Area a) {
        Rectangle b = a.box();
        if (a.equals(s.selection())) {
            gc.setForeground(selected);
            gc.setLineWidth(2);
            gc.drawRectangle(b.x + 1, b.y + 1, b.width - 3, b.height - 2);
            gc.setLineWidth(1);
        }
        // The word "free" where it fits: in a day, not in a week's narrow columns.
        String word = Agenda.time(a.row().start()) + " " + texts.get("slot.free");
        int lineHeight = gc.getFontMetrics().getHeight();
        if (!s.grid().week() && gc.textExtent(word).x + PAD * 2 <= b.width && b.height >= lineHeight) {
            gc.setForeground(freeText);
            gc.drawText(word, b.x + PAD, b.y + (b.height - lineHeight) / 2, true);
        }
    }

    private void block(GC gc, Scene s, GridAreas.Area a) {
        Appointment appointment = a.row().appointment();
        AppointmentStatus status = appointment.status();
        Rectangle b = a.box();
        gc.setBackground(look.fill(status));
        gc.fillRectangle(b.x, b.y + 1, b.width, b.height - 1);
        gc.setBackground(look.edge(status));
        gc.fillRectangle(b.x, b.y + 1, 3, b.height - 1); // the status's edge on the left
        gc.setForeground(look.edge(status));
        gc.drawRectangle(b.x, b.y + 1, b.width - 1, b.height - 2);
        if (a.equals(s.selection())) {
            gc.setForeground(selected);
            gc.setLineWidth(3);
            gc.drawRectangle(b.x + 1, b.y + 2, b.width - 3, b.height - 4);
            gc.setLineWidth(1);
        }
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        gc.setClipping(b);
        int lineHeight = gc.getFontMetrics().getHeight();
        int room = b.width - PAD * 2 - 3;
        String icon = StatusLook.icon(status) + " ";
        String painted = blockText(gc, icon, s.names().apply(appointment), b.width);
        int y = b.y + Math.max(1, Math.min(PAD, (b.height - lineHeight) / 2));
        gc.drawText(painted, b.x + 3 + PAD, y, true);
        if (b.height >= lineHeight * 2 + PAD) {
            String second = Agenda.time(a.row().start()) + "–" + Agenda.time(a.row().end()) + " · "
                    + texts.get("status." + status);
            if (appointment.reason() != null) {
                second += " · " + appointment.reason();
            }
            String shown = gc.textExtent(second).x <= room ? second : Agenda.time(a.row().start());
            gc.drawText(shown, b.x + 3 + PAD, y + lineHeight, true);
        }
        if (!status.active() && status != AppointmentStatus.COMPLETED) {
            // Struck through: its time is free again.
            int mid = y + lineHeight / 2;
            gc.setForeground(look.edge(status));
            gc.drawLine(b.x + 3 + PAD, mid, b.x + 3 + PAD + gc.textExtent(painted).x, mid);
        }
        gc.setClipping((Rectangle) null);
    }

    /**
     * @return the patient's name as a block {@code width} wide shows it after its status icon: the
     *         longest of its forms that fits ({@link Fitting#patientForms}), down to initials; empty
     *         when not even those fit (a sliver beside an overlapping block: the name is on hover)
     */
    static String blockName(GC gc, String icon, String name, int width) {
        int room = width - PAD * 2 - 3 - gc.textExtent(icon).x;
        String fitted = Fitting.fit(Fitting.patientForms(name), room, text -> gc.textExtent(text).x);
        return gc.textExtent(fitted).x <= room ? fitted : "";
    }

    /** @return the text a block {@code width} wide paints: icon and name, the icon alone, or nothing */
    static String blockText(GC gc, String icon, String name, int width) {
        String fitted = blockName(gc, icon, name, width);
        if (!fitted.isEmpty()) {
            return icon + fitted;
        }
        return gc.textExtent(icon.strip()).x <= width - PAD * 2 - 3 ? icon.strip() : "";
    }

    /** @return whether {@link #blockText} fits its block of {@code width} (it is made to) */
    static boolean blockNameFits(GC gc, String icon, String name, int width) {
        return gc.textExtent(blockText(gc, icon, name, width)).x <= width - PAD * 2 - 3;
    }

    private void presentTime(GC gc, Scene s) {
        ZonedDateTime present = ZonedDateTime.now(s.zone());
        GridGeometry g = s.geometry();
        LocalTime t = present.toLocalTime();
        if (t.isBefore(s.grid().first()) || !t.isBefore(s.grid().end())) {
            return;
        }
        gc.setForeground(now);
        gc.setLineWidth(2);
        for (int c = 0; c < s.grid().columns().size(); c++) {
            if (s.grid().columns().get(c).day().equals(present.toLocalDate())) {
                int y = g.y(t);
                gc.drawLine(g.x(c), y, g.x(c) + g.width(c) - 2, y);
            }
        }
        gc.setLineWidth(1);
    }

    void dispose() {
        shade.dispose();
        halfHour.dispose();
        hour.dispose();
        now.dispose();
        freeText.dispose();
    }
}
