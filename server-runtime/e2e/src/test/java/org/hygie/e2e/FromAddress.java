package org.hygie.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A client on another computer, as the server sees it: HTTP/1.1 over a socket bound to another
 * loopback address (127.0.0.0/8 is all this machine's), so that tests can try logins "from" many
 * addresses. The JDK's HttpClient of Java 17 cannot choose its local address.
 */
final class FromAddress {
    /** One answer, with its headers in lower case and the body as JSON. */
    record Answer(int status, Map<String, String> headers, String body, JsonNode json) {
        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final ServerProcess server;
    private final String address;

    FromAddress(ServerProcess server, String address) {
        this.server = server;
        this.address = address;
    }

    Answer login(String username, String password) {
        try {
            return post("/api/auth/login", Api.JSON.writeValueAsString(Map.of("username", username, "password", password)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer post(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port), 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port + "\r\n"
                    + "Content-Type: application/json\r\nAccept: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String raw = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        String payload = raw.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            payload = dechunk(payload);
        }
        String body = new String(payload.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        JsonNode json = body.isEmpty() ? null : Api.JSON.readTree(body);
        return new Answer(status, headers, body, json);
    }

    private static String dechunk(String chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                return out.toString(StandardCharsets.ISO_8859_1);
            }
            byte[] bytes = chunked.substring(lineEnd + 2, lineEnd + 2 + size).getBytes(StandardCharsets.ISO_8859_1);
            out.write(bytes, 0, bytes.length);
            at = lineEnd + 2 + size + 2;
        }
    }
}
