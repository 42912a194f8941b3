/**
 * The results area's server side. For now its rules alone, without endpoints: the reference data file
 * ({@link org.hygie.results.server.internal.ReferenceTable}), unit conversion with UCUM
 * ({@link org.hygie.results.server.internal.UcumUnits}, {@link org.hygie.results.server.internal.UnitConversion}),
 * flags ({@link org.hygie.results.server.internal.Flagging}), plausibility and delta checks, put together
 * by {@link org.hygie.results.server.internal.ResultJudge}.
 */
package org.hygie.results.server.internal;
