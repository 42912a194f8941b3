/** The error model: RFC 9457 problem details, the exceptions services throw to produce them, and the field rules of input records. */
@Export
@Version("1.2.0")
package org.hygie.core.problem;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
