/** The error model: RFC 9457 problem details and the exceptions services throw to produce them. */
@Export
@Version("1.2.0")
package org.hygie.core.problem;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
