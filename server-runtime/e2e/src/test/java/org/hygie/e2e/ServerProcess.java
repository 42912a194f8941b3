package org.hygie.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The exported server jar, started as IT would start it ({@code java -jar hygie-server.jar}) in its
 * own working directory with the given environment, and stopped when closed.
 */
final class ServerProcess implements AutoCloseable {
    static final Path JAR = Path.of(System.getProperty("hygie.server.jar", "../target/hygie-server.jar"));
    static final Path WORK = Path.of(System.getProperty("hygie.e2e.work", "target/e2e"));

    final int port;
    final Path directory;
    final Path log;
    private final Process process;

    /**
     * @param name a folder name for this server's working directory and log
     * @param env environment variables on top of the inherited ones (HYGIE_* of the caller removed)
     */
    ServerProcess(String name, Map<String, String> env) throws IOException {
        this.port = freePort();
        this.directory = WORK.resolve(name).toAbsolutePath();
        Files.createDirectories(directory);
        this.log = directory.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-Xmx512m", "-jar", JAR.toAbsolutePath().toString())
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("HYGIE_"));
        builder.environment().put("HYGIE_HTTP_PORT", String.valueOf(port));
        builder.environment().putAll(env);
        this.process = builder.start();
    }

    /** @return the address of a path outside the API ({@code /favicon.ico}) */
    URI outsideApi(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + "/api" + path);
    }

    /** Waits for {@code GET /api/health} to answer 200; fails with the end of the log otherwise. */
    ServerProcess awaitHealthy(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(timeout);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                last = client.send(HttpRequest.newBuilder(uri("/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (last == 200) {
                    return this;
                }
            } catch (IOException notYetListening) {
                // the port opens once configuration is applied
            }
            Thread.sleep(200); // poll: the health check, until the deadline above
        }
        // The caller gets no server to close: stopped here, or it would hold its port and data folder.
        String log = tail();
        close();
        throw new IllegalStateException("The server was not healthy after " + timeout + " (last status " + last
                + "):\n" + log);
    }

    /** @return the exit code, once the server has ended by itself within the timeout; fails otherwise */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("The server still runs after " + timeout + ":\n" + tail());
        }
        return process.exitValue();
    }

    /** @return the last lines of the server's log, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
