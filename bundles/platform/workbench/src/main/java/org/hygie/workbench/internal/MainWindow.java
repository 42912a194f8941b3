package org.hygie.workbench.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hygie.core.problem.HygieException;
import org.hygie.core.session.SessionUser;
import org.hygie.core.workbench.Contribution;
import org.hygie.desktop.client.ConnectionListener;
import org.hygie.desktop.client.ConnectionState;
import org.hygie.workbench.Command;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.WidgetIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window: navigation of the contributions the role may see, the selected view, and the
 * status bar (user, role, server, connection state, busy state). Display thread only.
 */
final class MainWindow implements ViewContext {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    private static final Comparator<Contributed> NAVIGATION_ORDER = Comparator.comparing(Contributed::declaration,
            Contribution.NAVIGATION_ORDER);

    private final Workbench workbench;
    private final Texts texts;
    private final SessionUser user;
    private final Shell shell;
    private final Table navigation;
    private final Composite views;
    /** The tab of the area's views, then a tab per open patient chart. */
    private final ChartTabs charts;
    private final StackLayout stack = new StackLayout();
    private final Label placeholder;
    private final Map<Contributed, Control> built = new HashMap<>();
    private final Label state;
    private final StatusLine statusLine;
    private final ConnectionListener connectionListener;
    private final Shortcuts shortcuts;
    /** Calls that failed on an expired session, run again once the user has logged in again. */
    private final List<Runnable> retries = new ArrayList<>();
    private ReloginDialog relogin;
    private boolean closing;

    MainWindow(Workbench workbench, SessionUser user) {
        this.workbench = workbench;
        this.texts = workbench.texts;
        this.user = user;
        shell = WidgetIds.name(new Shell(workbench.display(), SWT.SHELL_TRIM), "workbench");
        shell.setText(texts.get("main.title", user.displayName()));
        GridLayout layout = Ui.grid(1, 0);
        layout.verticalSpacing = 0;
        shell.setLayout(layout);
        shortcuts = new Shortcuts(shell);

        SashForm sash = new SashForm(shell, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        navigation = WidgetIds.name(new Table(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER), "nav");
        navigation.addListener(SWT.Selection, e -> showSelected());
        Ui.bigger(navigation, 2, SWT.NORMAL);
        charts = new ChartTabs(sash, this, texts, () -> workbench.chartSections().stream()
                .filter(section -> section.declaration().isVisibleTo(user.role())).toList(), workbench::chartBanner);
        views = charts.areaViews();
        views.setLayout(stack);
        placeholder = WidgetIds.name(new Label(views, SWT.CENTER), "placeholder");
        sash.setWeights(17, 83); // room for the longest label, "Horaires des médecins"

        Composite status = WidgetIds.name(new Composite(shell, SWT.NONE), "status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setLayout(Ui.grid(13, 4)); // four labels and their separators, the status line's four cells, logout
        statusLabel(status, "status.user", user.displayName() + " (" + user.username() + ")");
        statusLabel(status, "status.role", texts.get("role." + user.role()));
        statusLabel(status, "status.server", texts.get("status.server", workbench.client.server()));
        state = statusLabel(status, "status.state", texts.get("state." + workbench.client.state()));
        statusLine = new StatusLine(status);
        Button logout = WidgetIds.name(new Button(status, SWT.PUSH), "logout");
        logout.setText(texts.get("main.logout"));
        logout.addListener(SWT.Selection, e -> logout());

        connectionListener = next -> workbench.later(() -> {
            if (!state.isDisposed()) {
                state.setText(texts.get("state." + next));
                state.getParent().layout();
            }
        });
        workbench.client.addListener(connectionListener);
        shell.addListener(SWT.Close, e -> {
            if (!closing) {
                workbench.closedByUser();
            }
        });
        shell.addListener(SWT.Dispose, e -> workbench.client.removeListener(connectionListener));

        workbench.contributions().stream().filter(c -> c.declaration().isVisibleTo(user.role())).sorted(NAVIGATION_ORDER)
                .forEach(this::addItem);
    }

    private Label statusLabel(Composite parent, String id, String text) {
        Label label = WidgetIds.name(new Label(parent, SWT.NONE), id);
        label.setText(text);
        new Label(parent, SWT.SEPARATOR | SWT.VERTICAL).setLayoutData(new GridData(SWT.CENTER, SWT.FILL, false, false));
        return label;
    }

    void open() {
        // 1280×800, the size every view is checked at for cut texts (desktop-itest TextFitUiTest), or the screen.
        Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
        shell.setSize(Math.min(1280, screen.width), Math.min(800, screen.height));
        Ui.center(shell);
        shell.open();
        if (navigation.getItemCount() > 0) {
            navigation.setSelection(0);
        }
        showSelected();
    }

    void dispose() {
        closing = true;
        if (relogin != null) {
            relogin.close();
        }
        shell.dispose();
    }

    // ---- contributions, as they come and go

    void added(Contributed contribution) {
        if (shell.isDisposed() || !contribution.declaration().isVisibleTo(user.role()) || item(contribution) != null) {
            return;
        }
        addItem(contribution);
        if (navigation.getSelectionIndex() < 0) {
            showSelected();
        }
    }

    void removed(Contributed contribution) {
        if (shell.isDisposed()) {
            return;
        }
        TableItem item = item(contribution);
        boolean wasSelected = item != null && navigation.getSelectionIndex() == navigation.indexOf(item);
        if (item != null) {
            item.dispose();
        }
        Control view = built.remove(contribution);
        if (view != null) {
            view.dispose();
        }
        if (wasSelected && navigation.getItemCount() > 0) {
            navigation.setSelection(0);
        }
        showSelected();
    }

    private void addItem(Contributed contribution) {
        int index = 0;
        while (index < navigation.getItemCount()
                && NAVIGATION_ORDER.compare((Contributed) navigation.getItem(index).getData(), contribution) < 0) {
            index++;
        }
        TableItem item = new TableItem(navigation, SWT.NONE, index);
        item.setText(contribution.label(texts.locale()));
        item.setData(contribution);
        item.setData(WidgetIds.KEY, "nav." + contribution.id());
    }

    void sectionAdded(ContributedSection section) {
        if (!shell.isDisposed() && section.declaration().isVisibleTo(user.role())) {
            charts.sectionAdded(section);
        }
    }

    void sectionRemoved(ContributedSection section) {
        if (!shell.isDisposed()) {
            charts.sectionRemoved(section);
        }
    }

    void bannerChanged() {
        if (!shell.isDisposed()) {
            charts.bannerChanged();
        }
    }

    private TableItem item(Contributed contribution) {
        for (TableItem item : navigation.getItems()) {
            if (item.getData() == contribution) {
                return item;
            }
        }
        return null;
    }

    private void showSelected() {
        int index = navigation.getSelectionIndex();
        if (index < 0) {
            placeholder.setText(navigation.getItemCount() == 0 ? texts.get("main.empty") : texts.get("main.choose"));
            stack.topControl = placeholder;
            charts.showArea(texts.get("app.title"));
        } else {
            Contributed contribution = (Contributed) navigation.getItem(index).getData();
            charts.showArea(contribution.label(texts.locale()));
            Control view = built.get(contribution);
            if (view == null || view.isDisposed()) {
                try {
                    view = contribution.view().createView(views, this);
                    built.put(contribution, view);
                } catch (RuntimeException e) {
                    LOG.error("The view {} could not be built", contribution.id(), e);
                    placeholder.setText(texts.get("error.unexpected", e.toString()));
                    view = placeholder;
                }
            }
            stack.topControl = view;
        }
        views.layout(true, true);
    }

    // ---- ViewContext

    @Override
    public Locale locale() {
        return texts.locale();
    }

    @Override
    public SessionUser user() {
        return user;
    }

    @Override
    public <T> T api(Class<T> contract) {
        return workbench.client.api(contract);
    }

    @Override
    public String describe(HygieException failure) {
        return Failures.describe(texts, failure, workbench.client.server());
    }

    @Override
    public void inform(String message) {
        if (!shell.isDisposed()) {
            statusLine.confirm(message);
        }
    }

    @Override
    public void openChart(UUID patientId) {
        if (!shell.isDisposed()) {
            charts.open(patientId);
        }
    }

    @Override
    public void bind(Control scope, Command command, Runnable action) {
        shortcuts.bind(scope, command, action);
    }

    @Override
    public <T> void run(String task, Callable<T> call, Consumer<T> onSuccess, Consumer<HygieException> onFailure) {
        setRunning(+1, task);
        workbench.jobs.submit(() -> {
            try {
                T result = call.call();
                workbench.later(() -> {
                    setRunning(-1, null);
                    if (!shell.isDisposed()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (HygieException e) {
                workbench.later(() -> failed(task, call, onSuccess, onFailure, e));
            } catch (Exception | LinkageError e) {
                LOG.error("{} failed", task, e);
                workbench.later(() -> failed(task, call, onSuccess, onFailure, Failures.unexpected(e)));
            }
        });
    }

    private <T> void failed(String task, Callable<T> call, Consumer<T> onSuccess, Consumer<HygieException> onFailure,
            HygieException e) {
        setRunning(-1, null);
        if (shell.isDisposed()) {
            return;
        }
        if (e.status() == 401 && workbench.client.state() == ConnectionState.SESSION_EXPIRED) {
            retries.add(() -> run(task, call, onSuccess, onFailure));
            askPasswordAgain();
            return;
        }
        statusLine.fail(texts.get("status.failed", task, describe(e)));
        onFailure.accept(e);
    }

    private void setRunning(int delta, String task) {
        if (shell.isDisposed()) {
            return;
        }
        if (delta > 0) {
            statusLine.begin(task);
        } else {
            statusLine.end();
        }
    }

    private void askPasswordAgain() {
        if (relogin == null) {
            relogin = new ReloginDialog(workbench, shell, user, () -> {
                relogin = null;
                List<Runnable> again = new ArrayList<>(retries);
                retries.clear();
                again.forEach(Runnable::run);
            }, () -> {
                relogin = null;
                retries.clear();
                logout();
            });
            relogin.open();
        }
    }

    private void logout() {
        setRunning(+1, texts.get("main.logoutBusy"));
        workbench.jobs.submit(() -> {
            workbench.client.logout();
            workbench.later(() -> workbench.loggedOut(user.username()));
        });
    }
}
