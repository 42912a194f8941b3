package org.hygie.patients.desktop.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hygie.core.security.Permissions;
import org.hygie.core.workbench.WorkbenchContribution;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.chart.ChartContext;
import org.hygie.workbench.chart.ChartSection;
import org.osgi.service.component.annotations.Component;

/** The chart's demographics, for every role that may read them; editable by who may write them. */
@Component(service = ChartSection.class)
@WorkbenchContribution(id = "patients.demographics", label = "chart.demographics", permission = Permissions.PATIENTS_READ, order = 10)
public class DemographicsSection implements ChartSection {
    @Override
    public Control createSection(Composite parent, ChartContext context) {
        return new DemographicsView(parent, context, context.api(PatientsApi.class), context.texts(DemographicsSection.class))
                .root();
    }
}
