package org.hygie.workbench.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.chart.ChartBanner;

/**
 * The main window's work area: a first tab that holds the area chosen in the navigation (it takes
 * the area's name), then one closable tab per open patient chart. Opening a chart that is open
 * brings its tab to the front; choosing an area in the navigation brings the first tab back.
 * Display thread only.
 */
final class ChartTabs {
    private final CTabFolder folder;
    private final CTabItem areaTab;
    private final Composite areaViews;
    private final ViewContext window;
    private final Texts texts;
    private final Supplier<List<ContributedSection>> visibleSections;
    private final Supplier<ChartBanner> banner;
    private final Map<UUID, PatientChart> charts = new LinkedHashMap<>();

    /**
     * @param visibleSections the chart sections bound now that the user's role may see
     * @param banner the banner to use now, or null when none is bound
     */
    ChartTabs(Composite parent, ViewContext window, Texts texts, Supplier<List<ContributedSection>> visibleSections,
            Supplier<ChartBanner> banner) {
        this.window = window;
        this.texts = texts;
        this.visibleSections = visibleSections;
        this.banner = banner;
        folder = WidgetIds.name(new CTabFolder(parent, SWT.BORDER | SWT.FLAT), "tabs");
        folder.setMaximizeVisible(false);
        folder.setMinimizeVisible(false);
        areaTab = WidgetIds.name(new CTabItem(folder, SWT.NONE), "tabs.area");
        areaViews = new Composite(folder, SWT.NONE);
        areaTab.setControl(areaViews);
        folder.setSelection(areaTab);
    }

    /** @return where the areas' views are stacked, in the first tab */
    Composite areaViews() {
        return areaViews;
    }

    /** Names the first tab after the area shown in it, and brings it to the front. */
    void showArea(String label) {
        areaTab.setText(label);
        folder.setSelection(areaTab);
    }

    /** Opens the patient's chart in a new tab, or brings its tab to the front when it is open. */
    void open(UUID patientId) {
        PatientChart chart = charts.get(patientId);
        if (chart == null || chart.isDisposed()) {
            chart = new PatientChart(folder, window, texts, patientId);
            charts.put(patientId, chart);
            chart.tab().addListener(SWT.Dispose, e -> charts.remove(patientId));
            chart.showBanner(banner.get());
            for (ContributedSection section : visibleSections.get()) {
                chart.addSection(section);
            }
        }
        folder.setSelection(chart.tab());
        folder.layout(true, true);
        chart.fit();
    }

    /** A section arrived: into every open chart, in its place. */
    void sectionAdded(ContributedSection section) {
        charts.values().forEach(chart -> chart.addSection(section));
    }

    /** A section is leaving: out of every open chart, before its bundle's classes go. */
    void sectionRemoved(ContributedSection section) {
        charts.values().forEach(chart -> chart.removeSection(section));
    }

    /** The banner to use changed (one arrived or left): every open chart shows the one to use now. */
    void bannerChanged() {
        ChartBanner now = banner.get();
        charts.values().forEach(chart -> chart.showBanner(now));
    }
}
