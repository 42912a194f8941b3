/**
 * The session contract the workbench and the client rely on ({@code /api/auth}: login, logout, the
 * signed-in user, password change) and its DTOs; an area (auth) implements it on the server.
 */
@Export
@Version("1.0.0")
package org.hygie.core.session;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
