package org.hygie.appointments.server.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The hospital's time zone, PID {@value #PID}. The bundle configures it itself, in
 * {@code OSGI-INF/configurator/org.hygie.appointments.json}: from the environment
 * ({@code HYGIE_APPOINTMENTS_TIME_ZONE}), else the configuration file ({@code appointments.timeZone}),
 * else the default written there, which must stay the one declared here.
 */
@ObjectClassDefinition(name = "Hygie appointments", description = "The hospital's time zone for agendas")
public @interface AppointmentsConfig {
    String PID = "org.hygie.appointments";

    @AttributeDefinition(description = "IANA time zone in which working hours are read and times are shown")
    String timeZone() default "Europe/Paris";
}
