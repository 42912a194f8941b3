package org.hygie.appointments.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.core.problem.HygieException;
import org.junit.jupiter.api.Test;

class AgendaTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate DAY = LocalDate.of(2030, 1, 7);
    private static final UUID PATIENT = UUID.randomUUID();

    private static Appointment at(String start, String end, AppointmentStatus status) {
        return new Appointment(UUID.randomUUID(), PATIENT, UUID.randomUUID(), OffsetDateTime.parse(start),
                OffsetDateTime.parse(end), null, status, null, PARIS.getId());
    }

    @Test
    void rows_shouldListFreeSlotsFrom8To18() {
        List<Agenda.Row> rows = Agenda.rows(DAY, PARIS, List.of());
        assertThat(rows).hasSize(20).allMatch(Agenda.Row::free);
        assertThat(AgendaView.time(rows.get(0).start())).isEqualTo("08:00");
        assertThat(AgendaView.time(rows.get(19).end())).isEqualTo("18:00");
    }

    @Test
    void rows_shouldHideSlotsAnActiveAppointmentOverlapsButNotThoseOfACancelledOne() {
        Appointment active = at("2030-01-07T09:15:00+01:00", "2030-01-07T10:00:00+01:00", AppointmentStatus.SCHEDULED);
        Appointment cancelled = at("2030-01-07T11:00:00+01:00", "2030-01-07T11:30:00+01:00", AppointmentStatus.CANCELLED);
        List<Agenda.Row> rows = Agenda.rows(DAY, PARIS, List.of(cancelled, active));
        // 20 slots, minus 09:00 and 09:30 taken, plus the two appointments.
        assertThat(rows).hasSize(20);
        assertThat(rows.stream().filter(r -> !r.free()).map(Agenda.Row::appointment)).containsExactly(active, cancelled);
        assertThat(rows.stream().map(r -> AgendaView.time(r.start()))).contains("08:30", "09:15", "10:00")
                .doesNotContain("09:00", "09:30");
        // The cancelled one frees its time: its slot is listed right after it.
        int index = rows.indexOf(rows.stream().filter(r -> r.appointment() == cancelled).findFirst().orElseThrow());
        assertThat(rows.get(index + 1).free()).isTrue();
        assertThat(AgendaView.time(rows.get(index + 1).start())).isEqualTo("11:00");
    }

    @Test
    void conflict_shouldNameTheOtherAppointmentsTimeAndPatient() {
        Appointment other = at("2030-01-07T09:00:00+01:00", "2030-01-07T09:30:00+01:00", AppointmentStatus.SCHEDULED);
        HygieException problem = HygieException.conflict("busy",
                Map.of("conflictOn", "doctor", "conflictingAppointmentId", other.id().toString()));
        assertThat(Agenda.conflict(problem, Map.of(other.id(), other), Map.of(PATIENT, "DUPONT Hélène"), PARIS))
                .containsExactly("conflict.doctor.at", "09:00", "09:30", "DUPONT Hélène");
        HygieException onPatient = HygieException.conflict("busy", Map.of("conflictOn", "patient"));
        assertThat(Agenda.conflict(onPatient, Map.of(), Map.of(), PARIS)).containsExactly("conflict.patient");
        HygieException status = HygieException.conflict("no", Map.of("currentStatus", "CANCELLED"));
        assertThat(Agenda.conflict(status, Map.of(), Map.of(), PARIS)).containsExactly("conflict.status", "CANCELLED");
        assertThat(Agenda.conflict(HygieException.notFound("x"), Map.of(), Map.of(), PARIS)).isNull();
    }
}
