package org.hygie.appointments.server.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@value #PID}, filled from HYGIE_APPOINTMENTS_* by platform-config. */
@ObjectClassDefinition(name = "Hygie appointments", description = "The hospital's time zone for agendas")
public @interface AppointmentsConfig {
    String PID = "org.hygie.appointments";

    @AttributeDefinition(description = "IANA time zone in which working hours are read and times are shown")
    String timeZone() default "Europe/Paris";
}
