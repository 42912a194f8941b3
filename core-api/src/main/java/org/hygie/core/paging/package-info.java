/** Paged lists: one page of items and the total count. */
@Export
@Version("1.1.0")
package org.hygie.core.paging;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
