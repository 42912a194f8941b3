package org.hygie.appointments.desktop.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hygie.appointments.api.AppointmentsApi;
import org.hygie.appointments.api.DoctorsApi;
import org.hygie.core.security.Permissions;
import org.hygie.core.workbench.WorkbenchContribution;
import org.hygie.workbench.chart.ChartContext;
import org.hygie.workbench.chart.ChartSection;
import org.osgi.service.component.annotations.Component;

/** The chart's section of the patient's appointments, coming and past, for those who read agendas. */
@Component(service = ChartSection.class)
@WorkbenchContribution(id = "appointments.patient", label = "chart.title", permission = Permissions.APPOINTMENTS_READ, order = 30)
public class PatientAppointmentsSection implements ChartSection {
    @Override
    public Control createSection(Composite parent, ChartContext context) {
        return new PatientAppointmentsView(parent, context, context.api(AppointmentsApi.class),
                context.api(DoctorsApi.class), context.texts(PatientAppointmentsSection.class)).root();
    }
}
