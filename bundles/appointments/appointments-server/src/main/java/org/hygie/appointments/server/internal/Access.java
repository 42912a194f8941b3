package org.hygie.appointments.server.internal;

import java.util.UUID;

import org.hygie.core.problem.HygieException;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Permissions;

/**
 * Whose agenda and hours a caller may touch. The contract's permissions already keep out those
 * without any appointments or working-hours permission; this adds the one rule they cannot
 * express: without the permission over every doctor's, a caller works on his own only.
 */
final class Access {
    private Access() {
    }

    /** @return whether the caller may read and manage this doctor's agenda: any doctor's, or his own */
    static boolean agenda(AuthenticatedUser user, UUID doctorId) {
        return user.can(Permissions.APPOINTMENTS_ANY_AGENDA)
                || user.can(Permissions.APPOINTMENTS_READ) && user.userId().equals(doctorId);
    }

    static void requireAgenda(AuthenticatedUser user, UUID doctorId) {
        if (!agenda(user, doctorId)) {
            throw HygieException.forbidden("A doctor works on his own agenda only");
        }
    }

    /** @return whether the caller may change this doctor's working hours: any doctor's, or his own */
    static boolean editHours(AuthenticatedUser user, UUID doctorId) {
        return user.can(Permissions.WORKING_HOURS_MANAGE_ANY)
                || user.can(Permissions.WORKING_HOURS_MANAGE_OWN) && user.userId().equals(doctorId);
    }

    static void requireEditHours(AuthenticatedUser user, UUID doctorId) {
        if (!editHours(user, doctorId)) {
            throw HygieException.forbidden("Only an administrator or the doctor himself changes working hours");
        }
    }
}
