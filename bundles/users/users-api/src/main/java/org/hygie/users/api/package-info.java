/** The REST contract of user administration ({@code /api/users}) and its DTOs. */
@Export
@Version("1.2.0")
package org.hygie.users.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
