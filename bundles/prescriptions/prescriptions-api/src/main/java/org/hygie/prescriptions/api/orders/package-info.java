/** Lab orders as a Java service, for the results area of the same server (never through the prescriptions tables). */
@Export
@Version("1.0.0")
package org.hygie.prescriptions.api.orders;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
