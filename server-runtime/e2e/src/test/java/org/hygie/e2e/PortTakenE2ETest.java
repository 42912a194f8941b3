package org.hygie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * IT starts a second server on a port already in use (the first one still runs, say): the server
 * must say so and stop, not run on without listening.
 */
class PortTakenE2ETest {
    @Test
    void server_onAPortAlreadyTaken_shouldSayWhyAndStop() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ServerProcess server = new ServerProcess("port-taken",
                        Map.of("HYGIE_HTTP_PORT", String.valueOf(taken.getLocalPort())))) {
            int exit = server.awaitExit(Duration.ofSeconds(60));
            assertThat(exit).as("exit code").isNotZero();
            assertThat(Files.readString(server.log)).contains("Hygie cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("HYGIE_HTTP_PORT").contains("The server stops.");
            // It stopped before starting anything else: no embedded database was created.
            assertThat(server.directory.resolve("hygie-data")).doesNotExist();
        }
    }
}
