package org.hygie.patients.desktop.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.hygie.core.paging.Page;
import org.hygie.patients.api.Patient;
import org.hygie.patients.api.PatientSummary;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Tables;
import org.hygie.workbench.kit.Widgets;
import org.eclipse.swt.widgets.Button;

/** The search as you type and its results; a chosen patient goes to {@code onChosen}. Display thread only. */
final class PatientList {
    /** Typing pauses this long before a search is sent: one request per word, not per key. */
    static final int DEBOUNCE_MS = 300;
    private static final int PAGE_SIZE = 50;

    private final ViewContext context;
    private final PatientsApi api;
    private final Texts texts;
    private final DateTimeFormatter dates;
    private final Composite root;
    private final Text search;
    private final Table results;
    private final Label count;
    private int searchSeq;
    /** The patient to select when the next answer comes (a saved one searched by its record number). */
    private UUID selectAfterSearch;

    /**
     * @param onNew what the New button does, shown only to who may create
     * @param onChosen what choosing a patient in the results does
     */
    PatientList(Composite parent, ViewContext context, PatientsApi api, Texts texts, DateTimeFormatter dates,
            boolean mayCreate, Runnable onNew, Consumer<UUID> onChosen) {
        this.context = context;
        this.api = api;
        this.texts = texts;
        this.dates = dates;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        search = Widgets.searchField(root, "patients.search", texts.get("search.hint"), 1, DEBOUNCE_MS, this::searchNow);
        Button create = Widgets.button(root, "patients.new", texts.get("new"), onNew);
        Widgets.shownOnlyIf(mayCreate, create); // who may not create sees no button, not a disabled one
        results = Tables.table(root, "patients.results", texts, 2, "column.mrn", "column.name", "column.birthDate",
                "column.age", "column.sex");
        results.addListener(SWT.Selection, e -> {
            PatientSummary chosen = Tables.selected(results, PatientSummary.class);
            if (chosen != null) {
                onChosen.accept(chosen.id());
            }
        });
        // Enter or a double-click opens the patient's chart in a tab of its own.
        results.addListener(SWT.DefaultSelection, e -> {
            PatientSummary chosen = Tables.selected(results, PatientSummary.class);
            if (chosen != null) {
                context.openChart(chosen.id());
            }
        });
        count = WidgetIds.name(new Label(root, SWT.NONE), "patients.count");
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    }

    /** Ctrl+F: to the search field, its text selected so that typing replaces it. */
    void focusSearch() {
        search.setFocus();
        search.selectAll();
    }

    /** Searches now for what the field holds; only the latest answer shows. */
    void searchNow() {
        searchNow(null);
    }

    /**
     * After a save: searches again and selects the saved patient; when the search does not find
     * it, searches for its record number instead, so that a created patient always shows, selected.
     */
    void showSaved(Patient saved) {
        if (saved == null) {
            searchNow();
            return;
        }
        searchNow(page -> {
            if (!select(saved.id())) {
                search.setText(saved.mrn()); // its own search, once the field's pause has passed
                selectAfterSearch = saved.id();
            }
        });
    }

    private void searchNow(Consumer<Page<PatientSummary>> then) {
        if (root.isDisposed()) {
            return;
        }
        int seq = ++searchSeq;
        String q = search.getText().trim();
        context.run(texts.get("search.running"), () -> api.search(q.isEmpty() ? null : q, null, 0, PAGE_SIZE), page -> {
            if (seq == searchSeq && !results.isDisposed()) {
                show(page);
                if (then != null) {
                    then.accept(page);
                }
            }
        });
    }

    private boolean select(UUID id) {
        for (int i = 0; i < results.getItemCount(); i++) {
            if (results.getItem(i).getData() instanceof PatientSummary p && p.id().equals(id)) {
                results.setSelection(i);
                results.showSelection();
                return true;
            }
        }
        return false;
    }

    private void show(Page<PatientSummary> page) {
        PatientSummary kept = Tables.selected(results, PatientSummary.class);
        UUID keep = selectAfterSearch != null ? selectAfterSearch : kept == null ? null : kept.id();
        selectAfterSearch = null;
        results.removeAll();
        LocalDate today = LocalDate.now();
        for (PatientSummary p : page.items()) {
            // a typo-tolerant match may be someone else: marked ≈ on its line (a column of its own
            // did not fit the list's width at 1280x800)
            String name = p.lastName().toUpperCase(context.locale()) + " " + p.firstName()
                    + (p.match() == PatientSummary.Match.FUZZY ? " ≈" : "");
            Tables.row(results, p, p.mrn(), name, dates.format(p.birthDate()),
                    texts.get("age", Period.between(p.birthDate(), today).getYears()), texts.get("sex." + p.sex()));
        }
        if (keep != null) {
            select(keep);
        }
        Tables.fit(results);
        count.setText(page.total() > page.items().size() ? texts.get("search.more", page.items().size(), page.total())
                : texts.get("search.count", page.total()));
        root.layout();
    }
}
