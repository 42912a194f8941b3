package org.hygie.appointments.desktop.internal;

import java.util.Locale;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hygie.appointments.api.DoctorsApi;
import org.hygie.core.security.Permissions;
import org.hygie.desktop.client.HygieClient;
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
public class DoctorsHoursContribution implements ViewContribution {
    private final HygieClient client;

    @Activate
    public DoctorsHoursContribution(@Reference HygieClient client) {
        this.client = client;
    }

    @Override
    public String id() {
        return "doctors-hours";
    }

    @Override
    public String label(Locale locale) {
        return Texts.load(DoctorsHoursContribution.class, "messages", locale).get("hours.label");
    }

    @Override
    public String permission() {
        return Permissions.WORKING_HOURS_MANAGE_ANY;
    }

    @Override
    public int order() {
        return 91;
    }

    @Override
    public Control createView(Composite parent, ViewContext context) {
        return new DoctorsHoursView(parent, context, client.api(DoctorsApi.class),
                Texts.load(DoctorsHoursContribution.class, "messages", context.locale())).root();
    }
}
