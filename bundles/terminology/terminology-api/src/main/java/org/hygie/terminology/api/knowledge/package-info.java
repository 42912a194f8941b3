/**
 * The medication knowledge other areas of the same server check against (allergy cross-reactions,
 * drug interactions), as a Java service: offline, from the shipped tables, never through the
 * terminology area's tables.
 */
@Export
@Version("1.0.0")
package org.hygie.terminology.api.knowledge;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
