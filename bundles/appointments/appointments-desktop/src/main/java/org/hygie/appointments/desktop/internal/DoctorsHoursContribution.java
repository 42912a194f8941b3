package org.hygie.appointments.desktop.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hygie.appointments.api.DoctorsApi;
import org.hygie.core.security.Permissions;
import org.hygie.core.workbench.WorkbenchContribution;
import org.hygie.workbench.ViewContribution;
import org.hygie.workbench.ViewContext;
import org.osgi.service.component.annotations.Component;

/**
 * The doctors' weekly working hours, for the administrator, who sets up the agendas without
 * seeing any (a doctor edits his own from the agenda).
 */
@Component(service = ViewContribution.class)
@WorkbenchContribution(id = "doctors-hours", label = "hours.label", permission = Permissions.WORKING_HOURS_MANAGE_ANY, order = 91)
public class DoctorsHoursContribution implements ViewContribution {
    @Override
    public Control createView(Composite parent, ViewContext context) {
        return new DoctorsHoursView(parent, context, context.api(DoctorsApi.class),
                context.texts(DoctorsHoursContribution.class)).root();
    }
}
