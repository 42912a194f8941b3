/** The appointments REST contract: doctors, their working hours, and their agendas. */
@Export
@Version("1.2.0")
package org.hygie.appointments.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
