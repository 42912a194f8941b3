package org.hygie.appointments.desktop.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hygie.appointments.api.AppointmentsApi;
import org.hygie.appointments.api.DoctorsApi;
import org.hygie.core.security.Permissions;
import org.hygie.core.workbench.WorkbenchContribution;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The agenda in the workbench, for those who read agendas (secretaries: all; doctors: their own). */
@Component(service = ViewContribution.class)
@WorkbenchContribution(id = "appointments", label = "label", permission = Permissions.APPOINTMENTS_READ, order = 20)
public class AppointmentsContribution implements ViewContribution {
    @Override
    public Control createView(Composite parent, ViewContext context) {
        return new AgendaView(parent, context, context.api(AppointmentsApi.class), context.api(DoctorsApi.class),
                context.api(PatientsApi.class), context.texts(AppointmentsContribution.class)).root();
    }
}
