package org.hygie.patients.desktop.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hygie.core.security.Permissions;
import org.hygie.core.workbench.WorkbenchContribution;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The patients area in the workbench, for every role that may read demographics. */
@Component(service = ViewContribution.class)
@WorkbenchContribution(id = "patients", label = "label", permission = Permissions.PATIENTS_READ, order = 10)
public class PatientsContribution implements ViewContribution {
    @Override
    public Control createView(Composite parent, ViewContext context) {
        return new PatientsView(parent, context, context.api(PatientsApi.class), context.texts(PatientsContribution.class)).root();
    }
}
