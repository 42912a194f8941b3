package org.hygie.workbench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.hygie.core.problem.HygieException;
import org.hygie.core.session.SessionUser;
import org.hygie.workbench.Command;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.chart.ChartBanner;
import org.hygie.workbench.chart.ChartContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One patient's chart, a closable tab of the main window: the banner at the top, the sections the
 * role may see below it, in their order, in a scrolled column. Each part (the banner, each
 * section) gets a context of its own, so that what it registered ({@link ChartContext#onPatientChanged})
 * leaves with it when its bundle leaves. Display thread only.
 */
final class PatientChart {
    private static final Logger LOG = LoggerFactory.getLogger(PatientChart.class);

    private final ViewContext window;
    private final Texts texts;
    private final UUID patientId;
    private final CTabItem tab;
    private final Composite root;
    private final Composite bannerArea;
    private final ScrolledComposite scroller;
    private final Composite column;
    private final TreeMap<ContributedSection, Part> sections = new TreeMap<>(ContributedSection.ORDER);
    private Part banner;

    PatientChart(CTabFolder folder, ViewContext window, Texts texts, UUID patientId) {
        this.window = window;
        this.texts = texts;
        this.patientId = patientId;
        tab = WidgetIds.name(new CTabItem(folder, SWT.CLOSE), "chart.tab." + patientId);
        tab.setText(texts.get("chart.title"));
        root = WidgetIds.name(new Composite(folder, SWT.NONE), "chart." + patientId);
        GridLayout layout = Ui.grid(1, 0);
        layout.verticalSpacing = 0;
        root.setLayout(layout);
        bannerArea = new Composite(root, SWT.NONE);
        bannerArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bannerArea.setLayout(new FillLayout());
        scroller = new ScrolledComposite(root, SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        column = new Composite(scroller, SWT.NONE);
        column.setLayout(Ui.grid(1, 6));
        scroller.setContent(column);
        scroller.addListener(SWT.Resize, e -> fit());
        tab.setControl(root);
        // The tab's close button disposes the item only: its content and parts go with it.
        tab.addListener(SWT.Dispose, e -> dispose());
    }

    UUID patientId() {
        return patientId;
    }

    CTabItem tab() {
        return tab;
    }

    boolean isDisposed() {
        return root.isDisposed();
    }

    // ---- the banner, as banners come and go

    /** Shows the banner of {@code bannerService}, or a plain placeholder when none is there. */
    void showBanner(ChartBanner bannerService) {
        if (banner != null) {
            banner.dispose();
            banner = null;
        }
        for (Control child : bannerArea.getChildren()) {
            child.dispose();
        }
        if (bannerService == null) {
            Label none = WidgetIds.name(new Label(bannerArea, SWT.NONE), "chart.banner");
            none.setText(texts.get("chart.noBanner"));
        } else {
            banner = new Part(null);
            try {
                Control built = bannerService.createBanner(bannerArea, banner);
                WidgetIds.name(built, "chart.banner");
                banner.control = built;
            } catch (RuntimeException | LinkageError e) {
                LOG.error("The chart's banner could not be built", e);
                Label broken = WidgetIds.name(new Label(bannerArea, SWT.WRAP), "chart.banner");
                broken.setText(texts.get("error.unexpected", e.toString()));
            }
        }
        root.layout(true, true);
        fit();
    }

    // ---- the sections, as they come and go

    /** Adds the section at its place, unless it is there already; the caller checked the role may see it. */
    void addSection(ContributedSection section) {
        if (sections.containsKey(section)) {
            // the same section again, or another declaring the same id and order: one is enough
            return;
        }
        Group holder = WidgetIds.name(new Group(column, SWT.NONE), "chart.section." + section.id());
        holder.setText(section.label(window.locale()));
        holder.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        holder.setLayout(new FillLayout());
        ContributedSection next = sections.higherKey(section);
        if (next != null) {
            holder.moveAbove(sections.get(next).holder);
        }
        Part part = new Part(holder);
        sections.put(section, part);
        try {
            part.control = section.section().createSection(holder, part);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("The chart section {} could not be built", section.id(), e);
            for (Control child : holder.getChildren()) {
                child.dispose();
            }
            new Label(holder, SWT.WRAP).setText(texts.get("error.unexpected", e.toString()));
        }
        fit();
    }

    /** Takes the section out, with what it registered. */
    void removeSection(ContributedSection section) {
        Part part = sections.get(section);
        if (part != null && sections.ceilingKey(section) == section) {
            sections.remove(section);
            part.dispose();
            fit();
        }
    }

    /** @return the ids of the sections shown, in order (for the tests' eyes: the widgets say the same) */
    List<String> sectionIds() {
        return sections.keySet().stream().map(ContributedSection::id).toList();
    }

    /** Lays the column out again and gives the scrolled area the room it needs at its width. */
    void fit() {
        if (column.isDisposed()) {
            return;
        }
        int width = scroller.getClientArea().width;
        root.layout(true, true);
        scroller.setMinSize(column.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
    }

    /** Runs every reload registered by the chart's parts: the patient's data changed. */
    private void patientChanged() {
        List<Part> parts = new ArrayList<>();
        if (banner != null) {
            parts.add(banner);
        }
        parts.addAll(sections.values());
        for (Part part : parts) {
            for (Runnable reload : List.copyOf(part.reloads)) {
                try {
                    reload.run();
                } catch (RuntimeException e) {
                    LOG.error("A part of the chart could not reload", e);
                }
            }
        }
    }

    private void dispose() {
        if (banner != null) {
            banner.dispose();
        }
        sections.values().forEach(Part::dispose);
        sections.clear();
        if (!root.isDisposed()) {
            root.dispose();
        }
    }

    /**
     * What the chart lends one of its parts: the main window's context, the patient, and a list of
     * reloads of its own, dropped when the part leaves.
     */
    private final class Part implements ChartContext {
        /** The section's frame, or null for the banner. */
        final Group holder;
        final List<Runnable> reloads = new ArrayList<>();
        Control control;
        /** Set when the part leaves: an answer arriving afterwards is not handed to it. */
        boolean gone;

        Part(Group holder) {
            this.holder = holder;
        }

        void dispose() {
            gone = true;
            reloads.clear();
            if (holder != null && !holder.isDisposed()) {
                holder.dispose();
            } else if (control != null && !control.isDisposed()) {
                control.dispose();
            }
        }

        @Override
        public UUID patientId() {
            return patientId;
        }

        @Override
        public void setTitle(String title) {
            if (!tab.isDisposed()) {
                tab.setText(title);
                tab.setToolTipText(title);
            }
        }

        @Override
        public void patientChanged() {
            PatientChart.this.patientChanged();
        }

        @Override
        public void relayout() {
            if (!gone) {
                fit();
            }
        }

        @Override
        public void onPatientChanged(Runnable reload) {
            reloads.add(reload);
        }

        @Override
        public Locale locale() {
            return window.locale();
        }

        @Override
        public SessionUser user() {
            return window.user();
        }

        @Override
        public <T> T api(Class<T> contract) {
            return window.api(contract);
        }

        @Override
        public <T> void run(String task, Callable<T> call, Consumer<T> onSuccess, Consumer<HygieException> onFailure) {
            // What a part shows changes its height: the column is laid out again after each answer.
            window.run(task, call, result -> {
                if (!gone && !isDisposed()) {
                    onSuccess.accept(result);
                    fit();
                }
            }, failure -> {
                if (!gone && !isDisposed()) {
                    onFailure.accept(failure);
                    fit();
                }
            });
        }

        @Override
        public String describe(HygieException failure) {
            return window.describe(failure);
        }

        @Override
        public void inform(String message) {
            window.inform(message);
        }

        @Override
        public void openChart(UUID other) {
            window.openChart(other);
        }

        @Override
        public void bind(Control scope, Command command, Runnable action) {
            window.bind(scope, command, action);
        }
    }
}
