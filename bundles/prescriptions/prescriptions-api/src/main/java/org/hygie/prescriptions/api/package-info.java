/**
 * The prescriptions REST contract: medication prescriptions signed with offline safety checks, lab
 * orders, and their printed ordonnances.
 */
@Export
@Version("1.0.0")
package org.hygie.prescriptions.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
