package org.hygie.users.desktop.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.hygie.users.api.UsersApi;
import org.hygie.workbench.Command;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Widgets;

/**
 * Accounts listed on the left ({@link UserList}) with their actions ({@link UserActions}); the
 * creation form on the right ({@link UserCreateForm}). Display thread only.
 */
final class UsersView {
    private final SashForm root;

    UsersView(Composite parent, ViewContext context, UsersApi api, Texts texts) {
        root = WidgetIds.name(new SashForm(parent, SWT.HORIZONTAL), "users");
        Composite left = new Composite(root, SWT.NONE);
        left.setLayout(new GridLayout(3, false));
        UserActions[] actions = new UserActions[1];
        UserList list = new UserList(left, 3, context, api, texts, () -> {
            if (actions[0] != null) {
                actions[0].update();
            }
        });
        Label[] message = new Label[1];
        actions[0] = new UserActions(left, context, api, texts, list::selected, text -> Widgets.say(message[0], text),
                list::reload);
        message[0] = Widgets.textLine(left, "users.message", 3, 400);
        actions[0].attach(list.table());
        UserCreateForm form = new UserCreateForm(root, context, api, texts, text -> Widgets.say(message[0], text),
                list::reload);
        root.setWeights(66, 34); // the accounts table fits its columns; the form fits its fields
        context.bind(root, Command.SEARCH, list::focusSearch);
        context.bind(root, Command.NEW, form::focusFirst);
        context.bind(root, Command.REFRESH, list::reload);
        actions[0].update();
        list.reload();
    }

    Control root() {
        return root;
    }
}
