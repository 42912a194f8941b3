package org.hygie.patients.desktop.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.chart.ChartBanner;
import org.hygie.workbench.chart.ChartContext;
import org.osgi.service.component.annotations.Component;

/** The patients area's banner of the chart: who the patient is and their allergies ({@link BannerView}). */
@Component(service = ChartBanner.class)
public class PatientBanner implements ChartBanner {
    @Override
    public Control createBanner(Composite parent, ChartContext context) {
        return new BannerView(parent, context, context.api(PatientsApi.class), context.texts(PatientBanner.class)).root();
    }
}
