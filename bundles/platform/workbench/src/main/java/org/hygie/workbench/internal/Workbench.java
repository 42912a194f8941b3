package org.hygie.workbench.internal;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.hygie.core.session.LoginResult;
import org.hygie.core.workbench.Contribution;
import org.hygie.desktop.client.HygieClient;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContribution;
import org.hygie.workbench.chart.ChartBanner;
import org.hygie.workbench.chart.ChartSection;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop workbench: owns the SWT display on one thread of its own, shows the login, then the
 * main window with the contributions the user's role may see. Contributions are bound from any
 * thread: added through {@code asyncExec}, removed through {@code syncExec} so that a leaving
 * bundle's widgets are gone before its classes are (docs/lessons.md#swt-display-thread).
 */
@Component(immediate = true)
public class Workbench {
    private static final Logger LOG = LoggerFactory.getLogger(Workbench.class);
    /** Framework property: {@code false} keeps the framework running when the user closes the window (tests). */
    static final String EXIT_ON_CLOSE = "hygie.workbench.exitOnClose";

    final HygieClient client;
    final Texts texts;
    private final BundleContext context;
    private final List<Contributed> contributions = new CopyOnWriteArrayList<>();
    private final List<ContributedSection> chartSections = new CopyOnWriteArrayList<>();
    private final List<RankedBanner> banners = new CopyOnWriteArrayList<>();
    private final AtomicInteger jobNumber = new AtomicInteger();
    final ExecutorService jobs = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "hygie-job-" + jobNumber.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private volatile Display display;
    private volatile boolean stopping;
    private final Thread uiThread;
    /** The main window, while someone is logged in; display thread only. */
    private MainWindow main;
    private boolean loginPainted;

    @Activate
    public Workbench(BundleContext context, @Reference HygieClient client) {
        this.context = context;
        this.client = client;
        this.texts = Texts.load(Workbench.class, "messages", client.locale());
        this.uiThread = new Thread(this::runDisplay, "hygie-display");
        uiThread.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        Display d = display;
        if (d != null && !d.isDisposed()) {
            try {
                d.wake();
            } catch (SWTException disposedMeanwhile) {
                // the loop is ending anyway
            }
        }
        uiThread.join(10_000);
        jobs.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(ViewContribution view, Map<String, Object> properties) {
        Optional<Contribution> declaration = Contribution.from(properties);
        if (declaration.isEmpty()) {
            LOG.warn("A view contribution ({}) declares no id or label, or a bad order: not shown", view.getClass().getName());
            return;
        }
        Contributed contribution = new Contributed(declaration.get(), view);
        contributions.add(contribution);
        Display d = display;
        if (d != null) {
            try {
                d.asyncExec(() -> {
                    if (main != null) {
                        main.added(contribution);
                    }
                });
            } catch (SWTException disposed) {
                // the workbench is closing: nothing to show it in
            }
        }
    }

    void removeContribution(ViewContribution view) {
        Contributed contribution = contributions.stream().filter(c -> c.view() == view).findFirst().orElse(null);
        if (contribution == null) {
            return;
        }
        contributions.remove(contribution);
        Display d = display;
        if (d != null) {
            try {
                d.syncExec(() -> {
                    if (main != null) {
                        main.removed(contribution);
                    }
                });
            } catch (SWTException disposed) {
                // the workbench is closing: its widgets go with the display
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addChartSection(ChartSection section, Map<String, Object> properties) {
        Optional<Contribution> declaration = Contribution.from(properties);
        if (declaration.isEmpty()) {
            LOG.warn("A chart section ({}) declares no id or label, or a bad order: not shown", section.getClass().getName());
            return;
        }
        ContributedSection contributed = new ContributedSection(declaration.get(), section);
        chartSections.add(contributed);
        later(() -> {
            if (main != null) {
                main.sectionAdded(contributed);
            }
        });
    }

    void removeChartSection(ChartSection section) {
        ContributedSection contributed = chartSections.stream().filter(c -> c.section() == section).findFirst().orElse(null);
        if (contributed != null) {
            chartSections.remove(contributed);
            now(() -> {
                if (main != null) {
                    main.sectionRemoved(contributed);
                }
            });
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addChartBanner(ChartBanner banner, Map<String, Object> properties) {
        banners.add(new RankedBanner(banner, properties));
        later(() -> {
            if (main != null) {
                main.bannerChanged();
            }
        });
    }

    void removeChartBanner(ChartBanner banner) {
        if (banners.removeIf(ranked -> ranked.banner() == banner)) {
            now(() -> {
                if (main != null) {
                    main.bannerChanged();
                }
            });
        }
    }

    /** @return the chart sections bound now, in no particular order */
    List<ContributedSection> chartSections() {
        return List.copyOf(chartSections);
    }

    /** @return the banner of the highest rank bound now (the oldest among equals), or null when none is */
    ChartBanner chartBanner() {
        return banners.stream().max(RankedBanner.PREFERENCE).map(RankedBanner::banner).orElse(null);
    }

    /** @return the contributions bound now, in no particular order */
    List<Contributed> contributions() {
        return List.copyOf(contributions);
    }

    Display display() {
        return display;
    }

    /** Runs on the display thread later; does nothing once the display is gone. */
    void later(Runnable runnable) {
        Display d = display;
        if (d != null && !d.isDisposed()) {
            try {
                d.asyncExec(runnable);
            } catch (SWTException disposed) {
                // closing
            }
        }
    }

    /**
     * Runs on the display thread and returns once it has run, so that what a leaving bundle built is
     * gone before its classes are (docs/lessons.md#swt-display-thread); does nothing once the
     * display is gone.
     */
    private void now(Runnable runnable) {
        Display d = display;
        if (d != null && !d.isDisposed()) {
            try {
                d.syncExec(runnable);
            } catch (SWTException disposed) {
                // closing: the widgets go with the display
            }
        }
    }

    private void runDisplay() {
        LOG.debug("Workbench activated {} ms after the JVM started", sinceStart());
        Display.setAppName("Hygie");
        Display d = new Display();
        LOG.debug("Display created {} ms after the JVM started", sinceStart());
        display = d;
        showLogin(null);
        while (!stopping) {
            try {
                if (!d.readAndDispatch()) {
                    d.sleep();
                }
            } catch (RuntimeException e) {
                // One broken listener must not end the user's session.
                LOG.error("Error in the user interface", e);
            }
        }
        d.dispose();
        display = null;
    }

    /** Shows the login window; display thread. @param username pre-filled, or null */
    void showLogin(String username) {
        LoginWindow login = new LoginWindow(this, username);
        if (!loginPainted) {
            loginPainted = true;
            login.shell().addListener(SWT.Paint, new Listener() {
                @Override
                public void handleEvent(Event event) {
                    login.shell().removeListener(SWT.Paint, this);
                    LOG.info("Login window painted {} ms after the JVM started", sinceStart());
                    client.prepare();
                }
            });
        }
        login.open();
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** After a successful login: the forced password change, or the main window. Display thread. */
    void loggedIn(LoginResult result, String password) {
        if (result.user().mustChangePassword()) {
            new PasswordWindow(this, result.user(), password).open();
        } else {
            openMain();
        }
    }

    void openMain() {
        main = new MainWindow(this, client.user().orElseThrow());
        main.open();
    }

    /** Back to the login after a logout; display thread. */
    void loggedOut(String username) {
        if (main != null) {
            main.dispose();
            main = null;
        }
        showLogin(username);
    }

    /** The user closed the last window: the application ends, unless told to stay (tests). */
    void closedByUser() {
        if ("false".equals(context.getProperty(EXIT_ON_CLOSE))) {
            return;
        }
        Thread stopper = new Thread(() -> {
            try {
                client.logout();
                context.getBundle(0).stop();
            } catch (BundleException | IllegalStateException e) {
                LOG.warn("Could not stop the framework", e);
            }
        }, "hygie-exit");
        stopper.start();
    }
}
