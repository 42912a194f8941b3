package org.hygie.desktop.itest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves what a window shows on the screen as a PNG, for docs/screenshots: the pixels of the display
 * where the window lies (so a dialog over the workbench shows as the user sees it), taken once its
 * paints are done (two copies agree). Into {@code hygie.screenshots} when set (desktop-runtime/screenshots.sh), else
 * into the run's work folder.
 */
final class Screenshots {
    /** The longest a window's pixels may keep changing before the picture is taken anyway (a caret blinks). */
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private Screenshots() {
    }

    static Path folder() {
        String set = System.getProperty("hygie.screenshots");
        return set != null && !set.isBlank() ? Path.of(set)
                : Path.of(System.getProperty("hygie.itest.work", "target/itest"), "screenshots");
    }

    /** Shoots the window named {@code shellId} into {@code file} of {@link #folder()}; @return the file */
    static Path shoot(Ui ui, String shellId, String file) throws InterruptedException {
        ui.awaitShell(shellId);
        ui.run(() -> {
            Shell shell = ui.shell(shellId);
            shell.layout(true, true);
            shell.redraw();
            shell.update();
        });
        // GTK paints after the layout returns: the picture is taken once two copies agree.
        Instant deadline = Instant.now().plus(SETTLE);
        ImageData last = null;
        ImageData now = copy(ui, shellId);
        while ((last == null || !Arrays.equals(last.data, now.data)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(150); // poll: the window's pixels, until they stop changing or the deadline above
            last = now;
            now = copy(ui, shellId);
        }
        Path path = folder().resolve(file);
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { now };
        loader.save(path.toString(), SWT.IMAGE_PNG);
        return path;
    }

    /** @return the pixels the screen shows of the window's own area (without the bare root around it) */
    private static ImageData copy(Ui ui, String shellId) {
        return ui.sync(() -> {
            Shell shell = ui.shell(shellId);
            shell.update();
            Rectangle bounds = ui.display.map(shell, null, shell.getClientArea()).intersection(ui.display.getBounds());
            Image image = new Image(ui.display, bounds.width, bounds.height);
            GC gc = new GC(ui.display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
                return image.getImageData();
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }
}
