package org.hygie.platform.config.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the server can listen where it is told to, checked before anything starts: else the
 * HTTP service only logs its failure and the server runs on, answering nobody.
 */
final class HttpAddress {
    static final String HOST = "org.apache.felix.http.host";
    static final String PORT = "org.osgi.service.http.port";

    private HttpAddress() {
    }

    /** @return why the configured HTTP address cannot be listened on, in words for IT; empty when it can */
    static Optional<String> unusable(Map<String, Object> http) {
        if (http == null) {
            return Optional.empty();
        }
        String host = String.valueOf(http.get(HOST)).strip();
        String portText = String.valueOf(http.get(PORT)).strip();
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            return Optional.of("HYGIE_HTTP_PORT (http.port) must be a port number from 1 to 65535, not \"" + portText
                    + "\".");
        }
        try (ServerSocket socket = new ServerSocket()) {
            // As Jetty does: a port a stopped server left in TIME_WAIT can be listened on again.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of("Hygie cannot listen on " + host + ":" + port + " (" + e.getMessage() + "): another"
                    + " program, maybe another Hygie server, uses this port, or the address is not one of this"
                    + " machine. Stop that program, or choose another port with HYGIE_HTTP_PORT (another address"
                    + " with HYGIE_HTTP_HOST).");
        }
    }
}
