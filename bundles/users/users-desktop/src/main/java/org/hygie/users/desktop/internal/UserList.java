package org.hygie.users.desktop.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hygie.core.paging.Page;
import org.hygie.users.api.User;
import org.hygie.users.api.UsersApi;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Tables;
import org.hygie.workbench.kit.Widgets;

/** The accounts, filtered as the administrator types; the selection kept across reloads. Display thread only. */
final class UserList {
    private static final int DEBOUNCE_MS = 300;

    private final ViewContext context;
    private final UsersApi api;
    private final Texts texts;
    private final DateTimeFormatter times;
    private final Text filter;
    private final Table table;
    private final Label count;
    private final Runnable onChange;
    private int seq;

    /**
     * @param parent a composite with a grid of {@code span} columns
     * @param onChange what follows a change of selection or of the rows (the actions follow it)
     */
    UserList(Composite parent, int span, ViewContext context, UsersApi api, Texts texts, Runnable onChange) {
        this.context = context;
        this.api = api;
        this.texts = texts;
        this.onChange = onChange;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(context.locale())
                .withZone(ZoneId.systemDefault());
        filter = Widgets.searchField(parent, "users.filter", texts.get("filter.hint"), span, DEBOUNCE_MS, this::reload);
        table = Tables.table(parent, "users.table", texts, span, "column.username", "column.displayName", "column.role",
                "column.active", "column.locked", "column.mustChange");
        table.addListener(SWT.Selection, e -> onChange.run());
        count = WidgetIds.name(new Label(parent, SWT.NONE), "users.count");
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
    }

    /** Ctrl+F: to the filter, its text selected so that typing replaces it. */
    void focusSearch() {
        filter.setFocus();
        filter.selectAll();
    }

    /** @return the table of the accounts (the actions give it their menu) */
    Table table() {
        return table;
    }

    /** @return the selected account, or null */
    User selected() {
        return Tables.selected(table, User.class);
    }

    /** Lists the accounts again, keeping the selected one selected; only the latest answer shows. */
    void reload() {
        if (table.isDisposed()) {
            return;
        }
        int mine = ++seq;
        String q = filter.getText().trim();
        User kept = selected();
        UUID keep = kept == null ? null : kept.id();
        context.run(texts.get("loading"), () -> api.list(q.isEmpty() ? null : q, 0, 100), page -> {
            if (mine == seq && !table.isDisposed()) {
                show(page, keep);
            }
        });
    }

    private void show(Page<User> page, UUID keep) {
        table.removeAll();
        for (User u : page.items()) {
            TableItem item = Tables.row(table, u, u.username(), u.displayName(), texts.get("role." + u.role()),
                    texts.get("active." + u.active()), u.lockedUntil() == null ? "" : times.format(u.lockedUntil()),
                    texts.get(u.mustChangePassword() ? "yes" : "no"));
            if (u.id().equals(keep)) {
                table.setSelection(item);
            }
        }
        Tables.fit(table);
        count.setText(texts.get("count", page.total()));
        onChange.run();
        count.getParent().layout();
    }
}
