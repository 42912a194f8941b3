package org.hygie.patients.desktop.internal;

import java.time.format.DateTimeFormatter;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hygie.core.security.Permissions;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.Command;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;

/**
 * Search as you type on the left ({@link PatientList}), the selected or new patient's form on the
 * right ({@link PatientForm}), with, for clinicians, the allergies. Display thread only; every call
 * goes through {@link ViewContext#run}.
 */
final class PatientsView {
    private final SashForm root;

    PatientsView(Composite parent, ViewContext context, PatientsApi api, Texts texts) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(texts.get("date.pattern"));
        boolean mayWrite = context.may(Permissions.PATIENTS_WRITE);
        root = WidgetIds.name(new SashForm(parent, SWT.HORIZONTAL), "patients");
        PatientForm[] form = new PatientForm[1];
        Runnable newPatient = () -> {
            form[0].show(null);
            form[0].focusFirst();
        };
        PatientList list = new PatientList(root, context, api, texts, dates, mayWrite, newPatient,
                id -> form[0].load(id));
        form[0] = new PatientForm(root, context, api, texts, dates, mayWrite, context.may(Permissions.CLINICAL_READ),
                context.may(Permissions.CLINICAL_WRITE), () -> list.showSaved(form[0].current()));
        root.setWeights(50, 50);
        context.bind(root, Command.SEARCH, list::focusSearch);
        if (mayWrite) {
            context.bind(root, Command.NEW, newPatient);
        }
        context.bind(root, Command.REFRESH, list::searchNow);
        form[0].showNothing();
        list.searchNow();
    }

    Control root() {
        return root;
    }
}
