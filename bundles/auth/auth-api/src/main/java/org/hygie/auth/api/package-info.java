/** The REST contract of login, logout and password change ({@code /api/auth}) and its DTOs. */
@Export
@Version("1.1.0")
package org.hygie.auth.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
