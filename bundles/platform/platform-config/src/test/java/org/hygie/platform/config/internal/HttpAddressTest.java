package org.hygie.platform.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HttpAddressTest {
    private static Map<String, Object> http(String host, Object port) {
        return Map.of(HttpAddress.HOST, host, HttpAddress.PORT, String.valueOf(port));
    }

    @Test
    void unusable_shouldSayWhenThePortIsTakenAndWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(HttpAddress.unusable(http("127.0.0.1", taken.getLocalPort()))).hasValueSatisfying(
                    why -> assertThat(why).contains("127.0.0.1:" + taken.getLocalPort()).contains("HYGIE_HTTP_PORT"));
        }
    }

    @Test
    void unusable_shouldBeEmptyForAFreePort() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        assertThat(HttpAddress.unusable(http("127.0.0.1", port))).isEmpty();
        assertThat(HttpAddress.unusable(null)).as("no HTTP configuration").isEmpty();
    }

    @Test
    void unusable_shouldRefuseWhatIsNoPortAndAnAddressOfNoMachine() {
        assertThat(HttpAddress.unusable(http("127.0.0.1", "huit mille"))).hasValueSatisfying(
                why -> assertThat(why).contains("from 1 to 65535").contains("huit mille"));
        assertThat(HttpAddress.unusable(http("127.0.0.1", 70000))).isPresent();
        assertThat(HttpAddress.unusable(http("no-such-host.invalid", 8080))).hasValueSatisfying(
                why -> assertThat(why).contains("HYGIE_HTTP_HOST"));
    }
}
