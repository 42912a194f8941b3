package org.hygie.patients.desktop.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
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

/** The patients area in the workbench, for every role that may read demographics. */
@Component(service = ViewContribution.class)
@WorkbenchContribution(id = "patients", label = "label", permission = Permissions.PATIENTS_READ, order = 10)
public class PatientsContribution implements ViewContribution {
    private final HygieClient client;

    @Activate
    public PatientsContribution(@Reference HygieClient client) {
        this.client = client;
    }

    @Override
    public Control createView(Composite parent, ViewContext context) {
        return new PatientsView(parent, context, client.api(PatientsApi.class),
                Texts.load(PatientsContribution.class, "messages", context.locale())).root();
    }
}
