package org.hygie.workbench.chart;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The banner always shown at the top of a patient chart: who the patient is (name, sex, age and
 * birth date, record number) and their allergies. Registered as a DS service by the patients
 * area's desktop bundle; the chart uses the highest-ranked one. It names the chart's tab with
 * {@link ChartContext#setTitle}.
 */
@ConsumerType
@FunctionalInterface
public interface ChartBanner {
    /** Builds the banner for the chart's patient, on the display thread (as a {@link ChartSection} does). */
    Control createBanner(Composite parent, ChartContext context);
}
