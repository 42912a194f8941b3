package org.hygie.patients.desktop.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hygie.core.paging.Page;
import org.hygie.core.problem.FieldError;
import org.hygie.core.problem.HygieException;
import org.hygie.core.security.Permissions;
import org.hygie.patients.api.Allergy;
import org.hygie.patients.api.AllergyInput;
import org.hygie.patients.api.AllergySeverity;
import org.hygie.patients.api.Patient;
import org.hygie.patients.api.PatientCreated;
import org.hygie.patients.api.PatientInput;
import org.hygie.patients.api.PatientSummary;
import org.hygie.patients.api.PatientsApi;
import org.hygie.patients.api.Sex;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;

/**
 * Search as you type on the left, the selected or new patient's form on the right, with the
 * server's validation next to the fields and, for clinicians, the allergies. Display thread only;
 * every call goes through {@link ViewContext#run}.
 */
final class PatientsView {
    /** Typing pauses this long before a search is sent: one request per word, not per key. */
    static final int DEBOUNCE_MS = 300;
    private static final int PAGE_SIZE = 50;
    private static final List<String> FIELDS = List.of("lastName", "firstName", "birthDate", "sex", "phone", "email",
            "address", "nir");

    private final ViewContext context;
    private final PatientsApi api;
    private final Texts texts;
    private final DateTimeFormatter dates;
    private final boolean mayWrite;
    private final boolean mayReadClinical;
    private final boolean mayWriteClinical;

    private final SashForm root;
    private final Text search;
    private final Label count;
    private final Table results;
    private final Label formTitle;
    private final Label formMessage;
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private final Map<String, Label> fieldErrors = new LinkedHashMap<>();
    private final Button save;
    private final Group allergies;
    private final Table allergyTable;
    private Text allergySubstance;
    private Text allergyReaction;
    private Combo allergySeverity;

    private final Runnable searchLater = this::searchNow;
    private int searchSeq;
    /** The patient in the form, or null for a new one. */
    private Patient current;

    PatientsView(Composite parent, ViewContext context, PatientsApi api, Texts texts) {
        this.context = context;
        this.api = api;
        this.texts = texts;
        this.dates = DateTimeFormatter.ofPattern(texts.get("date.pattern"));
        this.mayWrite = context.may(Permissions.PATIENTS_WRITE);
        this.mayReadClinical = context.may(Permissions.CLINICAL_READ);
        this.mayWriteClinical = context.may(Permissions.CLINICAL_WRITE);

        root = WidgetIds.name(new SashForm(parent, SWT.HORIZONTAL), "patients");

        // ---- left: search and results
        Composite left = new Composite(root, SWT.NONE);
        left.setLayout(new GridLayout(2, false));
        search = WidgetIds.name(new Text(left, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER), "patients.search");
        search.setMessage(texts.get("search.hint"));
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addModifyListener(e -> {
            // Restarts the wait at each key: the search leaves once typing pauses.
            search.getDisplay().timerExec(-1, searchLater);
            search.getDisplay().timerExec(DEBOUNCE_MS, searchLater);
        });
        Button create = WidgetIds.name(new Button(left, SWT.PUSH), "patients.new");
        create.setText(texts.get("new"));
        GridData createData = new GridData();
        createData.exclude = !mayWrite; // who may not create sees no button, not a disabled one
        create.setLayoutData(createData);
        create.setVisible(mayWrite);
        create.addListener(SWT.Selection, e -> showForm(null));

        results = WidgetIds.name(new Table(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "patients.results");
        results.setHeaderVisible(true);
        results.setLinesVisible(true);
        results.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        column("column.mrn", 90);
        column("column.name", 180);
        column("column.birthDate", 90);
        column("column.age", 60);
        column("column.sex", 75);
        results.addListener(SWT.Selection, e -> {
            TableItem[] selected = results.getSelection();
            if (selected.length == 1) {
                load(((PatientSummary) selected[0].getData()).id());
            }
        });
        count = WidgetIds.name(new Label(left, SWT.NONE), "patients.count");
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        // ---- right: the form and the allergies
        ScrolledComposite scroll = new ScrolledComposite(root, SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Composite right = new Composite(scroll, SWT.NONE);
        scroll.setContent(right);
        right.setLayout(new GridLayout(3, false));
        formTitle = WidgetIds.name(new Label(right, SWT.NONE), "patients.form.title");
        formTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        formMessage = WidgetIds.name(new Label(right, SWT.WRAP), "patients.form.message");
        formMessage.setForeground(right.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        formMessage.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        for (String field : FIELDS) {
            new Label(right, SWT.NONE).setText(texts.get("form." + field));
            Control control;
            if (field.equals("sex")) {
                Combo combo = new Combo(right, SWT.READ_ONLY);
                for (Sex sex : Sex.values()) {
                    combo.add(texts.get("sex." + sex));
                }
                combo.setEnabled(mayWrite);
                control = combo;
            } else {
                Text text = new Text(right, SWT.BORDER | (field.equals("address") ? SWT.MULTI | SWT.WRAP : SWT.SINGLE));
                text.setEditable(mayWrite);
                if (field.equals("birthDate")) {
                    text.setMessage(texts.get("form.birthDate.hint"));
                }
                control = text;
            }
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 170;
            if (field.equals("address")) {
                data.heightHint = 48;
            }
            control.setLayoutData(data);
            fields.put(field, WidgetIds.name(control, "patients.form." + field));
            Label error = WidgetIds.name(new Label(right, SWT.NONE), "patients.form." + field + ".error");
            error.setForeground(right.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            GridData errorData = new GridData(SWT.FILL, SWT.CENTER, false, false);
            errorData.widthHint = 120;
            error.setLayoutData(errorData);
            fieldErrors.put(field, error);
        }
        save = WidgetIds.name(new Button(right, SWT.PUSH), "patients.form.save");
        save.setText(texts.get("form.save"));
        save.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false, 2, 1));
        save.addListener(SWT.Selection, e -> save());
        save.setVisible(mayWrite);
        new Label(right, SWT.NONE);

        allergies = WidgetIds.name(new Group(right, SWT.NONE), "patients.allergies");
        allergies.setText(texts.get("allergies.title"));
        allergies.setLayout(new GridLayout(4, false));
        GridData allergiesData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        allergiesData.exclude = !mayReadClinical;
        allergies.setLayoutData(allergiesData);
        allergies.setVisible(false);
        allergyTable = WidgetIds.name(new Table(allergies, SWT.BORDER | SWT.FULL_SELECTION), "patients.allergies.table");
        allergyTable.setHeaderVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        tableData.heightHint = 110;
        allergyTable.setLayoutData(tableData);
        int[] widths = { 95, 110, 75, 80, 100 };
        List<String> columns = List.of("allergies.substance", "allergies.reaction", "allergies.severity",
                "allergies.notedAt", "allergies.notedBy");
        for (int i = 0; i < columns.size(); i++) {
            TableColumn c = new TableColumn(allergyTable, SWT.NONE);
            c.setText(texts.get(columns.get(i)));
            c.setWidth(widths[i]);
        }
        if (mayWriteClinical) {
            allergySubstance = WidgetIds.name(new Text(allergies, SWT.BORDER), "patients.allergies.substance");
            allergySubstance.setMessage(texts.get("allergies.substance"));
            allergySubstance.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            allergyReaction = WidgetIds.name(new Text(allergies, SWT.BORDER), "patients.allergies.reaction");
            allergyReaction.setMessage(texts.get("allergies.reaction"));
            allergyReaction.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            allergySeverity = WidgetIds.name(new Combo(allergies, SWT.READ_ONLY), "patients.allergies.severity");
            for (AllergySeverity severity : AllergySeverity.values()) {
                allergySeverity.add(texts.get("severity." + severity));
            }
            allergySeverity.select(AllergySeverity.UNKNOWN.ordinal());
            Button add = WidgetIds.name(new Button(allergies, SWT.PUSH), "patients.allergies.add");
            add.setText(texts.get("allergies.add"));
            add.addListener(SWT.Selection, e -> addAllergy());
        }
        root.setWeights(50, 50);
        right.addListener(SWT.Resize, e -> scroll.setMinSize(right.computeSize(SWT.DEFAULT, SWT.DEFAULT)));

        showForm(null);
        formTitle.setText(texts.get(mayWrite ? "form.none" : "form.select"));
        searchNow();
    }

    Control root() {
        return root;
    }

    private void column(String key, int width) {
        TableColumn column = new TableColumn(results, SWT.NONE);
        column.setText(texts.get(key));
        column.setWidth(width);
    }

    // ---- search

    private void searchNow() {
        if (root.isDisposed()) {
            return;
        }
        int seq = ++searchSeq;
        String q = search.getText().trim();
        context.run(texts.get("search.running"), () -> api.search(q.isEmpty() ? null : q, null, 0, PAGE_SIZE), page -> {
            if (seq == searchSeq && !results.isDisposed()) {
                show(page);
            }
        });
    }

    private void show(Page<PatientSummary> page) {
        results.removeAll();
        LocalDate today = LocalDate.now();
        for (PatientSummary p : page.items()) {
            TableItem item = new TableItem(results, SWT.NONE);
            item.setText(new String[] { p.mrn(), p.lastName().toUpperCase(context.locale()) + " " + p.firstName(),
                    dates.format(p.birthDate()), texts.get("age", Names.age(p.birthDate(), today)),
                    texts.get("sex." + p.sex()) });
            item.setData(p);
        }
        count.setText(page.total() > page.items().size() ? texts.get("search.more", page.items().size(), page.total())
                : texts.get("search.count", page.total()));
        count.getParent().layout();
    }

    // ---- the form

    private void showForm(Patient patient) {
        current = patient;
        clearErrors();
        formTitle.setText(patient == null ? texts.get("form.new") : texts.get("form.edit", patient.mrn()));
        text("lastName").setText(patient == null ? "" : patient.lastName());
        text("firstName").setText(patient == null ? "" : patient.firstName());
        text("birthDate").setText(patient == null ? "" : dates.format(patient.birthDate()));
        Combo sex = (Combo) fields.get("sex");
        if (patient == null) {
            sex.deselectAll();
        } else {
            sex.select(patient.sex().ordinal());
        }
        text("phone").setText(orEmpty(patient == null ? null : patient.phone()));
        text("email").setText(orEmpty(patient == null ? null : patient.email()));
        text("address").setText(orEmpty(patient == null ? null : patient.address()));
        text("nir").setText(orEmpty(patient == null ? null : patient.nir()));
        allergies.setVisible(patient != null && mayReadClinical);
        allergyTable.removeAll();
        if (patient != null && mayReadClinical) {
            loadAllergies(patient.id());
        }
        formTitle.getParent().layout(true, true);
    }

    private Text text(String field) {
        return (Text) fields.get(field);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String orNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private void load(UUID id) {
        context.run(texts.get("form.loading"), () -> api.get(id), patient -> {
            if (!root.isDisposed()) {
                showForm(patient);
            }
        });
    }

    private void clearErrors() {
        formMessage.setText("");
        fieldErrors.values().forEach(label -> {
            label.setText("");
            label.setToolTipText(null);
        });
    }

    private void save() {
        clearErrors();
        LocalDate birthDate = null;
        String birthText = text("birthDate").getText().trim();
        if (!birthText.isEmpty()) {
            try {
                birthDate = LocalDate.parse(birthText, dates);
            } catch (DateTimeParseException e) {
                fieldErrors.get("birthDate").setText(texts.get("form.badDate"));
                formMessage.setText(texts.get("form.invalid"));
                formMessage.getParent().layout(true, true);
                return;
            }
        }
        int sexIndex = ((Combo) fields.get("sex")).getSelectionIndex();
        PatientInput input = new PatientInput(orNull(text("lastName").getText()), orNull(text("firstName").getText()),
                birthDate, sexIndex < 0 ? null : Sex.values()[sexIndex], orNull(text("phone").getText()),
                orNull(text("email").getText()), orNull(text("address").getText()), orNull(text("nir").getText()),
                current == null ? null : current.version());
        if (current != null) {
            UUID id = current.id();
            context.run(texts.get("form.saving"), () -> api.update(id, input), saved -> {
                showForm(saved);
                context.inform(texts.get("form.saved", saved.mrn()));
                searchNow();
            }, this::showProblem);
        } else if (input.lastName() != null && input.firstName() != null && input.birthDate() != null) {
            // Look for the same person first: the warning must come before the record exists.
            context.run(texts.get("form.checking"),
                    () -> api.search(input.lastName() + " " + input.firstName(), input.birthDate().toString(), 0, 100),
                    found -> {
                        List<PatientSummary> same = Names.duplicates(found.items(), input.lastName(), input.firstName(),
                                input.birthDate());
                        if (same.isEmpty()) {
                            create(input);
                        } else {
                            DuplicatesDialog.open(root.getShell(), texts, dates, same, () -> create(input));
                        }
                    }, this::showProblem);
        } else {
            create(input); // the server names every missing field at once
        }
    }

    private void create(PatientInput input) {
        context.run(texts.get("form.saving"), () -> {
            try (jakarta.ws.rs.core.Response response = api.create(input)) {
                return response.readEntity(PatientCreated.class);
            }
        }, created -> {
            showForm(created.patient());
            if (created.possibleDuplicates().isEmpty()) {
                context.inform(texts.get("form.created", created.patient().mrn()));
            } else {
                PatientSummary other = created.possibleDuplicates().get(0);
                formMessage.setText(texts.get("duplicates.afterwards", created.patient().mrn(), other.mrn()));
            }
            searchNow();
        }, this::showProblem);
    }

    private void showProblem(HygieException problem) {
        if (root.isDisposed()) {
            return;
        }
        formMessage.setText(problem.errors().isEmpty() ? context.describe(problem) : texts.get("form.invalid"));
        for (FieldError error : problem.errors()) {
            Label label = fieldErrors.get(error.field());
            if (label != null) {
                String translated = texts.get("field." + error.code());
                label.setText(translated.startsWith("!") ? error.message() : translated);
                label.setToolTipText(error.message());
            }
        }
        formMessage.getParent().layout(true, true);
    }

    // ---- allergies

    private void loadAllergies(UUID patient) {
        context.run(texts.get("allergies.loading"), () -> api.allergies(patient), list -> {
            if (current != null && current.id().equals(patient) && !allergyTable.isDisposed()) {
                showAllergies(list);
            }
        });
    }

    private void showAllergies(List<Allergy> list) {
        allergyTable.removeAll();
        DateTimeFormatter noted = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(context.locale());
        for (Allergy a : list) {
            new TableItem(allergyTable, SWT.NONE).setText(new String[] { a.substance(), orEmpty(a.reaction()),
                    texts.get("severity." + a.severity()), noted.format(local(a.notedAt())), orEmpty(a.notedBy()) });
        }
        if (list.isEmpty()) {
            new TableItem(allergyTable, SWT.NONE).setText(texts.get("allergies.none"));
        }
    }

    private static LocalDate local(Instant instant) {
        return instant.atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private void addAllergy() {
        if (current == null) {
            return;
        }
        UUID patient = current.id();
        AllergyInput input = new AllergyInput(orNull(allergySubstance.getText()), orNull(allergyReaction.getText()),
                AllergySeverity.values()[Math.max(0, allergySeverity.getSelectionIndex())]);
        context.run(texts.get("allergies.adding"), () -> api.addAllergy(patient, input), added -> {
            allergySubstance.setText("");
            allergyReaction.setText("");
            loadAllergies(patient);
        }, problem -> {
            if (!allergySubstance.isDisposed()) {
                formMessage.setText(context.describe(problem));
                formMessage.getParent().layout(true, true);
            }
        });
    }
}
