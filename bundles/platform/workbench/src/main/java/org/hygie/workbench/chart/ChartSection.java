package org.hygie.workbench.chart;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hygie.core.workbench.WorkbenchContribution;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A section of the patient chart (demographics, allergies, appointments, later prescriptions,
 * results, documents), registered as a DS service by an area's desktop bundle and declared with
 * {@link WorkbenchContribution}: its id, the key of its title in the {@code messages*.properties}
 * next to the implementing class, the permission a role needs to see it (a section the role may
 * not see is absent) and its place, lower first. A section arriving or leaving with its bundle
 * appears in, or leaves, every open chart.
 *
 * <pre>
 * &#64;Component(service = ChartSection.class)
 * &#64;WorkbenchContribution(id = "appointments.chart", label = "chart.title", permission = Permissions.APPOINTMENTS_READ, order = 30)
 * public class PatientAppointmentsSection implements ChartSection { ... }
 * </pre>
 */
@ConsumerType
@FunctionalInterface
public interface ChartSection {
    /**
     * Builds the section for the chart's patient, on the display thread; loads its data through
     * {@link ChartContext#run}, never on this thread, and again when
     * {@link ChartContext#onPatientChanged} says so.
     *
     * @return the section's root control, a child of {@code parent}
     */
    Control createSection(Composite parent, ChartContext context);
}
