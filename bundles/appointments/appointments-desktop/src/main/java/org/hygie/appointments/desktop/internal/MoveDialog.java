package org.hygie.appointments.desktop.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.hygie.workbench.Texts;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Dialog;

/**
 * Asks to confirm the move of a block dropped elsewhere on the grid, saying from where to where;
 * stays open, with the server's refusal in words, until the server has accepted (nothing moves before).
 */
final class MoveDialog extends Dialog {
    MoveDialog(Shell parent, Texts texts, String what, String from, String to, Runnable submit) {
        super(parent, "agenda.move", texts.get("move.title"), 1, SWT.NONE);
        Label question = WidgetIds.name(new Label(shell, SWT.WRAP), "agenda.move.question");
        question.setText(texts.get("move.question", what, from, to));
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 420;
        question.setLayoutData(data);
        finish(texts, "move.submit", submit);
    }
}
