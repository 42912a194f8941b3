package org.hygie.prescriptions.server.internal;

import java.util.Map;

import org.hygie.core.problem.HygieException;
import org.hygie.prescriptions.api.LabOrderState;

/** The lab orders' state machine: forward only, cancelled by a doctor before any result is out. */
final class LabOrderTransitions {
    private LabOrderTransitions() {
    }

    /** @throws HygieException 409 unless {@code to} is ahead of {@code from} on ORDERED → IN_PROGRESS → PRELIMINARY → FINAL */
    static void requireForward(LabOrderState from, LabOrderState to) {
        if (to == LabOrderState.CANCELLED) {
            throw HygieException.conflict("A lab order is cancelled by a doctor, with a reason",
                    Map.of("currentState", from.name()));
        }
        if (from == LabOrderState.CANCELLED || from == LabOrderState.FINAL || to.ordinal() <= from.ordinal()) {
            throw HygieException.conflict("A lab order " + from + " cannot move to " + to,
                    Map.of("currentState", from.name()));
        }
    }

    /** @throws HygieException 409 once results are out (PRELIMINARY, FINAL) or when cancelled already */
    static void requireCancellable(LabOrderState from) {
        if (from != LabOrderState.ORDERED && from != LabOrderState.IN_PROGRESS) {
            throw HygieException.conflict("A lab order " + from + " can no longer be cancelled",
                    Map.of("currentState", from.name()));
        }
    }
}
