package org.hygie.workbench.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.hygie.workbench.WidgetIds;

/**
 * The right part of the status bar: a progress bar and the task's name, shown only for calls still
 * running after {@link #BUSY_DELAY_MS} (a quick answer must not flicker), and the last outcome
 * with its icon. A confirmation fades away after {@link #CONFIRMATION_MS}; a failure stays until
 * the next outcome replaces it. Display thread only; nothing here waits.
 */
final class StatusLine {
    /** A call that answers sooner shows no progress (issue: "any call longer than 300 ms"). */
    static final int BUSY_DELAY_MS = 300;
    /** How long a confirmation shows at full strength before it fades. */
    static final int CONFIRMATION_MS = 5000;
    private static final int FADE_STEPS = 10;
    private static final int FADE_STEP_MS = 60;
    /** Widget data of the busy bar: how many calls are running now, for tests that wait for a view to settle. */
    static final String RUNNING = "hygie.running";
    private static final RGB CONFIRMED = new RGB(0, 100, 0);
    private static final RGB FAILED = new RGB(150, 0, 0);

    private final Display display;
    private final ProgressBar busy;
    private final Label task;
    private final Label icon;
    private final Label message;
    private final Image confirmedIcon;
    private final Image failedIcon;
    private final Runnable showBusy = this::showBusy;
    private final Runnable fade = new Runnable() {
        @Override
        public void run() {
            fadeStep();
        }
    };
    private int running;
    private String runningTask = "";
    private int fadeStep;

    /** Adds its four cells to {@code status}, a grid with room for them; the message takes what is left. */
    StatusLine(Composite status) {
        display = status.getDisplay();
        busy = WidgetIds.name(new ProgressBar(status, SWT.INDETERMINATE), "status.busy");
        busy.setLayoutData(new GridData(80, SWT.DEFAULT));
        busy.setData(RUNNING, 0);
        task = WidgetIds.name(new Label(status, SWT.NONE), "status.task");
        icon = WidgetIds.name(new Label(status, SWT.NONE), "status.icon");
        message = WidgetIds.name(new Label(status, SWT.WRAP), "status.message");
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 120; // grows with the window; a long message wraps instead of being cut
        message.setLayoutData(data);
        int size = message.getFont().getFontData()[0].getHeight() * display.getDPI().y / 72;
        confirmedIcon = scaled(SWT.ICON_INFORMATION, size);
        failedIcon = scaled(SWT.ICON_ERROR, size);
        status.addListener(SWT.Dispose, e -> {
            display.timerExec(-1, showBusy);
            display.timerExec(-1, fade);
            confirmedIcon.dispose();
            failedIcon.dispose();
        });
        showBusy(false);
    }

    private Image scaled(int systemIcon, int size) {
        Image system = display.getSystemImage(systemIcon);
        return new Image(display, system.getImageData().scaledTo(size, size));
    }

    /** A call begins; the progress shows if it still runs after {@link #BUSY_DELAY_MS}. */
    void begin(String taskName) {
        running++;
        runningTask = taskName == null ? "" : taskName + "…";
        busy.setData(RUNNING, running);
        if (running == 1) {
            display.timerExec(BUSY_DELAY_MS, showBusy);
        } else if (busy.getVisible()) {
            task.setText(runningTask);
            relayout();
        }
    }

    /** A call has ended (answered or failed). */
    void end() {
        running = Math.max(0, running - 1);
        busy.setData(RUNNING, running);
        if (running == 0) {
            display.timerExec(-1, showBusy);
            showBusy(false);
        }
    }

    /** Confirms what was done, briefly: the text fades away after a few seconds. */
    void confirm(String text) {
        say(text, confirmedIcon, CONFIRMED);
        fadeStep = 0;
        display.timerExec(CONFIRMATION_MS, fade);
    }

    /** Says what failed; it stays until the next outcome. */
    void fail(String text) {
        display.timerExec(-1, fade);
        say(text, failedIcon, FAILED);
    }

    private void say(String text, Image image, RGB colour) {
        if (message.isDisposed()) {
            return;
        }
        icon.setImage(image);
        message.setForeground(new Color(colour));
        message.setText(text);
        message.setToolTipText(text);
        relayout();
    }

    private void showBusy() {
        showBusy(running > 0);
    }

    private void showBusy(boolean shown) {
        if (busy.isDisposed()) {
            return;
        }
        busy.setVisible(shown);
        task.setText(shown ? runningTask : "");
        relayout();
    }

    /** One step of the confirmation's fade: its colour nearer the background, then gone. */
    private void fadeStep() {
        if (message.isDisposed()) {
            return;
        }
        fadeStep++;
        if (fadeStep >= FADE_STEPS) {
            icon.setImage(null);
            message.setText("");
            message.setToolTipText(null);
            relayout();
            return;
        }
        RGB to = message.getBackground().getRGB();
        double t = (double) fadeStep / FADE_STEPS;
        message.setForeground(new Color(blend(CONFIRMED.red, to.red, t), blend(CONFIRMED.green, to.green, t),
                blend(CONFIRMED.blue, to.blue, t)));
        display.timerExec(FADE_STEP_MS, fade);
    }

    private static int blend(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }

    private void relayout() {
        message.getShell().layout(new Control[] { message, task });
    }
}
