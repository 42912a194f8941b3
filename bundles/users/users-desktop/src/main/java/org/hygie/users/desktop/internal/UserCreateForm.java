package org.hygie.users.desktop.internal;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;
import org.hygie.core.security.Role;
import org.hygie.users.api.NewUser;
import org.hygie.users.api.User;
import org.hygie.users.api.UsersApi;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Form;
import org.hygie.workbench.kit.Widgets;

/** The creation of an account, with the server's validation next to its fields. Display thread only. */
final class UserCreateForm {
    private final ViewContext context;
    private final UsersApi api;
    private final Texts texts;
    private final Form form;
    private final Consumer<String> say;
    private final Runnable onCreated;

    /**
     * @param say where the outcome is said
     * @param onCreated what follows a creation (the list reloads)
     */
    UserCreateForm(Composite parent, ViewContext context, UsersApi api, Texts texts, Consumer<String> say,
            Runnable onCreated) {
        this.context = context;
        this.api = api;
        this.texts = texts;
        this.say = say;
        this.onCreated = onCreated;
        Group group = WidgetIds.name(new Group(parent, SWT.NONE), "users.create");
        group.setText(texts.get("create.title"));
        group.setLayout(new GridLayout(3, false));
        form = new Form(group, texts, "users.create", 80);
        form.field("username", texts.get("create.username"), new Text(group, SWT.BORDER), 170);
        form.field("displayName", texts.get("create.displayName"), new Text(group, SWT.BORDER), 170);
        Combo role = new Combo(group, SWT.READ_ONLY);
        for (Role r : Role.values()) {
            role.add(texts.get("role." + r));
        }
        form.field("role", texts.get("create.role"), role, 170);
        form.field("temporaryPassword", texts.get("create.password"), new Text(group, SWT.BORDER), 170);
        Button submit = Widgets.button(group, "users.create.submit", texts.get("create.submit"), this::create);
        submit.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false, 2, 1));
    }

    /** Ctrl+N: to the form's first field, for a new account. */
    void focusFirst() {
        form.focusFirst();
    }

    private void create() {
        form.clearErrors();
        int roleIndex = form.combo("role").getSelectionIndex();
        NewUser user = new NewUser(form.value("username"), form.value("displayName"),
                roleIndex < 0 ? null : Role.values()[roleIndex], form.text("temporaryPassword").getText());
        context.run(texts.get("create.running"), () -> {
            try (jakarta.ws.rs.core.Response response = api.create(user)) {
                return response.readEntity(User.class);
            }
        }, created -> {
            form.clear();
            form.combo("role").deselectAll();
            say.accept("");
            context.inform(texts.get("create.done", created.username()));
            onCreated.run();
        }, problem -> {
            say.accept(problem.errors().isEmpty() ? context.describe(problem) : texts.get("create.invalid"));
            form.showErrors(problem.errors());
        });
    }
}
