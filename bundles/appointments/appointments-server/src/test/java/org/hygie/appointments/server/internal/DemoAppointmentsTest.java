package org.hygie.appointments.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DemoAppointmentsTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void workingDays_shouldSkipTheWeekEnd() {
        LocalDate saturday = LocalDate.of(2030, 1, 5);
        assertThat(DemoAppointments.workingDays(saturday, 3)).containsExactly(LocalDate.of(2030, 1, 7),
                LocalDate.of(2030, 1, 8), LocalDate.of(2030, 1, 9));
        assertThat(DemoAppointments.workingDays(LocalDate.of(2030, 1, 7), 1)).containsExactly(LocalDate.of(2030, 1, 7));
    }

    @Test
    void plan_shouldStayInsideDefaultWorkingHoursLeaveFreeSlotsAndNeverBookAPatientTwiceAtOnce() {
        List<LocalDate> days = DemoAppointments.workingDays(LocalDate.of(2030, 1, 7), DemoAppointments.DAYS);
        Set<String> patientAtTime = new HashSet<>();
        int total = 0;
        for (int d = 0; d < 3; d++) {
            var plan = DemoAppointments.plan(UUID.randomUUID(), d, 3, days, PARIS);
            assertThat(plan.size()).isLessThan(days.size() * DemoAppointments.SLOTS.size()).isGreaterThan(10);
            for (var p : plan) {
                LocalTime start = p.start().toLocalTime();
                assertThat(start).isAfterOrEqualTo(LocalTime.of(8, 0));
                assertThat(start.plusMinutes(30)).isBeforeOrEqualTo(LocalTime.of(17, 0));
                assertThat(p.start().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                // 50 demo patients: the index modulo 50 must differ between doctors at the same time.
                assertThat(patientAtTime.add(p.start() + "/" + p.patientIndex() % 50)).isTrue();
                total++;
            }
        }
        assertThat(total).isGreaterThan(30);
    }
}
