package org.hygie.appointments.server.internal;

import java.util.UUID;

import org.hygie.core.problem.HygieException;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Role;

/**
 * Whose agenda a caller may see and change. The contract's permissions already keep out those
 * without any appointments permission; this adds the one rule they cannot express: a doctor works
 * on his own agenda only.
 */
final class Access {
    private Access() {
    }

    /** @return whether the caller may read and manage this doctor's agenda */
    static boolean agenda(AuthenticatedUser user, UUID doctorId) {
        return user.role() == Role.SECRETARY || user.role() == Role.DOCTOR && user.userId().equals(doctorId);
    }

    static void requireAgenda(AuthenticatedUser user, UUID doctorId) {
        if (!agenda(user, doctorId)) {
            throw HygieException.forbidden("A doctor works on his own agenda only");
        }
    }

    /** @return whether the caller may change this doctor's working hours: an admin or the doctor */
    static boolean editHours(AuthenticatedUser user, UUID doctorId) {
        return user.role() == Role.ADMIN || user.role() == Role.DOCTOR && user.userId().equals(doctorId);
    }

    /** @return whether the caller may read working hours: who books, and who edits them */
    static boolean readHours(AuthenticatedUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.SECRETARY || user.role() == Role.DOCTOR;
    }
}
