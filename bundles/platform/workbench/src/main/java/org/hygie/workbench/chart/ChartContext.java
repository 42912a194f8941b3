package org.hygie.workbench.chart;

import java.util.UUID;

import org.hygie.workbench.ViewContext;
import org.osgi.annotation.versioning.ProviderType;

/** What a chart lends its banner and sections: the view context, the patient, and news of changes to them. */
@ProviderType
public interface ChartContext extends ViewContext {
    /** @return the id of the chart's patient */
    UUID patientId();

    /** Names the chart's tab (the patient's name, as the banner knows it). */
    void setTitle(String title);

    /**
     * Says that the patient's data changed (an allergy corrected, demographics saved): every part
     * of this chart that registered with {@link #onPatientChanged} reloads, the banner too.
     */
    void patientChanged();

    /**
     * Says that a part changed its size (values shown, a form opened in place of text): the chart
     * lays its column out again. The chart does so by itself after each answer of {@link #run}.
     */
    void relayout();

    /** Runs {@code reload} on the display thread each time {@link #patientChanged} is called, until the chart closes. */
    void onPatientChanged(Runnable reload);
}
