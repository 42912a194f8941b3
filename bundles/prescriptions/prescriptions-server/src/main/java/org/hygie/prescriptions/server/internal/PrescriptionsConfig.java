package org.hygie.prescriptions.server.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The establishment an ordonnance is printed for, and the hospital's time zone, PID {@value #PID}.
 * The bundle configures it itself, in {@code OSGI-INF/configurator/org.hygie.prescriptions.json}:
 * from the environment ({@code HYGIE_PRESCRIPTIONS_ESTABLISHMENT_NAME}, {@code ..._ADDRESS},
 * {@code HYGIE_PRESCRIPTIONS_FINESS}, {@code HYGIE_PRESCRIPTIONS_TIME_ZONE}), else the configuration
 * file ({@code prescriptions.establishmentName}...). Without an establishment, nothing can be printed
 * (a mandatory mention would be missing).
 */
@ObjectClassDefinition(name = "Hygie prescriptions", description = "The establishment printed on ordonnances")
public @interface PrescriptionsConfig {
    String PID = "org.hygie.prescriptions";

    @AttributeDefinition(description = "Name of the establishment (hospital), as printed")
    String establishmentName() default "";

    @AttributeDefinition(description = "Postal address of the establishment, as printed (lines separated by '|')")
    String establishmentAddress() default "";

    @AttributeDefinition(description = "FINESS number of the establishment (9 characters)")
    String finess() default "";

    @AttributeDefinition(description = "IANA time zone in which dates are printed")
    String timeZone() default "Europe/Paris";
}
