package org.hygie.appointments.api;

/**
 * Where an appointment stands. Only {@link #SCHEDULED} and {@link #CHECKED_IN} hold their time:
 * the others free it for another booking.
 */
public enum AppointmentStatus {
    SCHEDULED, CHECKED_IN, COMPLETED, CANCELLED, NO_SHOW;

    /** @return whether the appointment holds its time slot (no other may overlap it) */
    public boolean active() {
        return this == SCHEDULED || this == CHECKED_IN;
    }
}
