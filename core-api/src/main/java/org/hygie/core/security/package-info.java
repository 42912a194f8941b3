/** Roles, permissions and the authenticated caller, shared by server and desktop. */
@Export
@Version("1.2.0")
package org.hygie.core.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
