/**
 * Lab results: a numeric value with its UCUM unit, its flag (L, H, LL, HH, N, or none at all when no
 * reference range applies), the reference range and critical limits it was judged against, the
 * plausibility range that refuses typing errors, and the delta check against the patient's previous
 * result. The reference data is shipped by the results area as a data file (docs in its README).
 */
@Export
@Version("1.0.0")
package org.hygie.results.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
