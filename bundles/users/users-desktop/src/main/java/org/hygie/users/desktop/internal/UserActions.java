package org.hygie.users.desktop.internal;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hygie.users.api.PasswordReset;
import org.hygie.users.api.User;
import org.hygie.users.api.UsersApi;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;
import org.hygie.workbench.kit.Widgets;

/**
 * What the administrator does to the selected account: deactivate, reset its password, unlock;
 * each button enabled only when it applies. The same actions make the table's menu, which Enter or
 * a double-click on a row opens beside it (a right-click too), as a patient's row opens the chart.
 * Display thread only.
 */
final class UserActions {
    private final ViewContext context;
    private final UsersApi api;
    private final Texts texts;
    private final Supplier<User> selected;
    private final Consumer<String> say;
    private final Runnable reload;
    private final Button deactivate;
    private final Button reset;
    private final Button unlock;
    private Menu menu;

    /**
     * @param selected the selected account, or null
     * @param say where a failure, or a temporary password, is said (confirmations go to the status bar)
     * @param reload what follows a change (the list reloads)
     */
    UserActions(Composite parent, ViewContext context, UsersApi api, Texts texts, Supplier<User> selected,
            Consumer<String> say, Runnable reload) {
        this.context = context;
        this.api = api;
        this.texts = texts;
        this.selected = selected;
        this.say = say;
        this.reload = reload;
        deactivate = Widgets.button(parent, "users.deactivate", texts.get("deactivate"), () -> act(texts.get("deactivating"),
                user -> () -> api.deactivate(user.id()), done -> texts.get("deactivated", done.username())));
        reset = Widgets.button(parent, "users.reset", texts.get("reset"), this::resetPassword);
        unlock = Widgets.button(parent, "users.unlock", texts.get("unlock"), () -> act(texts.get("unlocking"),
                user -> () -> api.unlock(user.id()), done -> texts.get("unlocked", done.username())));
    }

    /** Enables what applies to the selected account. */
    void update() {
        User user = selected.get();
        deactivate.setEnabled(user != null && user.active() && !user.id().equals(context.user().id()));
        reset.setEnabled(user != null && user.active());
        unlock.setEnabled(user != null && user.lockedUntil() != null);
        if (menu != null && !menu.isDisposed()) {
            for (MenuItem item : menu.getItems()) {
                item.setEnabled(((Button) item.getData()).isEnabled());
            }
        }
    }

    /**
     * Gives the table the actions as its menu, opened by a right-click, and by Enter or a
     * double-click on a row, under that row.
     */
    void attach(Table table) {
        menu = WidgetIds.name(new Menu(table), "users.menu");
        for (Button button : new Button[] { deactivate, reset, unlock }) {
            MenuItem item = WidgetIds.name(new MenuItem(menu, SWT.PUSH), "users.menu." + button.getData(WidgetIds.KEY)
                    .toString().substring("users.".length()));
            item.setText(button.getText());
            item.setData(button);
            item.addListener(SWT.Selection, e -> button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()));
        }
        menu.addListener(SWT.Show, e -> update());
        table.setMenu(menu);
        table.addListener(SWT.DefaultSelection, e -> {
            TableItem[] rows = table.getSelection();
            if (rows.length == 1) {
                Rectangle row = rows[0].getBounds();
                menu.setLocation(table.toDisplay(row.x + row.width / 4, row.y + row.height));
                update();
                menu.setVisible(true);
            }
        });
    }

    private interface Action {
        Callable<User> on(User user);
    }

    private void act(String task, Action action, Function<User, String> done) {
        User user = selected.get();
        if (user == null) {
            return;
        }
        context.run(task, action.on(user), result -> {
            say.accept("");
            context.inform(done.apply(result));
            reload.run();
        }, problem -> say.accept(context.describe(problem)));
    }

    private void resetPassword() {
        User user = selected.get();
        if (user == null) {
            return;
        }
        // No body: the server generates a strong temporary password and returns it once.
        context.run(texts.get("resetting"), () -> api.resetPassword(user.id(), new PasswordReset(null)), result -> {
            // The temporary password stays in the view until the next outcome: it is to be passed on.
            say.accept(texts.get("resetDone", result.user().username(), result.temporaryPassword()));
            context.inform(texts.get("resetConfirmed", result.user().username()));
            reload.run();
        }, problem -> say.accept(context.describe(problem)));
    }
}
