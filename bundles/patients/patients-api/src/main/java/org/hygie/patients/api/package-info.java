/** The patients REST contract: demographics, search, possible duplicates and allergies. */
@Export
@Version("2.1.0")
package org.hygie.patients.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
