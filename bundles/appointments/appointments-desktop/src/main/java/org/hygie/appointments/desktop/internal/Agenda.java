package org.hygie.appointments.desktop.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.appointments.api.WorkingPeriod;
import org.hygie.core.problem.HygieException;

/**
 * The pure logic of the agenda: a doctor's rows of a day, the cells of a week, conflicts in words.
 * Free slots come from the doctor's own working hours, as the server checks them. No SWT.
 */
final class Agenda {
    static final int SLOT_MINUTES = 30;
    /** The shortest appointment the server accepts: a shorter end of a period offers no slot. */
    static final Duration SHORTEST = Duration.ofMinutes(5);
    /** The hours a week shows when no shown doctor works and nothing is booked. */
    static final LocalTime DEFAULT_FIRST = LocalTime.of(8, 0);
    static final LocalTime DEFAULT_LAST = LocalTime.of(18, 0);

    private Agenda() {
    }

    /**
     * One row of a doctor's day, or one cell of his week: an appointment (any status), or a free slot.
     *
     * @param appointment null for a free slot
     */
    record Row(ZonedDateTime start, ZonedDateTime end, Appointment appointment) {
        boolean free() {
            return appointment == null;
        }
    }

    /**
     * @return the doctor's appointments of the day and the free slots of his working hours that
     *         day (30 minutes each, the last of a period maybe shorter), by start time
     */
    static List<Row> rows(LocalDate day, ZoneId zone, List<Appointment> appointments, List<WorkingPeriod> periods) {
        List<Row> rows = new ArrayList<>();
        for (Appointment a : appointments) {
            rows.add(new Row(a.start().atZoneSameInstant(zone), a.end().atZoneSameInstant(zone), a));
        }
        for (WorkingPeriod p : periodsOf(day.getDayOfWeek(), periods)) {
            for (LocalTime t = p.start(); t.isBefore(p.end()); t = t.plusMinutes(SLOT_MINUTES)) {
                LocalTime end = t.plusMinutes(SLOT_MINUTES).isAfter(p.end()) || t.plusMinutes(SLOT_MINUTES).isBefore(t)
                        ? p.end()
                        : t.plusMinutes(SLOT_MINUTES);
                Optional<Row> slot = freeSlot(day, t, end, zone, appointments);
                slot.ifPresent(rows::add);
                if (end.equals(p.end())) {
                    break;
                }
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.start().toInstant()).thenComparing(r -> r.free() ? 1 : 0));
        return rows;
    }

    /** A free slot from {@code from} to {@code to} on {@code day}, unless too short or an active appointment overlaps it. */
    private static Optional<Row> freeSlot(LocalDate day, LocalTime from, LocalTime to, ZoneId zone,
            Collection<Appointment> appointments) {
        ZonedDateTime start = day.atTime(from).atZone(zone);
        ZonedDateTime end = day.atTime(to).atZone(zone);
        if (Duration.between(start, end).compareTo(SHORTEST) < 0) {
            return Optional.empty();
        }
        boolean taken = appointments.stream().anyMatch(a -> holds(a) && overlaps(a, start, end));
        return taken ? Optional.empty() : Optional.of(new Row(start, end, null));
    }

    /**
     * Whether an appointment fills its time on screen: an active one, and a completed one (its time
     * was used, though the server would let it be booked again); a cancelled or missed one does not.
     */
    private static boolean holds(Appointment a) {
        return a.status().active() || a.status() == AppointmentStatus.COMPLETED;
    }

    private static boolean overlaps(Appointment a, ZonedDateTime start, ZonedDateTime end) {
        return a.start().toInstant().isBefore(end.toInstant()) && a.end().toInstant().isAfter(start.toInstant());
    }

    private static List<WorkingPeriod> periodsOf(DayOfWeek day, List<WorkingPeriod> periods) {
        return periods.stream().filter(p -> p.day() == day).sorted(Comparator.comparing(WorkingPeriod::start)).toList();
    }

    /** @return the time of day as the agenda writes it, {@code 08:30} */
    static String time(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    static String time(ZonedDateTime t) {
        return time(t.toLocalTime());
    }

    // ---- the week

    /** @return the Monday of the week holding {@code day} */
    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * @return the days of the week of {@code monday} to show: Monday to Friday, and Saturday or
     *         Sunday when one of the shown doctors works then or has an appointment then
     */
    static List<LocalDate> weekDays(LocalDate monday, ZoneId zone, Collection<List<WorkingPeriod>> hours,
            Collection<Appointment> appointments) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            DayOfWeek dow = day.getDayOfWeek();
            boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
            if (!weekend || hours.stream().flatMap(List::stream).anyMatch(p -> p.day() == dow)
                    || appointments.stream().anyMatch(a -> a.start().atZoneSameInstant(zone).toLocalDate().equals(day))) {
                days.add(day);
            }
        }
        return days;
    }

    /**
     * @return the start times of the week's rows, every 30 minutes from the earliest working hour
     *         or appointment of the shown doctors to the latest (08:00 to 18:00 when there is none)
     */
    static List<LocalTime> weekTimes(ZoneId zone, Collection<List<WorkingPeriod>> hours,
            Collection<Appointment> appointments) {
        LocalTime first = null;
        LocalTime last = null;
        for (WorkingPeriod p : hours.stream().flatMap(List::stream).toList()) {
            first = first == null || p.start().isBefore(first) ? p.start() : first;
            last = last == null || p.end().isAfter(last) ? p.end() : last;
        }
        for (Appointment a : appointments) {
            ZonedDateTime s = a.start().atZoneSameInstant(zone);
            ZonedDateTime e = a.end().atZoneSameInstant(zone);
            first = first == null || s.toLocalTime().isBefore(first) ? s.toLocalTime() : first;
            // An appointment running past midnight fills its first day to the end.
            LocalTime end = e.toLocalDate().isAfter(s.toLocalDate()) ? LocalTime.MAX : e.toLocalTime();
            last = last == null || end.isAfter(last) ? end : last;
        }
        if (first == null) {
            first = DEFAULT_FIRST;
            last = DEFAULT_LAST;
        }
        // Rows on the half hour: 08:15 starts in the 08:00 row.
        LocalTime t = first.withSecond(0).withNano(0).withMinute(first.getMinute() / SLOT_MINUTES * SLOT_MINUTES);
        List<LocalTime> times = new ArrayList<>();
        while (t.isBefore(last)) {
            times.add(t);
            LocalTime next = t.plusMinutes(SLOT_MINUTES);
            if (next.isBefore(t)) {
                break; // past midnight
            }
            t = next;
        }
        return times;
    }

    /**
     * The cell of a doctor's week at {@code day} from {@code time} for 30 minutes: the appointment
     * holding it (active or completed; the earliest when several), else the free part of it inside
     * his working hours, else null (he does not work then).
     */
    static Row cell(LocalDate day, LocalTime time, ZoneId zone, List<Appointment> appointments,
            List<WorkingPeriod> periods) {
        ZonedDateTime start = day.atTime(time).atZone(zone);
        ZonedDateTime end = start.plusMinutes(SLOT_MINUTES);
        Optional<Appointment> holder = appointments.stream()
                .filter(a -> holds(a) && overlaps(a, start, end))
                .min(Comparator.comparing(Appointment::start));
        if (holder.isPresent()) {
            Appointment a = holder.get();
            return new Row(a.start().atZoneSameInstant(zone), a.end().atZoneSameInstant(zone), a);
        }
        for (WorkingPeriod p : periodsOf(day.getDayOfWeek(), periods)) {
            LocalTime from = time.isBefore(p.start()) ? p.start() : time;
            LocalTime slotEnd = time.plusMinutes(SLOT_MINUTES).isBefore(time) ? LocalTime.MAX
                    : time.plusMinutes(SLOT_MINUTES);
            LocalTime to = slotEnd.isAfter(p.end()) ? p.end() : slotEnd;
            if (from.isBefore(to)) {
                Optional<Row> free = freeSlot(day, from, to, zone, appointments);
                if (free.isPresent()) {
                    return free.get();
                }
            }
        }
        return null;
    }

    /** @return whether the appointment of a week's cell starts in it (else the cell continues it) */
    static boolean startsIn(Row cell, LocalDate day, LocalTime time, ZoneId zone) {
        ZonedDateTime start = day.atTime(time).atZone(zone);
        return !cell.start().isBefore(start) && cell.start().isBefore(start.plusMinutes(SLOT_MINUTES));
    }

    /**
     * @return the key and arguments of a 409's explanation: who is busy and with which appointment
     *         (its time and patient when known), or null when the failure is no booking conflict
     */
    static Object[] conflict(HygieException problem, Map<UUID, Appointment> known, Map<UUID, String> patientNames,
            ZoneId zone) {
        if (problem.status() != 409) {
            return null;
        }
        Map<String, Object> p = problem.properties();
        Object on = p == null ? null : p.get("conflictOn");
        if (on == null) {
            if (p != null && p.get("currentStatus") != null) {
                return new Object[] { "conflict.status", p.get("currentStatus") };
            }
            return p != null && p.get("currentVersion") != null ? new Object[] { "conflict.changed" } : null;
        }
        String key = "patient".equals(on) ? "conflict.patient" : "conflict.doctor";
        Object id = p.get("conflictingAppointmentId");
        Appointment other = id == null ? null : known.get(UUID.fromString(id.toString()));
        if (other == null) {
            return new Object[] { key };
        }
        ZonedDateTime start = other.start().atZoneSameInstant(zone);
        ZonedDateTime end = other.end().atZoneSameInstant(zone);
        String patient = patientNames.getOrDefault(other.patientId(), "");
        return new Object[] { key + ".at", time(start), time(end), patient };
    }
}
