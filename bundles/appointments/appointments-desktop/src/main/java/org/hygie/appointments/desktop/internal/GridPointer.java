package org.hygie.appointments.desktop.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.workbench.Texts;

/**
 * What the mouse and the keyboard do on the time grid: a click selects (and on a free slot, books
 * there), a double click or Enter opens an appointment, a scheduled block dragged elsewhere asks to
 * move it there (snapped to 5 minutes), the arrows walk the boxes, and the tooltip says in full what
 * is under the pointer. It asks; {@link Listener} decides. Display thread only.
 */
final class GridPointer {
    /** Moves shorter than this (pixels) are a click, not a drag. */
    static final int DRAG_THRESHOLD = 6;
    static final int SNAP_MINUTES = 5;

    /** What the user asked of the grid. */
    interface Listener {
        /** Another box (or none) is selected. */
        void selected();

        /** A click on a free slot: book there. */
        void book(GridAreas.Area slot);

        /** A double click or Enter on an appointment. */
        void open(GridAreas.Area appointment);

        /** A block dropped at another time or column. */
        void move(GridAreas.Area appointment, GridColumns.Column target, ZonedDateTime start);

        /** A double click on a week's day header: that day. */
        void openDay(java.time.LocalDate day);
    }

    private final TimeGrid grid;
    private final Texts texts;
    private final Listener listener;
    private GridAreas.Area pressed;
    private int pressX;
    private int pressY;
    private boolean dragging;
    private GridColumns.Column dropColumn;
    private ZonedDateTime dropStart;

    GridPointer(TimeGrid grid, Texts texts, Listener listener) {
        this.grid = grid;
        this.texts = texts;
        this.listener = listener;
        Canvas canvas = grid.canvas();
        canvas.addListener(SWT.MouseDown, this::down);
        canvas.addListener(SWT.MouseMove, this::moved);
        canvas.addListener(SWT.MouseUp, this::up);
        canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
        canvas.addListener(SWT.KeyDown, this::key);
        // A canvas takes no Tab by itself: let Tab leave it as from any field.
        canvas.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN);
        canvas.addListener(SWT.FocusIn, e -> canvas.redraw());
    }

    private void down(Event e) {
        grid.canvas().setFocus();
        if (e.button != 1) {
            return;
        }
        GridAreas.Area hit = grid.at(e.x, e.y);
        pressed = hit;
        pressX = e.x;
        pressY = e.y;
        dragging = false;
        if (hit != grid.selection()) {
            grid.select(hit);
            listener.selected();
        }
    }

    private void moved(Event e) {
        if (pressed == null || (e.stateMask & SWT.BUTTON1) == 0 && !dragging) {
            tooltip(e.x, e.y);
            return;
        }
        if (pressed.row().free() || pressed.row().appointment().status() != AppointmentStatus.SCHEDULED) {
            return; // only a scheduled appointment moves
        }
        if (!dragging && Math.abs(e.x - pressX) + Math.abs(e.y - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        int column = grid.geometry().columnAt(e.x);
        if (column < 0) {
            dropColumn = null;
            grid.ghost(null, null);
            return;
        }
        GridColumns.Column target = grid.grid().columns().get(column);
        // The block keeps where it was held: its top moves as much as the pointer.
        int top = pressed.box().y + (e.y - pressY);
        LocalTime time = snap(grid.geometry().timeAt(top));
        Duration length = Duration.between(pressed.row().start(), pressed.row().end());
        dropColumn = target;
        dropStart = target.day().atTime(time).atZone(grid.zone());
        Rectangle box = grid.geometry().box(column, dropStart, dropStart.plus(length), target.day(), grid.zone());
        grid.ghost(box, Agenda.time(dropStart) + "–" + Agenda.time(dropStart.plus(length)));
    }

    static LocalTime snap(LocalTime t) {
        int minutes = t.getHour() * 60 + t.getMinute() + (t.getSecond() >= 30 ? 1 : 0);
        int snapped = (minutes + SNAP_MINUTES / 2) / SNAP_MINUTES * SNAP_MINUTES;
        return snapped >= 24 * 60 ? LocalTime.of(23, 60 - SNAP_MINUTES) : LocalTime.of(snapped / 60, snapped % 60);
    }

    private void up(Event e) {
        GridAreas.Area was = pressed;
        boolean dropped = dragging;
        pressed = null;
        dragging = false;
        if (e.button != 1 || was == null) {
            return;
        }
        if (dropped) {
            grid.ghost(null, null);
            if (dropColumn != null && !(dropStart.toInstant().equals(was.row().start().toInstant())
                    && dropColumn.doctor().id().equals(was.row().appointment().doctorId()))) {
                listener.move(was, dropColumn, dropStart);
            }
        } else if (was.row().free() && grid.at(e.x, e.y) == was) {
            listener.book(was);
        }
    }

    private void doubleClick(Event e) {
        int column = grid.geometry().columnAt(e.x);
        if (grid.grid().week() && grid.inHeaders(e.y) && column >= 0) {
            listener.openDay(grid.grid().columns().get(column).day());
            return;
        }
        GridAreas.Area hit = grid.at(e.x, e.y);
        if (hit != null && !hit.row().free()) {
            grid.select(hit);
            listener.open(hit);
        }
    }

    private void tooltip(int x, int y) {
        GridAreas.Area hit = grid.at(x, y);
        String tip;
        if (hit != null) {
            tip = grid.describe(hit);
        } else {
            tip = header(x, y);
        }
        if (!java.util.Objects.equals(tip, grid.canvas().getToolTipText())) {
            grid.canvas().setToolTipText(tip);
        }
    }

    /** @return what the header or the shaded time under the pointer is, in full, or null */
    private String header(int x, int y) {
        int column = grid.geometry().columnAt(x);
        if (column < 0) {
            return null;
        }
        GridColumns.Column c = grid.grid().columns().get(column);
        if (grid.inHeaders(y)) {
            return c.doctor().displayName();
        }
        return texts.get("tip.closed", c.doctor().displayName());
    }

    private void key(Event e) {
        GridAreas.Area current = grid.selection();
        if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
            if (current != null && current.row().free()) {
                listener.book(current);
            } else if (current != null) {
                listener.open(current);
            }
            return;
        }
        if ((e.stateMask & SWT.MODIFIER_MASK) != 0) {
            return; // Alt+arrows are the workbench's commands
        }
        GridAreas.Area next = switch (e.keyCode) {
            case SWT.ARROW_UP -> step(current, -1);
            case SWT.ARROW_DOWN -> step(current, 1);
            case SWT.ARROW_LEFT -> across(current, -1);
            case SWT.ARROW_RIGHT -> across(current, 1);
            default -> current;
        };
        if (next != current && next != null) {
            grid.select(next);
            listener.selected();
        }
    }

    private GridAreas.Area step(GridAreas.Area current, int direction) {
        if (current == null) {
            List<GridAreas.Area> first = grid.column(0);
            return first.isEmpty() ? null : first.get(0);
        }
        List<GridAreas.Area> boxes = grid.column(current.column());
        int i = boxes.indexOf(current) + direction;
        return i >= 0 && i < boxes.size() ? boxes.get(i) : current;
    }

    private GridAreas.Area across(GridAreas.Area current, int direction) {
        if (current == null) {
            return step(null, 1);
        }
        int column = current.column() + direction;
        if (column < 0 || column >= grid.grid().columns().size()) {
            return current;
        }
        LocalTime at = current.row().start().toLocalTime();
        GridAreas.Area best = null;
        for (GridAreas.Area a : grid.column(column)) {
            if (best == null || Math.abs(Duration.between(a.row().start().toLocalTime(), at).toMinutes()) < Math
                    .abs(Duration.between(best.row().start().toLocalTime(), at).toMinutes())) {
                best = a;
            }
        }
        return best == null ? current : best;
    }
}
