package org.hygie.appointments.desktop.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.hygie.appointments.api.Doctor;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Widgets;

/**
 * The bar above the agenda: day or week, previous, today, next, a date picker, the period shown,
 * the doctor to narrow it to, the next free slot, refresh, and a doctor's own hours; below it, a
 * note when the day shown is not the one asked (today closed). It says what the user asked; the
 * view decides. Display thread only.
 */
final class AgendaBar {
    /** What the user asked of the bar. */
    interface Listener {
        void mode(AgendaView.Mode mode);

        /** @param steps days or weeks, backwards when negative */
        void move(int steps);

        void today();

        /** @param index 0 for every doctor, else the doctor's place in the list plus 1 */
        void doctor(int index);

        void refresh();

        void ownHours();

        /** A day chosen in the date picker. */
        void date(LocalDate day);

        /** The next free slot asked for. */
        void freeSlot();
    }

    private final ViewContext context;
    private final Texts texts;
    private final DateTimeFormatter dayFormat;
    private final Button dayMode;
    private final Button weekMode;
    private final Button previous;
    private final Button next;
    private final Label dayLabel;
    private final Combo doctorFilter;
    private final DateTime datePicker;
    private final Label note;

    AgendaBar(Composite parent, ViewContext context, Texts texts, DateTimeFormatter dayFormat, boolean isDoctor,
            Listener listener) {
        this.context = context;
        this.texts = texts;
        this.dayFormat = dayFormat;
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(11, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        dayMode = toggle(bar, "agenda.mode.day", "mode.day", AgendaView.Mode.DAY, listener::mode);
        weekMode = toggle(bar, "agenda.mode.week", "mode.week", AgendaView.Mode.WEEK, listener::mode);
        dayMode.setSelection(true);
        previous = Widgets.button(bar, "agenda.previous", texts.get("day.previous"), () -> listener.move(-1));
        Widgets.button(bar, "agenda.today", texts.get("day.today"), listener::today);
        next = Widgets.button(bar, "agenda.next", texts.get("day.next"), () -> listener.move(1));
        datePicker = WidgetIds.name(new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM | SWT.BORDER),
                "agenda.date");
        datePicker.setToolTipText(texts.get("date.tip"));
        datePicker.addListener(SWT.Selection, e -> listener.date(LocalDate.of(datePicker.getYear(),
                datePicker.getMonth() + 1, datePicker.getDay())));
        doctorFilter = WidgetIds.name(new Combo(bar, SWT.READ_ONLY), "agenda.doctorFilter");
        doctorFilter.addListener(SWT.Selection, e -> listener.doctor(doctorFilter.getSelectionIndex()));
        Widgets.shownOnlyIf(false, doctorFilter);
        Widgets.button(bar, "agenda.freeSlot", texts.get("action.freeSlot"), listener::freeSlot);
        Widgets.button(bar, "agenda.refresh", texts.get("refresh"), listener::refresh);
        Button ownHours = Widgets.button(bar, "agenda.hours", texts.get("action.hours"), listener::ownHours);
        // The doctor keeps his own hours; an ADMIN edits them in the doctors' hours.
        Widgets.shownOnlyIf(isDoctor, ownHours);
        // The period on a line of its own, in bold: the bar's buttons need the whole width at 1280 pixels.
        dayLabel = WidgetIds.name(new Label(parent, SWT.NONE), "agenda.day");
        dayLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        FontData[] bold = dayLabel.getFont().getFontData();
        for (FontData f : bold) {
            f.setStyle(SWT.BOLD);
        }
        Font boldFont = new Font(dayLabel.getDisplay(), bold);
        dayLabel.setFont(boldFont);
        dayLabel.addListener(SWT.Dispose, e -> boldFont.dispose());
        note = Widgets.textLine(parent, "agenda.note", 1, SWT.DEFAULT);
        Widgets.shownOnlyIf(false, note);
    }

    /** Says why the day shown is not the one asked, or nothing ({@code text} null). */
    void note(String text) {
        note.setText(text == null ? "" : text);
        Widgets.shownOnlyIf(text != null, note);
        note.getParent().layout(true, true);
    }

    private Button toggle(Composite parent, String id, String key, AgendaView.Mode target, Consumer<AgendaView.Mode> chosen) {
        Button b = WidgetIds.name(new Button(parent, SWT.RADIO), id);
        b.setText(texts.get(key));
        b.addListener(SWT.Selection, e -> {
            if (b.getSelection()) {
                chosen.accept(target);
            }
        });
        return b;
    }

    /** Offers every doctor, or the one, to narrow the agenda to; hidden for fewer than two. */
    void doctors(List<Doctor> doctors) {
        doctorFilter.removeAll();
        doctorFilter.add(texts.get("doctors.all"));
        doctors.forEach(d -> doctorFilter.add(d.displayName()));
        doctorFilter.select(0);
        if (doctors.size() > 1) {
            Widgets.shownOnlyIf(true, doctorFilter);
        }
    }

    /** Shows the day mode chosen (a week's day opened). */
    void dayMode() {
        dayMode.setSelection(true);
        weekMode.setSelection(false);
    }

    /** Names the period shown: the day, or the week from its Monday. */
    void period(AgendaView.Mode mode, LocalDate day) {
        if (mode == AgendaView.Mode.DAY) {
            dayLabel.setText(dayFormat.format(day));
            previous.setText(texts.get("day.previous"));
            next.setText(texts.get("day.next"));
            previous.setToolTipText(null);
            next.setToolTipText(null);
        } else {
            LocalDate monday = Agenda.monday(day);
            dayLabel.setText(texts.get("week.label",
                    DateTimeFormatter.ofPattern(texts.get("week.first.pattern"), context.locale()).format(monday),
                    DateTimeFormatter.ofPattern(texts.get("week.last.pattern"), context.locale()).format(monday.plusDays(6))));
            // Arrows only, with their words as tooltips: the week's dates need the room.
            previous.setText(texts.get("week.previous"));
            next.setText(texts.get("week.next"));
            previous.setToolTipText(texts.get("week.previous.tip"));
            next.setToolTipText(texts.get("week.next.tip"));
        }
        dayLabel.setData("day", mode == AgendaView.Mode.DAY ? day : Agenda.monday(day));
        datePicker.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
        dayLabel.getParent().layout(true, true);
    }
}
