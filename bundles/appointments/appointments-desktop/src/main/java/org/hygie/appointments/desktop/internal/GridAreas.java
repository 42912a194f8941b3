package org.hygie.appointments.desktop.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.graphics.Rectangle;

/**
 * The boxes of the grid that answer a click: each appointment (side by side with those it overlaps,
 * a cancelled one next to the booking that took its time) and each free slot, in the columns of
 * {@link GridColumns}, placed by {@link GridGeometry}. What is painted and what is hit are the same
 * boxes. No drawing.
 */
final class GridAreas {
    /** A box of a column: an appointment, or a free slot ({@link Agenda.Row#free()}). */
    record Area(int column, Agenda.Row row, Rectangle box) {
    }

    private final List<Area> appointments;
    private final List<Area> free;

    private GridAreas(List<Area> appointments, List<Area> free) {
        this.appointments = appointments;
        this.free = free;
    }

    static GridAreas of(GridColumns grid, GridGeometry geometry, ZoneId zone) {
        List<Area> appointments = new ArrayList<>();
        List<Area> released = new ArrayList<>();
        List<Area> free = new ArrayList<>();
        for (int c = 0; c < grid.columns().size(); c++) {
            GridColumns.Column column = grid.columns().get(c);
            List<Agenda.Row> booked = column.rows().stream().filter(r -> !r.free() && holds(r))
                    .sorted(Comparator.comparing((Agenda.Row r) -> r.start().toInstant())).toList();
            // A cancelled or missed one frees its time: a narrow strip on the right, on top, so that
            // the free slot under it (or the booking that took its time) stays there to click.
            for (Agenda.Row row : column.rows()) {
                if (!row.free() && !holds(row)) {
                    Rectangle box = geometry.box(c, row.start(), row.end(), column.day(), zone);
                    int strip = Math.max(8, box.width / 3);
                    released.add(new Area(c, row, new Rectangle(box.x + box.width - strip - 1, box.y, strip, box.height)));
                }
            }
            int[] lane = lanes(booked);
            int lanes = 1;
            for (int l : lane) {
                lanes = Math.max(lanes, l + 1);
            }
            for (int i = 0; i < booked.size(); i++) {
                Agenda.Row row = booked.get(i);
                Rectangle box = geometry.box(c, row.start(), row.end(), column.day(), zone);
                int laneWidth = Math.max(4, (box.width - 2) / lanes);
                appointments.add(new Area(c, row, new Rectangle(box.x + 1 + lane[i] * laneWidth, box.y, laneWidth - 1,
                        box.height)));
            }
            for (Agenda.Row row : column.rows()) {
                if (row.free()) {
                    free.add(new Area(c, row, geometry.box(c, row.start(), row.end(), column.day(), zone)));
                }
            }
        }
        // The released strips first: they lie on top.
        released.addAll(appointments);
        return new GridAreas(List.copyOf(released), List.copyOf(free));
    }

    /** @return whether the appointment fills its time (active, or completed: its time was used) */
    private static boolean holds(Agenda.Row row) {
        return row.appointment().status().active()
                || row.appointment().status() == org.hygie.appointments.api.AppointmentStatus.COMPLETED;
    }

    /** @return the lane of each appointment (sorted by start): the first one free of any it overlaps */
    private static int[] lanes(List<Agenda.Row> booked) {
        int[] lane = new int[booked.size()];
        List<java.time.Instant> laneEnds = new ArrayList<>();
        for (int i = 0; i < booked.size(); i++) {
            Agenda.Row row = booked.get(i);
            int chosen = -1;
            for (int l = 0; l < laneEnds.size() && chosen < 0; l++) {
                if (!laneEnds.get(l).isAfter(row.start().toInstant())) {
                    chosen = l;
                }
            }
            if (chosen < 0) {
                chosen = laneEnds.size();
                laneEnds.add(row.end().toInstant());
            } else {
                laneEnds.set(chosen, row.end().toInstant());
            }
            lane[i] = chosen;
        }
        return lane;
    }

    List<Area> appointments() {
        return appointments;
    }

    List<Area> free() {
        return free;
    }

    /** @return the appointment under the point, else the free slot under it, else null */
    Area at(int x, int y) {
        for (Area a : appointments) {
            if (a.box().contains(x, y)) {
                return a;
            }
        }
        for (Area a : free) {
            if (a.box().contains(x, y)) {
                return a;
            }
        }
        return null;
    }
}
