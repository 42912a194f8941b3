package org.hygie.patients.desktop.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.hygie.patients.api.Patient;
import org.hygie.patients.api.PatientInput;
import org.hygie.patients.api.Sex;
import org.hygie.workbench.Texts;
import org.hygie.workbench.kit.Form;

/**
 * A patient's demographic fields in a {@link Form}: filled from a patient, read back into what the
 * server takes. Shared by the patients view's form and the chart's demographics section. Display
 * thread only.
 */
final class PatientFields {
    private final Form form;
    private final Texts texts;
    private final DateTimeFormatter dates;

    /**
     * @param body a composite with a grid of three columns
     * @param prefix the fields' names start with it ({@code <prefix>.lastName}...)
     * @param editable whether the user may change them (the patients view shows them to every reader)
     */
    PatientFields(Composite body, Texts texts, DateTimeFormatter dates, String prefix, boolean editable) {
        this.texts = texts;
        this.dates = dates;
        form = new Form(body, texts, prefix, 120);
        form.field("lastName", texts.get("form.lastName"), text(body, SWT.SINGLE, editable), 170);
        form.field("firstName", texts.get("form.firstName"), text(body, SWT.SINGLE, editable), 170);
        Text birthDate = form.field("birthDate", texts.get("form.birthDate"), text(body, SWT.SINGLE, editable), 170);
        birthDate.setMessage(texts.get("form.birthDate.hint"));
        Combo sex = new Combo(body, SWT.READ_ONLY);
        for (Sex s : Sex.values()) {
            sex.add(texts.get("sex." + s));
        }
        sex.setEnabled(editable);
        form.field("sex", texts.get("form.sex"), sex, 170);
        form.field("phone", texts.get("form.phone"), text(body, SWT.SINGLE, editable), 170);
        form.field("email", texts.get("form.email"), text(body, SWT.SINGLE, editable), 170);
        Text address = form.field("address", texts.get("form.address"), text(body, SWT.MULTI | SWT.WRAP, editable), 170);
        ((GridData) address.getLayoutData()).heightHint = 48;
        form.field("nir", texts.get("form.nir"), text(body, SWT.SINGLE, editable), 170);
    }

    private static Text text(Composite parent, int style, boolean editable) {
        Text text = new Text(parent, SWT.BORDER | style);
        text.setEditable(editable);
        return text;
    }

    Form form() {
        return form;
    }

    /** Fills the fields from the patient, or empties them for a new one. */
    void show(Patient patient) {
        form.clearErrors();
        form.text("lastName").setText(patient == null ? "" : patient.lastName());
        form.text("firstName").setText(patient == null ? "" : patient.firstName());
        form.text("birthDate").setText(patient == null ? "" : dates.format(patient.birthDate()));
        if (patient == null) {
            form.combo("sex").deselectAll();
        } else {
            form.combo("sex").select(patient.sex().ordinal());
        }
        form.text("phone").setText(orEmpty(patient == null ? null : patient.phone()));
        form.text("email").setText(orEmpty(patient == null ? null : patient.email()));
        form.text("address").setText(orEmpty(patient == null ? null : patient.address()));
        form.text("nir").setText(orEmpty(patient == null ? null : patient.nir()));
    }

    /**
     * @param version the version read, for an update; null for a creation
     * @return what the fields say, for the server to check; null when the birth date cannot be
     *         read (said next to it)
     */
    PatientInput read(Long version) {
        form.clearErrors();
        LocalDate birthDate = null;
        String birthText = form.text("birthDate").getText().trim();
        if (!birthText.isEmpty()) {
            try {
                birthDate = LocalDate.parse(birthText, dates);
            } catch (DateTimeParseException e) {
                form.error("birthDate", texts.get("form.badDate"));
                return null;
            }
        }
        int sexIndex = form.combo("sex").getSelectionIndex();
        return new PatientInput(form.value("lastName"), form.value("firstName"), birthDate,
                sexIndex < 0 ? null : Sex.values()[sexIndex], form.value("phone"), form.value("email"),
                form.value("address"), form.value("nir"), version);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
