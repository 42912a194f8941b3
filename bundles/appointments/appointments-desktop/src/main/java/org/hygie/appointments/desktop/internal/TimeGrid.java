package org.hygie.appointments.desktop.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.hygie.appointments.api.Appointment;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;

/**
 * The agenda's time grid: a canvas painted by {@link GridPainter}, its boxes ({@link GridAreas}),
 * the one selected box, and the block being dragged. It scrolls when the day is too long to read
 * in the room it has. The mouse and keyboard are {@link GridPointer}'s. Display thread only.
 *
 * <p>For tests and assistive tools it publishes on the canvas, under {@code "areas"}, each box by a
 * key {@code kind|username|yyyy-MM-dd|HH:mm|text} ({@code kind} {@code free} or {@code appointment},
 * {@code text} the appointment's patient, status and reason), under {@code "headers"} each
 * doctor header's full name with the form painted, and under {@code "blocks"} each appointment's
 * patient, day and time ({@code name|yyyy-MM-dd|HH:mm}) with the form of the name painted and
 * whether it fits ({@code form|true}).
 */
final class TimeGrid {
    private final ScrolledComposite scroll;
    private final Canvas canvas;
    private final GridPainter painter;
    private final StatusLook look;
    private final Texts texts;
    private GridColumns grid = GridColumns.none();
    private ZoneId zone = ZoneId.systemDefault();
    private Function<Appointment, String> names = a -> "";
    private GridGeometry geometry;
    private GridAreas areas;
    private GridAreas.Area selection;
    private Rectangle dragged;
    private String draggedText;
    /** The shortest half hour in which a block's line of the grid's font fits. */
    private final int minSlot;

    TimeGrid(Composite parent, Texts texts, DateTimeFormatter dayHeader) {
        this.texts = texts;
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.BORDER);
        scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        canvas = WidgetIds.name(new Canvas(scroll, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND), "agenda.grid");
        scroll.setContent(canvas);
        GC measure = new GC(canvas);
        try {
            minSlot = GridGeometry.minSlotHeight(measure.getFontMetrics().getHeight());
        } finally {
            measure.dispose();
        }
        look = new StatusLook(canvas.getDisplay(), texts);
        painter = new GridPainter(canvas.getDisplay(), texts, dayHeader, look);
        layOut();
        canvas.addListener(SWT.Paint, e -> painter.paint(e.gc, canvas.getClientArea(), new GridPainter.Scene(grid,
                geometry, areas, zone, names, selection, dragged, draggedText, top())));
        // The headers stay on top of what shows: painted again where the scrolled grid now starts.
        scroll.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
        scroll.addListener(SWT.Resize, e -> layOut());
        canvas.addListener(SWT.Dispose, e -> {
            painter.dispose();
            look.dispose();
        });
    }

    Canvas canvas() {
        return canvas;
    }

    StatusLook look() {
        return look;
    }

    GridColumns grid() {
        return grid;
    }

    GridGeometry geometry() {
        return geometry;
    }

    /** @return the first row of the canvas that shows, where the headers are painted (they stay in sight) */
    int top() {
        return scroll.getOrigin().y;
    }

    /** @return whether the point of the canvas lies under the headers, wherever the grid is scrolled */
    boolean inHeaders(int y) {
        return y >= top() && y < top() + geometry.headerHeight();
    }

    ZoneId zone() {
        return zone;
    }

    /** Shows new columns, keeping the selected appointment (by id) or free slot (by doctor and start) when still there. */
    void show(GridColumns newGrid, ZoneId newZone, Function<Appointment, String> newNames) {
        boolean sameShape = grid.days().equals(newGrid.days()) && grid.columns().size() == newGrid.columns().size();
        UUID keptAppointment = selection == null || selection.row().free() ? null : selection.row().appointment().id();
        UUID keptDoctor = selection == null ? null : grid.columns().get(selection.column()).doctor().id();
        Instant keptStart = selection == null ? null : selection.row().start().toInstant();
        grid = newGrid;
        zone = newZone;
        names = newNames;
        selection = null;
        layOut();
        if (keptDoctor != null) {
            for (GridAreas.Area a : all()) {
                boolean same = keptAppointment != null ? !a.row().free() && a.row().appointment().id().equals(keptAppointment)
                        : a.row().free() && a.row().start().toInstant().equals(keptStart)
                                && grid.columns().get(a.column()).doctor().id().equals(keptDoctor);
                if (same) {
                    selection = a;
                }
            }
        }
        if (!sameShape) {
            scroll.setOrigin(0, 0);
        }
        canvas.setData("day", grid.days().isEmpty() ? null : grid.days().get(0));
        canvas.setData("week", grid.week());
        canvas.redraw();
    }

    /** Places everything again for the room the grid has now. */
    private void layOut() {
        Rectangle room = scroll.getClientArea();
        geometry = new GridGeometry(grid, room.width, room.height, minSlot);
        scroll.setMinHeight(geometry.height());
        areas = GridAreas.of(grid, geometry, zone);
        if (selection != null) {
            GridAreas.Area was = selection;
            selection = all().stream().filter(a -> a.column() == was.column() && a.row().equals(was.row())).findFirst()
                    .orElse(null);
        }
        publish();
        canvas.redraw();
    }

    private List<GridAreas.Area> all() {
        List<GridAreas.Area> all = new java.util.ArrayList<>(areas.appointments());
        all.addAll(areas.free());
        return all;
    }

    /** @return the boxes of one column, by start time (the keyboard walks them) */
    List<GridAreas.Area> column(int column) {
        return all().stream().filter(a -> a.column() == column)
                .sorted(Comparator.comparing((GridAreas.Area a) -> a.row().start().toInstant())).toList();
    }

    /** @return the box under the point, or null (the headers cover what scrolled under them) */
    GridAreas.Area at(int x, int y) {
        return y < top() + geometry.headerHeight() ? null : areas.at(x, y);
    }

    GridAreas.Area selection() {
        return selection;
    }

    void select(GridAreas.Area area) {
        selection = area;
        if (area != null) {
            Rectangle b = area.box();
            int top = scroll.getOrigin().y;
            int height = scroll.getClientArea().height;
            if (b.y < top + geometry.headerHeight() || b.y + b.height > top + height) {
                scroll.setOrigin(0, Math.max(0, b.y - height / 3));
            }
        }
        canvas.redraw();
    }

    /** Shows where the dragged block would go, or nothing ({@code box} null). */
    void ghost(Rectangle box, String text) {
        dragged = box;
        draggedText = text;
        canvas.redraw();
    }

    /** @return the appointment's or slot's line in words, for tooltips and tests */
    String describe(GridAreas.Area a) {
        String doctor = grid.columns().get(a.column()).doctor().displayName();
        String span = Agenda.time(a.row().start()) + "–" + Agenda.time(a.row().end());
        if (a.row().free()) {
            return texts.get("tip.free", span, doctor);
        }
        Appointment appointment = a.row().appointment();
        String status = look.label(appointment.status());
        if (appointment.statusReason() != null) {
            status = texts.get("status.because", status, appointment.statusReason());
        }
        return texts.get("tip.appointment", names.apply(appointment), span, status,
                appointment.reason() == null ? "" : appointment.reason(), doctor).strip();
    }

    /** The line of an appointment as tests read it: patient · status · reason. */
    private String line(Appointment a) {
        return texts.get("appointment.line", names.apply(a), texts.get("status." + a.status()),
                a.reason() == null ? "" : a.reason()).strip();
    }

    private void publish() {
        Map<String, Rectangle> published = new LinkedHashMap<>();
        for (GridAreas.Area a : all()) {
            GridColumns.Column column = grid.columns().get(a.column());
            String text = a.row().free() ? "" : line(a.row().appointment());
            published.put(String.join("|", a.row().free() ? "free" : "appointment", column.doctor().username(),
                    column.day().toString(), Agenda.time(a.row().start()), text), a.box());
        }
        canvas.setData("areas", published);
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, String> blocks = new LinkedHashMap<>();
        GC gc = new GC(canvas);
        try {
            for (int c = 0; c < grid.columns().size(); c++) {
                String full = grid.columns().get(c).doctor().displayName();
                int room = geometry.doctorHeader(c).width - 6;
                String shown = Fitting.fit(Fitting.doctorForms(full), room, t -> gc.textExtent(t).x);
                headers.put(full + "|" + grid.columns().get(c).day(), shown + "|" + (gc.textExtent(shown).x <= room));
            }
            for (GridAreas.Area a : areas.appointments()) {
                Appointment appointment = a.row().appointment();
                String icon = StatusLook.icon(appointment.status()) + " ";
                String full = names.apply(appointment);
                int width = a.box().width;
                blocks.put(full + "|" + grid.columns().get(a.column()).day() + "|" + Agenda.time(a.row().start()),
                        GridPainter.blockName(gc, icon, full, width) + "|" + GridPainter.blockNameFits(gc, icon, full, width));
            }
        } finally {
            gc.dispose();
        }
        canvas.setData("headers", headers);
        canvas.setData("blocks", blocks);
    }
}
