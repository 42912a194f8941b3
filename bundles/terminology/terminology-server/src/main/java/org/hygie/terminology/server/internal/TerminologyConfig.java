package org.hygie.terminology.server.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Where the hospital keeps the French public drug database's files, PID {@value #PID}. The bundle
 * configures it itself, in {@code OSGI-INF/configurator/org.hygie.terminology.json}: from the
 * environment ({@code HYGIE_TERMINOLOGY_BDPM_FOLDER}), else the configuration file
 * ({@code terminology.bdpmFolder}), else none.
 */
@ObjectClassDefinition(name = "Hygie terminology", description = "The drug database files to import")
public @interface TerminologyConfig {
    String PID = "org.hygie.terminology";

    @AttributeDefinition(description = "Folder holding CIS_bdpm.txt, CIS_CIP_bdpm.txt and CIS_COMPO_bdpm.txt (and "
            + "optionally CIS_CPD_bdpm.txt) as downloaded from the BDPM; imported at start and whenever they change. "
            + "Empty: only the curated drugs shipped with Hygie")
    String bdpmFolder() default "";
}
