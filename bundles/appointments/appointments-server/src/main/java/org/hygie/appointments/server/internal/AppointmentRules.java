package org.hygie.appointments.server.internal;

import java.time.Duration;

import org.hygie.appointments.api.AppointmentInput;
import org.hygie.core.problem.Checks;

/** The rules of a booking's own fields, before any database or agenda is looked at. */
final class AppointmentRules {
    static final Duration MIN_DURATION = Duration.ofMinutes(5);
    static final Duration MAX_DURATION = Duration.ofHours(8);
    static final int MAX_REASON = 500;

    private AppointmentRules() {
    }

    /** Records the input's errors in {@code checks} (not thrown: the caller may add more). */
    static Checks check(AppointmentInput in, Checks checks) {
        if (in == null) {
            return checks.reject("body", "required", "An appointment is required");
        }
        checks.required("patientId", in.patientId()).required("doctorId", in.doctorId())
                .required("start", in.start()).required("end", in.end())
                .maxLength("reason", in.reason(), MAX_REASON);
        if (in.start() != null && in.end() != null) {
            Duration length = Duration.between(in.start().toInstant(), in.end().toInstant());
            if (length.isNegative() || length.isZero()) {
                checks.reject("end", "end_before_start", "end must be after start");
            } else if (length.compareTo(MIN_DURATION) < 0) {
                checks.reject("end", "too_short", "An appointment lasts at least 5 minutes");
            } else if (length.compareTo(MAX_DURATION) > 0) {
                checks.reject("end", "too_long", "An appointment lasts at most 8 hours");
            }
        }
        return checks;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
