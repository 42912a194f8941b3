/**
 * The shipped catalogues as a REST contract: drugs (curated set or the French public drug database),
 * allergens (substances and drug classes a patient may react to) and lab tests (LOINC), searched as
 * the user types. The catalogues are data, loaded by the terminology area and replaceable without code.
 */
@Export
@Version("1.0.0")
package org.hygie.terminology.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
