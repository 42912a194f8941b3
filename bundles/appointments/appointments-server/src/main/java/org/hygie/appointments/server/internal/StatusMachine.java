package org.hygie.appointments.server.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.appointments.api.StatusChange;
import org.hygie.core.problem.HygieException;

/**
 * The status workflow: SCHEDULED → CHECKED_IN → COMPLETED; SCHEDULED → CANCELLED (with a reason)
 * or NO_SHOW (once the start has passed). Any other move is a conflict with the current state.
 */
final class StatusMachine {
    private static final Map<AppointmentStatus, List<AppointmentStatus>> NEXT = Map.of(
            AppointmentStatus.SCHEDULED,
            List.of(AppointmentStatus.CHECKED_IN, AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW),
            AppointmentStatus.CHECKED_IN, List.of(AppointmentStatus.COMPLETED),
            AppointmentStatus.COMPLETED, List.of(),
            AppointmentStatus.CANCELLED, List.of(),
            AppointmentStatus.NO_SHOW, List.of());

    private StatusMachine() {
    }

    /**
     * The change's own fields (a status, a reason for a cancellation) are checked by the REST layer
     * against the constraints of {@link StatusChange}.
     *
     * @throws HygieException 409 when the move is not allowed from {@code current} or a no-show comes
     *         before the start
     */
    static void check(AppointmentStatus current, StatusChange change, Instant start, Instant now) {
        if (!NEXT.get(current).contains(change.status())) {
            throw HygieException.conflict("An appointment " + current + " cannot become " + change.status(),
                    Map.of("currentStatus", current.name()));
        }
        if (change.status() == AppointmentStatus.NO_SHOW && now.isBefore(start)) {
            throw HygieException.conflict("A no-show can be recorded only once the start time has passed",
                    Map.of("currentStatus", current.name()));
        }
    }
}
