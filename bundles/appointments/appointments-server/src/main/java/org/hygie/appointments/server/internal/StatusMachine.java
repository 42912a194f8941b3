package org.hygie.appointments.server.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.appointments.api.StatusChange;
import org.hygie.core.problem.Checks;
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
     * @throws HygieException 422 when the change misses its status or a cancellation its reason,
     *         409 when the move is not allowed from {@code current} or a no-show comes before the start
     */
    static void check(AppointmentStatus current, StatusChange change, Instant start, Instant now) {
        Checks checks = new Checks();
        if (change == null || change.status() == null) {
            checks.reject("status", "required", "status is required").throwIfAny();
            return;
        }
        if (change.status() == AppointmentStatus.CANCELLED) {
            checks.required("reason", change.reason());
        }
        checks.maxLength("reason", change.reason(), AppointmentRules.MAX_REASON).throwIfAny();
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
