package org.hygie.appointments.desktop.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.eclipse.swt.graphics.Rectangle;

/**
 * Where things are on the time grid: the time axis on the left, the headers on top (the days, then
 * the doctors of each day), a column per doctor per day, and a height per minute. Pure arithmetic
 * from the grid's size and {@link GridColumns}, so that painting and hit-testing agree.
 */
final class GridGeometry {
    static final int TIME_AXIS = 48;
    static final int HEADER_ROW = 22;
    /**
     * A half hour is never shorter than this by default: below it a block's line no longer fits (the
     * grid scrolls). The grid passes its font's own floor ({@link #minSlotHeight}).
     */
    static final int MIN_SLOT_HEIGHT = 24;
    /** Room around a block's line of text: its edge and padding above and below. */
    private static final int LINE_ROOM = 5;
    /** A half hour is never taller than this: a short day should not look stretched. */
    static final int MAX_SLOT_HEIGHT = 48;
    /** Space between two days of a week, so that the days read apart. */
    static final int DAY_GAP = 4;

    private final GridColumns grid;
    private final int width;
    private final int headerHeight;
    private final double pixelsPerMinute;

    /** @param width, height the room the grid is given */
    GridGeometry(GridColumns grid, int width, int height) {
        this(grid, width, height, MIN_SLOT_HEIGHT);
    }

    /**
     * @return the shortest half hour in which a line of the font fits, so that a working day of
     *         08:00–18:00 shows whole at 1280×800 rather than scrolled by a few rows
     */
    static int minSlotHeight(int lineHeight) {
        return Math.min(MIN_SLOT_HEIGHT, lineHeight + LINE_ROOM);
    }

    /**
     * @param width, height the room the grid is given
     * @param minSlot the shortest a half hour may be ({@link #minSlotHeight})
     */
    GridGeometry(GridColumns grid, int width, int height, int minSlot) {
        this.grid = grid;
        this.width = Math.max(width, TIME_AXIS + 1);
        this.headerHeight = HEADER_ROW * (grid.week() ? 2 : 1);
        int minutes = Math.max(1, grid.minutes());
        double fit = (double) Math.max(1, height - headerHeight) / minutes;
        double slot = Math.max(minSlot, Math.min(MAX_SLOT_HEIGHT, fit * Agenda.SLOT_MINUTES));
        this.pixelsPerMinute = slot / Agenda.SLOT_MINUTES;
    }

    /** @return the height the grid needs: more than it was given when the day is long */
    int height() {
        return headerHeight + (int) Math.ceil(grid.minutes() * pixelsPerMinute) + 1;
    }

    int headerHeight() {
        return headerHeight;
    }

    int columnCount() {
        return grid.columns().size();
    }

    private int gaps(int column) {
        return grid.doctorsPerDay() == 0 ? 0 : column / grid.doctorsPerDay() * DAY_GAP;
    }

    private double columnWidth() {
        int days = grid.days().size();
        int room = width - TIME_AXIS - Math.max(0, days - 1) * DAY_GAP;
        return columnCount() == 0 ? room : (double) room / columnCount();
    }

    /** @return the left edge of a column */
    int x(int column) {
        return TIME_AXIS + gaps(column) + (int) Math.round(column * columnWidth());
    }

    /** @return the width of a column (up to the next one) */
    int width(int column) {
        return (int) Math.round((column + 1) * columnWidth()) - (int) Math.round(column * columnWidth());
    }

    /** @return the column under {@code x}, or -1 (the time axis, a gap between days, beyond the last) */
    int columnAt(int x) {
        for (int c = 0; c < columnCount(); c++) {
            if (x >= x(c) && x < x(c) + width(c)) {
                return c;
            }
        }
        return -1;
    }

    /** @return the box of a day's header over its doctors' columns */
    Rectangle dayHeader(int dayIndex) {
        int firstColumn = dayIndex * grid.doctorsPerDay();
        int lastColumn = firstColumn + grid.doctorsPerDay() - 1;
        return new Rectangle(x(firstColumn), 0, x(lastColumn) + width(lastColumn) - x(firstColumn), HEADER_ROW);
    }

    /** @return the box of a column's doctor header */
    Rectangle doctorHeader(int column) {
        return new Rectangle(x(column), headerHeight - HEADER_ROW, width(column), HEADER_ROW);
    }

    /** @return the y of a time of day */
    int y(LocalTime time) {
        long seconds = java.time.Duration.between(grid.first(), time).toSeconds();
        return headerHeight + (int) Math.round(seconds / 60.0 * pixelsPerMinute);
    }

    /** @return the y of an instant in a column of {@code day}: the grid's bottom for a time past that day */
    int y(ZonedDateTime time, LocalDate day, ZoneId zone) {
        ZonedDateTime local = time.withZoneSameInstant(zone);
        if (local.toLocalDate().isAfter(day)) {
            return y(grid.end());
        }
        if (local.toLocalDate().isBefore(day)) {
            return y(grid.first());
        }
        LocalTime t = local.toLocalTime();
        return y(t.isBefore(grid.first()) ? grid.first() : t.isAfter(grid.end()) ? grid.end() : t);
    }

    /** @return the time of day at {@code y}, inside the grid's span */
    LocalTime timeAt(int y) {
        double minutes = (y - headerHeight) / pixelsPerMinute;
        long seconds = Math.round(Math.max(0, Math.min(grid.minutes(), minutes)) * 60);
        LocalTime t = grid.first().plusSeconds(seconds);
        return t.isBefore(grid.first()) ? LocalTime.MAX : t; // past midnight: the day's end
    }

    /** @return the box of [from, to) in a column, inside the grid */
    Rectangle box(int column, ZonedDateTime from, ZonedDateTime to, LocalDate day, ZoneId zone) {
        int top = y(from, day, zone);
        int bottom = Math.max(top + 3, y(to, day, zone));
        return new Rectangle(x(column), top, width(column), bottom - top);
    }
}
