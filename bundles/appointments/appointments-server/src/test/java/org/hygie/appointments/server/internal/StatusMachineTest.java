package org.hygie.appointments.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.appointments.api.StatusChange;
import org.hygie.core.problem.HygieException;
import org.junit.jupiter.api.Test;

class StatusMachineTest {
    private static final Instant START = Instant.parse("2030-01-07T08:00:00Z");
    private static final Instant BEFORE = START.minusSeconds(60);
    private static final Instant AFTER = START.plusSeconds(60);

    private static int status(AppointmentStatus from, AppointmentStatus to, String reason, Instant now) {
        HygieException e = catchThrowableOfType(HygieException.class,
                () -> StatusMachine.check(from, new StatusChange(to, reason), START, now));
        return e == null ? 200 : e.status();
    }

    @Test
    void check_shouldAllowExactlyTheWorkflowMoves() {
        Set<String> allowed = Set.of("SCHEDULED>CHECKED_IN", "CHECKED_IN>COMPLETED", "SCHEDULED>CANCELLED",
                "SCHEDULED>NO_SHOW");
        for (AppointmentStatus from : AppointmentStatus.values()) {
            for (AppointmentStatus to : AppointmentStatus.values()) {
                int status = status(from, to, "Le patient a appelé", AFTER);
                assertThat(status).as(from + ">" + to).isEqualTo(allowed.contains(from + ">" + to) ? 200 : 409);
            }
        }
    }

    @Test
    void check_shouldRefuseANoShowBeforeTheStart() {
        assertThat(status(AppointmentStatus.SCHEDULED, AppointmentStatus.NO_SHOW, null, BEFORE)).isEqualTo(409);
        assertThatCode(() -> StatusMachine.check(AppointmentStatus.SCHEDULED,
                new StatusChange(AppointmentStatus.NO_SHOW, null), START, START)).doesNotThrowAnyException();
    }

    @Test
    void active_shouldHoldTheSlotOnlyWhenScheduledOrCheckedIn() {
        assertThat(EnumSet.allOf(AppointmentStatus.class).stream().filter(AppointmentStatus::active))
                .containsExactly(AppointmentStatus.SCHEDULED, AppointmentStatus.CHECKED_IN);
    }
}
