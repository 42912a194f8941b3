package org.hygie.appointments.desktop.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hygie.appointments.api.AppointmentsApi;
import org.hygie.appointments.api.DoctorsApi;
import org.hygie.core.security.Permissions;
import org.hygie.core.workbench.WorkbenchContribution;
import org.hygie.desktop.client.HygieClient;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The agenda in the workbench, for those who read agendas (secretaries: all; doctors: their own). */
@Component(service = ViewContribution.class)
@WorkbenchContribution(id = "appointments", label = "label", permission = Permissions.APPOINTMENTS_READ, order = 20)
public class AppointmentsContribution implements ViewContribution {
    private final HygieClient client;

    @Activate
    public AppointmentsContribution(@Reference HygieClient client) {
        this.client = client;
    }

    @Override
    public Control createView(Composite parent, ViewContext context) {
        return new AgendaView(parent, context, client.api(AppointmentsApi.class), client.api(DoctorsApi.class),
                client.api(PatientsApi.class), Texts.load(AppointmentsContribution.class, "messages", context.locale()))
                .root();
    }
}
