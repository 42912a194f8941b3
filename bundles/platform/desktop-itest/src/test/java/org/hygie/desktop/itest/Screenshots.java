package org.hygie.desktop.itest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * paints are done. Into {@code hygie.screenshots} when set (desktop-runtime/screenshots.sh), else
 * into the run's work folder.
 */
final class Screenshots {
    /** Time for the toolkit to paint what the last change laid out (GTK paints asynchronously). */
    private static final long PAINT_MS = 700;

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
        Thread.sleep(PAINT_MS); // the paints GTK runs after the layout, then the pixels
        Path path = folder().resolve(file);
        ui.run(() -> {
            Shell shell = ui.shell(shellId);
            Rectangle screen = ui.display.getBounds();
            // The window's own area, without the screen's bare root around it.
            Rectangle bounds = ui.display.map(shell, null, shell.getClientArea()).intersection(screen);
            Image image = new Image(ui.display, bounds.width, bounds.height);
            GC gc = new GC(ui.display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { image.getImageData() };
                Files.createDirectories(path.getParent());
                loader.save(path.toString(), SWT.IMAGE_PNG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
        return path;
    }
}
