/**
 * The patient chart that areas extend: a tab of the workbench per open patient, a banner at its
 * top ({@link org.hygie.workbench.chart.ChartBanner}, from the patients area) and sections below
 * it ({@link org.hygie.workbench.chart.ChartSection}), each contributed by an area's desktop bundle
 * and declared with {@link org.hygie.core.workbench.WorkbenchContribution} like a view. Any view
 * opens a chart with {@link org.hygie.workbench.ViewContext#openChart(java.util.UUID)}, without
 * knowing which areas draw it.
 */
@Export
@Version("1.0.0")
package org.hygie.workbench.chart;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
