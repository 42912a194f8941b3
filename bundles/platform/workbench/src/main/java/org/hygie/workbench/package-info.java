/** The SWT side of workbench contributions: the view factory an area's desktop bundle registers, and what the workbench lends it. */
@Export
@Version("2.1.0")
package org.hygie.workbench;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
