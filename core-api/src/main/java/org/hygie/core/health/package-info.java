/** Readiness of the server's parts, aggregated by {@code GET /api/health}. */
@Export
@Version("1.0.0")
package org.hygie.core.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
