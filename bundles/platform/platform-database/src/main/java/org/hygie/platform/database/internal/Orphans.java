package org.hygie.platform.database.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL left running on our data folder by a server that died without stopping it
 * (killed JVM): else the new one cannot start ("lock file postmaster.pid already exists").
 */
final class Orphans {
    /** zonky holds a lock on this file in the data folder for as long as its JVM uses the folder. */
    private static final String ZONKY_LOCK = "epg-lock";
    private static final Logger LOG = LoggerFactory.getLogger(Orphans.class);

    private Orphans() {
    }

    static void stopOrphanPostmaster(Path data) throws IOException {
        Optional<Long> pid = postmasterPid(data);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        if (process.isEmpty()) {
            return; // a stale postmaster.pid: PostgreSQL handles that itself
        }
        if (!unusedByAnotherServer(data)) {
            throw new IllegalStateException("Another Hygie server is using the database in " + data
                    + ": stop it, or give this one another data folder (dataDir)");
        }
        LOG.warn("Stopping PostgreSQL (pid {}) left running on {} by a server that did not stop cleanly", pid.get(), data);
        process.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients are gone
        try {
            process.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the orphan PostgreSQL " + pid.get(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("The PostgreSQL left running on " + data + " (pid " + pid.get()
                    + ") did not stop within 60 s: stop it by hand", e);
        }
    }

    /** @return the pid on the first line of postmaster.pid, if any */
    static Optional<Long> postmasterPid(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean unusedByAnotherServer(Path data) throws IOException {
        Path lockFile = data.resolve(ZONKY_LOCK);
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return false; // held by this very JVM
        }
    }
}
