package org.hygie.users.desktop.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
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
import org.hygie.core.security.Role;
import org.hygie.users.api.NewUser;
import org.hygie.users.api.PasswordReset;
import org.hygie.users.api.User;
import org.hygie.users.api.UsersApi;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;

/** Accounts listed on the left with their actions; the creation form on the right. Display thread only. */
final class UsersView {
    private static final int DEBOUNCE_MS = 300;

    private final ViewContext context;
    private final UsersApi api;
    private final Texts texts;
    private final DateTimeFormatter times;
    private final SashForm root;
    private final Text filter;
    private final Table table;
    private final Label count;
    private final Label message;
    private final Button deactivate;
    private final Button reset;
    private final Button unlock;
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private final Map<String, Label> fieldErrors = new LinkedHashMap<>();
    private final Runnable reloadLater = this::reload;
    private int seq;

    UsersView(Composite parent, ViewContext context, UsersApi api, Texts texts) {
        this.context = context;
        this.api = api;
        this.texts = texts;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(context.locale())
                .withZone(ZoneId.systemDefault());
        root = WidgetIds.name(new SashForm(parent, SWT.HORIZONTAL), "users");

        Composite left = new Composite(root, SWT.NONE);
        left.setLayout(new GridLayout(3, false));
        filter = WidgetIds.name(new Text(left, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER), "users.filter");
        filter.setMessage(texts.get("filter.hint"));
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        filter.addModifyListener(e -> {
            filter.getDisplay().timerExec(-1, reloadLater);
            filter.getDisplay().timerExec(DEBOUNCE_MS, reloadLater);
        });
        table = WidgetIds.name(new Table(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "users.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        column("column.username", 95);
        column("column.displayName", 160);
        column("column.role", 105);
        column("column.active", 75);
        column("column.locked", 115);
        column("column.mustChange", 80);
        table.addListener(SWT.Selection, e -> updateActions());
        deactivate = action(left, "deactivate", "users.deactivate");
        reset = action(left, "reset", "users.reset");
        unlock = action(left, "unlock", "users.unlock");
        deactivate.addListener(SWT.Selection, e -> act(texts.get("deactivating"), user -> () -> api.deactivate(user.id()),
                done -> texts.get("deactivated", done.username())));
        unlock.addListener(SWT.Selection, e -> act(texts.get("unlocking"), user -> () -> api.unlock(user.id()),
                done -> texts.get("unlocked", done.username())));
        reset.addListener(SWT.Selection, e -> resetPassword());
        count = WidgetIds.name(new Label(left, SWT.NONE), "users.count");
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        message = WidgetIds.name(new Label(left, SWT.WRAP), "users.message");
        GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        messageData.widthHint = 400;
        message.setLayoutData(messageData);

        Group create = WidgetIds.name(new Group(root, SWT.NONE), "users.create");
        create.setText(texts.get("create.title"));
        create.setLayout(new GridLayout(3, false));
        field(create, "username", new Text(create, SWT.BORDER));
        field(create, "displayName", new Text(create, SWT.BORDER));
        Combo role = new Combo(create, SWT.READ_ONLY);
        for (Role r : Role.values()) {
            role.add(texts.get("role." + r));
        }
        field(create, "role", role);
        field(create, "temporaryPassword", new Text(create, SWT.BORDER));
        Button submit = WidgetIds.name(new Button(create, SWT.PUSH), "users.create.submit");
        submit.setText(texts.get("create.submit"));
        submit.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false, 2, 1));
        submit.addListener(SWT.Selection, e -> create());
        root.setWeights(56, 44);
        updateActions();
        reload();
    }

    Control root() {
        return root;
    }

    private void column(String key, int width) {
        TableColumn column = new TableColumn(table, SWT.NONE);
        column.setText(texts.get(key));
        column.setWidth(width);
    }

    private Button action(Composite parent, String key, String id) {
        Button button = WidgetIds.name(new Button(parent, SWT.PUSH), id);
        button.setText(texts.get(key));
        return button;
    }

    private void field(Composite parent, String name, Control control) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(texts.get("create." + (name.equals("temporaryPassword") ? "password" : name)));
        label.moveAbove(control);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 170;
        control.setLayoutData(data);
        fields.put(name, WidgetIds.name(control, "users.create." + name));
        Label error = WidgetIds.name(new Label(parent, SWT.NONE), "users.create." + name + ".error");
        error.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData errorData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        errorData.widthHint = 80;
        error.setLayoutData(errorData);
        fieldErrors.put(name, error);
    }

    private User selected() {
        TableItem[] selection = table.getSelection();
        return selection.length == 1 ? (User) selection[0].getData() : null;
    }

    private void updateActions() {
        User user = selected();
        deactivate.setEnabled(user != null && user.active() && !user.id().equals(context.user().id()));
        reset.setEnabled(user != null && user.active());
        unlock.setEnabled(user != null && user.lockedUntil() != null);
    }

    private void reload() {
        if (root.isDisposed()) {
            return;
        }
        int mine = ++seq;
        String q = filter.getText().trim();
        UUID keep = selected() == null ? null : selected().id();
        context.run(texts.get("loading"), () -> api.list(q.isEmpty() ? null : q, 0, 100), page -> {
            if (mine == seq && !table.isDisposed()) {
                show(page, keep);
            }
        });
    }

    private void show(Page<User> page, UUID keep) {
        table.removeAll();
        for (User u : page.items()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { u.username(), u.displayName(), texts.get("role." + u.role()),
                    texts.get("active." + u.active()), u.lockedUntil() == null ? "" : times.format(u.lockedUntil()),
                    texts.get(u.mustChangePassword() ? "yes" : "no") });
            item.setData(u);
            if (u.id().equals(keep)) {
                table.setSelection(item);
            }
        }
        count.setText(texts.get("count", page.total()));
        updateActions();
        count.getParent().layout();
    }

    private interface Action {
        Callable<User> on(User user);
    }

    private void act(String task, Action action, java.util.function.Function<User, String> done) {
        User user = selected();
        if (user == null) {
            return;
        }
        context.run(task, action.on(user), result -> {
            say(done.apply(result));
            reload();
        }, problem -> say(context.describe(problem)));
    }

    private void resetPassword() {
        User user = selected();
        if (user == null) {
            return;
        }
        // No body: the server generates a strong temporary password and returns it once.
        context.run(texts.get("resetting"), () -> api.resetPassword(user.id(), new PasswordReset(null)), result -> {
            say(texts.get("resetDone", result.user().username(), result.temporaryPassword()));
            reload();
        }, problem -> say(context.describe(problem)));
    }

    private void say(String text) {
        if (!message.isDisposed()) {
            message.setText(text);
            message.getParent().layout();
        }
    }

    private void create() {
        fieldErrors.values().forEach(l -> l.setText(""));
        int roleIndex = ((Combo) fields.get("role")).getSelectionIndex();
        NewUser user = new NewUser(text("username"), text("displayName"), roleIndex < 0 ? null : Role.values()[roleIndex],
                ((Text) fields.get("temporaryPassword")).getText());
        context.run(texts.get("create.running"), () -> {
            try (jakarta.ws.rs.core.Response response = api.create(user)) {
                return response.readEntity(User.class);
            }
        }, created -> {
            for (Control control : fields.values()) {
                if (control instanceof Text t) {
                    t.setText("");
                }
            }
            say(texts.get("create.done", created.username()));
            reload();
        }, problem -> {
            say(problem.errors().isEmpty() ? context.describe(problem) : texts.get("create.invalid"));
            for (FieldError error : problem.errors()) {
                Label label = fieldErrors.get(error.field());
                if (label != null) {
                    String translated = texts.get("field." + error.code());
                    label.setText(translated.startsWith("!") ? error.message() : translated);
                    label.setToolTipText(error.message());
                }
            }
        });
    }

    private String text(String field) {
        String value = ((Text) fields.get(field)).getText().trim();
        return value.isEmpty() ? null : value;
    }
}
