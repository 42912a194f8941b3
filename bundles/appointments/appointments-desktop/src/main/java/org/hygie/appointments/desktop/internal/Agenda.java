package org.hygie.appointments.desktop.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hygie.appointments.api.Appointment;
import org.hygie.core.problem.HygieException;

/** The pure logic of the agenda: a doctor's rows of a day, and conflicts in words. No SWT. */
final class Agenda {
    static final LocalTime FIRST_SLOT = LocalTime.of(8, 0);
    static final LocalTime LAST_SLOT_END = LocalTime.of(18, 0);
    static final int SLOT_MINUTES = 30;

    private Agenda() {
    }

    /**
     * One row of a doctor's day: an appointment (any status), or a free slot.
     *
     * @param appointment null for a free slot
     */
    record Row(ZonedDateTime start, ZonedDateTime end, Appointment appointment) {
        boolean free() {
            return appointment == null;
        }
    }

    /**
     * @return the doctor's appointments of the day and the 30-minute slots between 08:00 and 18:00
     *         that no active appointment overlaps, by start time
     */
    static List<Row> rows(LocalDate day, ZoneId zone, List<Appointment> appointments) {
        List<Row> rows = new ArrayList<>();
        for (Appointment a : appointments) {
            rows.add(new Row(a.start().atZoneSameInstant(zone), a.end().atZoneSameInstant(zone), a));
        }
        for (LocalTime t = FIRST_SLOT; t.isBefore(LAST_SLOT_END); t = t.plusMinutes(SLOT_MINUTES)) {
            ZonedDateTime start = day.atTime(t).atZone(zone);
            ZonedDateTime end = start.plusMinutes(SLOT_MINUTES);
            boolean taken = appointments.stream().anyMatch(a -> a.status().active()
                    && a.start().toInstant().isBefore(end.toInstant()) && a.end().toInstant().isAfter(start.toInstant()));
            if (!taken) {
                rows.add(new Row(start, end, null));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.start().toInstant()).thenComparing(r -> r.free() ? 1 : 0));
        return rows;
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
            return p != null && p.get("currentStatus") != null ? new Object[] { "conflict.status", p.get("currentStatus") }
                    : null;
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
        return new Object[] { key + ".at", String.format("%02d:%02d", start.getHour(), start.getMinute()),
                String.format("%02d:%02d", end.getHour(), end.getMinute()), patient };
    }
}
