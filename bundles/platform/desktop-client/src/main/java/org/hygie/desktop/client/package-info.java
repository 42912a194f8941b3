/** The desktop's REST client: proxies of the area contracts over one authenticated session. */
@Export
@Version("2.0.0")
package org.hygie.desktop.client;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
