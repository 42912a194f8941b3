package org.hygie.platform.database.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphansTest {
    @TempDir
    Path data;

    @Test
    void postmasterPid_shouldReadTheFirstLineOfPostmasterPid() throws IOException {
        Files.writeString(data.resolve("postmaster.pid"), "4242\n/srv/data\n1700000000\n5432\n");

        assertThat(Orphans.postmasterPid(data)).contains(4242L);
    }

    @Test
    void postmasterPid_shouldBeEmptyWithoutAPidFile() throws IOException {
        assertThat(Orphans.postmasterPid(data)).isEmpty();
    }

    @Test
    void stopOrphanPostmaster_shouldIgnoreAStalePidFile() throws IOException {
        // Our own pid is alive but is no postgres: it must never be signalled.
        Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");

        Orphans.stopOrphanPostmaster(data);

        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }
}
