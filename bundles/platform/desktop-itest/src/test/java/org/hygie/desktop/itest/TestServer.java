package org.hygie.desktop.itest;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The exported server jar with demo data on a throwaway database of the machine's PostgreSQL,
 * started once for the whole run (as the server's end-to-end tests do) and stopped at its end.
 * Never the {@code postgres} or {@code root} databases for data: they only serve to create ours.
 */
final class TestServer {
    /** A maintenance connection of a superuser or a CREATEDB role. */
    static final String ADMIN_URL = System.getenv().getOrDefault("HYGIE_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=root");

    private static TestServer instance;

    final String database = "hygie_desktop_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    final URI uri;
    private final Process process;
    private final Path log;

    private TestServer() throws Exception {
        execute("CREATE DATABASE " + database);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        uri = URI.create("http://127.0.0.1:" + port);
        // HYGIE_TEST_SERVER_JAR points the tests at another build of the server than the reactor's.
        Path jar = Path.of(System.getenv().getOrDefault("HYGIE_TEST_SERVER_JAR", System.getProperty("hygie.server.jar")));
        Path work = Path.of(System.getProperty("hygie.itest.work", "target/itest")).toAbsolutePath();
        Files.createDirectories(work);
        log = work.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toAbsolutePath().toString()).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("HYGIE_"));
        builder.environment().put("HYGIE_HTTP_PORT", String.valueOf(port));
        builder.environment().put("HYGIE_DB_URL", ADMIN_URL.replaceFirst("/postgres(\\?|$)", "/" + database + "$1"));
        builder.environment().put("HYGIE_DEMO", "1");
        // Cost 10 is the floor Hygie accepts; it keeps the tests' many logins quick.
        builder.environment().put("HYGIE_USERS_BCRYPT_COST", "10");
        // Every test logs in from this one address: its own count of failures (10 by default)
        // would slow the later tests down; the count per name from an address stays the default.
        builder.environment().put("HYGIE_AUTH_THROTTLE_ADDRESS_FAILURES", "1000");
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        awaitHealthy(Duration.ofSeconds(180));
    }

    static synchronized TestServer get() throws Exception {
        if (instance == null) {
            instance = new TestServer();
        }
        return instance;
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) uri.resolve("/api/health").toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(2000);
                last = c.getResponseCode();
                c.disconnect();
                if (last == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the port opens once configuration is applied
            }
            Thread.sleep(250); // poll: the health check, until the deadline above
        }
        throw new IllegalStateException("The server was not healthy after " + timeout + " (last " + last + "):\n" + tail());
    }

    /** Ends the user's sessions as their expiry would: the server no longer accepts their tokens. */
    void expireSessionsOf(String username) throws SQLException {
        update("UPDATE auth_session SET absolute_expires_at = now() - interval '1 second'"
                + " WHERE user_id = (SELECT id FROM users_user WHERE username = '" + username + "')");
    }

    /** @return the single number the query selects from the server's database (to check what the desktop did) */
    long count(String sql) throws SQLException {
        try (Connection c = new org.postgresql.Driver().connect(
                ADMIN_URL.replaceFirst("/postgres(\\?|$)", "/" + database + "$1"), new Properties());
                Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Changes the server's data behind the desktop's back, as another user's change would; @return the rows changed */
    int update(String sql) throws SQLException {
        try (Connection c = new org.postgresql.Driver().connect(
                ADMIN_URL.replaceFirst("/postgres(\\?|$)", "/" + database + "$1"), new Properties());
                Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (Exception e) {
            System.err.println("Could not clean up the test server or database " + database + ": " + e);
        }
    }

    private static void execute(String sql) throws SQLException {
        // The driver directly: DriverManager does not see drivers of other bundles.
        try (Connection c = new org.postgresql.Driver().connect(ADMIN_URL, new Properties());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
