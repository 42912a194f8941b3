package org.hygie.patients.desktop.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.hygie.core.security.Permissions;
import org.hygie.patients.api.Allergy;
import org.hygie.patients.api.AllergySeverity;
import org.hygie.patients.api.Patient;
import org.hygie.patients.api.PatientAllergies;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.chart.ChartContext;

/**
 * The chart's banner: the patient's name, sex, age and birth date, record number, and, for who may
 * read clinical data, the allergies. A severe allergy is marked by an icon and the word, never by
 * colour alone; "no known allergy" is said only when someone stated it, "not recorded" when nobody
 * did. Reloads when the chart says the patient changed. Display thread only.
 */
final class BannerView {
    private final ChartContext context;
    private final PatientsApi api;
    private final Texts texts;
    private final DateTimeFormatter dates;
    private final boolean mayReadAllergies;
    private final Composite root;
    private final Label name;
    private final Label identity;
    private final Label severeIcon;
    private final Label allergies;

    BannerView(Composite parent, ChartContext context, PatientsApi api, Texts texts) {
        this.context = context;
        this.api = api;
        this.texts = texts;
        this.dates = DateTimeFormatter.ofPattern(texts.get("date.pattern"));
        this.mayReadAllergies = context.may(Permissions.CLINICAL_READ);
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 10;
        layout.marginHeight = 6;
        root.setLayout(layout);
        name = WidgetIds.name(new Label(root, SWT.NONE), "chart.banner.name");
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        bold(name, 4);
        name.setText(texts.get("banner.loading"));
        identity = WidgetIds.name(new Label(root, SWT.WRAP), "chart.banner.identity");
        identity.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        severeIcon = WidgetIds.name(new Label(root, SWT.NONE), "chart.banner.severe");
        severeIcon.setImage(root.getDisplay().getSystemImage(SWT.ICON_WARNING));
        allergies = WidgetIds.name(new Label(root, SWT.WRAP), "chart.banner.allergies");
        GridData allergiesData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        allergiesData.widthHint = 600;
        allergies.setLayoutData(allergiesData);
        bold(allergies, 0);
        showSevere(false);
        if (!mayReadAllergies) {
            // Who may not read clinical data sees no allergy line at all, rather than an empty one.
            ((GridData) allergies.getLayoutData()).exclude = true;
            allergies.setVisible(false);
        }
        context.onPatientChanged(this::load);
        load();
    }

    Control root() {
        return root;
    }

    private void load() {
        context.run(texts.get("banner.loadingTask"), () -> new Loaded(api.get(context.patientId()),
                mayReadAllergies ? api.allergies(context.patientId()) : null), this::show);
    }

    private record Loaded(Patient patient, PatientAllergies allergies) {
    }

    private void show(Loaded loaded) {
        if (root.isDisposed()) {
            return;
        }
        Patient p = loaded.patient();
        String fullName = p.lastName().toUpperCase(context.locale()) + " " + p.firstName();
        name.setText(fullName);
        context.setTitle(fullName);
        int age = Period.between(p.birthDate(), LocalDate.now()).getYears();
        identity.setText(texts.get("banner.identity", texts.get("sex." + p.sex()), age, dates.format(p.birthDate()),
                p.mrn()));
        if (loaded.allergies() != null) {
            showAllergies(loaded.allergies());
        }
        context.relayout();
    }

    private void showAllergies(PatientAllergies record) {
        List<Allergy> active = record.active();
        List<Allergy> severe = active.stream().filter(a -> a.severity() == AllergySeverity.SEVERE).toList();
        List<Allergy> others = active.stream().filter(a -> a.severity() != AllergySeverity.SEVERE).toList();
        String text;
        switch (record.statement()) {
        case NOT_RECORDED -> text = texts.get("banner.allergies.notRecorded");
        case NONE_KNOWN -> text = texts.get("banner.allergies.noneKnown", record.statedBy(),
                dates.format(record.statedAt().atZone(java.time.ZoneId.systemDefault())));
        default -> {
            StringBuilder line = new StringBuilder();
            if (!severe.isEmpty()) {
                line.append(texts.get("banner.allergies.severe", list(severe)));
            }
            if (!others.isEmpty()) {
                if (line.length() > 0) {
                    line.append(" — ");
                }
                line.append(texts.get(severe.isEmpty() ? "banner.allergies.some" : "banner.allergies.others", list(others)));
            }
            text = line.toString();
        }
        }
        allergies.setText(text);
        allergies.setToolTipText(text);
        showSevere(!severe.isEmpty());
    }

    private String list(List<Allergy> allergies) {
        return allergies.stream().map(a -> a.reaction() == null ? a.substance()
                : texts.get("banner.allergy.withReaction", a.substance(), a.reaction()))
                .collect(Collectors.joining(", "));
    }

    private void showSevere(boolean shown) {
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.exclude = !shown;
        severeIcon.setLayoutData(data);
        severeIcon.setVisible(shown);
        severeIcon.setToolTipText(shown ? texts.get("banner.severe") : null);
    }

    private static void bold(Control control, int bigger) {
        FontData[] data = control.getFont().getFontData();
        for (FontData d : data) {
            d.setHeight(d.getHeight() + bigger);
            d.setStyle(SWT.BOLD);
        }
        Font font = new Font(control.getDisplay(), data);
        control.setFont(font);
        control.addDisposeListener(e -> font.dispose());
    }
}
