/**
 * The toolkit-free contract of workbench contributions: an area declares its entry as service
 * properties ({@link org.hygie.core.workbench.WorkbenchContribution}), read back as a
 * {@link org.hygie.core.workbench.Contribution}.
 */
@Export
@Version("2.0.0")
package org.hygie.core.workbench;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
