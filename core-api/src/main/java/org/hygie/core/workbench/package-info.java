/** The toolkit-free contract of workbench contributions: what an area offers and who may see it. */
@Export
@Version("1.0.0")
package org.hygie.core.workbench;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
