package org.hygie.appointments.desktop.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hygie.appointments.api.WorkingPeriod;

/**
 * A day's working hours as a doctor types them: {@code 08:00-12:00, 14:00-18:00} (also with
 * {@code –}, {@code ;} or {@code 8h30}); empty for a day off. No SWT.
 */
final class HoursText {
    private static final Pattern SPAN = Pattern.compile("\\s*(\\d{1,2})[:hH](\\d{2})?\\s*[-–]\\s*(\\d{1,2})[:hH](\\d{2})?\\s*");

    private HoursText() {
    }

    /** @return the day's periods as text, by start time */
    static String format(DayOfWeek day, List<WorkingPeriod> periods) {
        return periods.stream().filter(p -> p.day() == day).sorted(Comparator.comparing(WorkingPeriod::start))
                .map(p -> Agenda.time(p.start()) + "–" + Agenda.time(p.end()))
                .collect(Collectors.joining(", "));
    }

    /**
     * @return the periods the text gives for {@code day}
     * @throws IllegalArgumentException when a part is no span of two times of a day
     */
    static List<WorkingPeriod> parse(DayOfWeek day, String text) {
        List<WorkingPeriod> periods = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return periods;
        }
        for (String part : text.split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = SPAN.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException(part.strip());
            }
            try {
                periods.add(new WorkingPeriod(day, time(m.group(1), m.group(2)), time(m.group(3), m.group(4))));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(part.strip(), e);
            }
        }
        return periods;
    }

    private static LocalTime time(String hours, String minutes) {
        return LocalTime.of(Integer.parseInt(hours), minutes == null ? 0 : Integer.parseInt(minutes));
    }
}
