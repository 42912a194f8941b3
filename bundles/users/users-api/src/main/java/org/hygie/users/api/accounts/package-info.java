/**
 * The in-process service by which other server bundles (auth) check credentials and read
 * accounts, without touching the users area's tables. Not a REST contract.
 */
@Export
@Version("1.2.0")
package org.hygie.users.api.accounts;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
