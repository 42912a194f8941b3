/** The patients area as a Java service, for other areas of the same server (never through its tables). */
@Export
@Version("1.1.0")
package org.hygie.patients.api.directory;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
