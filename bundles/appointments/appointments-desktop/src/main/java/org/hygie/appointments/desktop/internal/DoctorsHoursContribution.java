package org.hygie.appointments.desktop.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hygie.appointments.api.DoctorsApi;
import org.hygie.core.security.Permissions;
import org.hygie.core.workbench.WorkbenchContribution;
import org.hygie.desktop.client.HygieClient;
import org.hygie.users.api.UsersApi;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContribution;
import org.hygie.workbench.ViewContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The doctors' weekly working hours, for the administrator, who sets up the agendas without
 * seeing any (a doctor edits his own from the agenda).
 */
@Component(service = ViewContribution.class)
@WorkbenchContribution(id = "doctors-hours", label = "hours.label", permission = Permissions.USERS_MANAGE, order = 91)
public class DoctorsHoursContribution implements ViewContribution {
    private final HygieClient client;

    @Activate
    public DoctorsHoursContribution(@Reference HygieClient client) {
        this.client = client;
    }

    @Override
    public Control createView(Composite parent, ViewContext context) {
        return new DoctorsHoursView(parent, context, client.api(UsersApi.class), client.api(DoctorsApi.class),
                Texts.load(DoctorsHoursContribution.class, "messages", context.locale())).root();
    }
}
