package org.hygie.patients.desktop.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hygie.core.security.Permissions;
import org.hygie.core.workbench.WorkbenchContribution;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.chart.ChartContext;
import org.hygie.workbench.chart.ChartSection;
import org.osgi.service.component.annotations.Component;

/** The chart's allergies, for who may read clinical data; recorded, corrected or marked in error by who may write it. */
@Component(service = ChartSection.class)
@WorkbenchContribution(id = "patients.allergies", label = "chart.allergies", permission = Permissions.CLINICAL_READ, order = 20)
public class AllergiesSection implements ChartSection {
    @Override
    public Control createSection(Composite parent, ChartContext context) {
        return new AllergiesView(parent, context, context.api(PatientsApi.class), context.texts(AllergiesSection.class)).root();
    }
}
