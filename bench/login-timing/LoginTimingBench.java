import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a refused login takes, by kind of refusal, and what a password spray from one computer
 * gets. Every timed try comes from a loopback address of its own (127.1.x.y), so that the
 * throttle (per address, per name from an address) never answers in its place; the spray comes
 * from one address, at full speed. JDK only: HTTP/1.1 over sockets bound to the chosen address.
 *
 *   java LoginTimingBench.java <port> <tries per kind> <spray names>
 */
public class LoginTimingBench {
    static int port;
    static int nextHost = 1;

    record Answer(int status, String retryAfter, String body, long micros) {
    }

    public static void main(String[] args) throws Exception {
        port = Integer.parseInt(args[0]);
        int tries = Integer.parseInt(args[1]);
        int sprayNames = Integer.parseInt(args[2]);

        String admin = token("admin", "Hygie-demo-1");
        String locked = createUser(admin, "SECRETARY");
        for (int i = 0; i < 5; i++) {
            login(fresh(), locked, "Wrong-password-" + i);
        }
        String deactivated = createUser(admin, "DOCTOR");
        post("127.0.0.1", "/api/users/" + userId(admin, deactivated) + "/deactivate", "", admin, "POST");

        Map<String, String[]> kinds = new LinkedHashMap<>();
        kinds.put("unknown username", new String[] {"nobody.%s", "Temporary-pass-1"});
        kinds.put("wrong password", new String[] {"sec.petit", "Wrong-password-1"});
        kinds.put("locked account, right password", new String[] {locked, "Temporary-pass-1"});
        kinds.put("deactivated account, right password", new String[] {deactivated, "Temporary-pass-1"});
        kinds.put("right password (200)", new String[] {"dr.martin", "Hygie-demo-1"});

        // warm-up: the JIT and the connection paths, 20 of each
        for (String[] kind : kinds.values()) {
            for (int i = 0; i < 20; i++) {
                login(fresh(), kind[0].formatted(UUID.randomUUID().toString().substring(0, 8)), kind[1]);
            }
        }
        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, Map<Integer, Integer>> statuses = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(kinds.keySet());
        for (int round = 0; round < tries; round++) {
            Collections.rotate(order, 1); // interleaved, so that load drifts hit every kind alike
            for (String kind : order) {
                String[] k = kinds.get(kind);
                Answer a = login(fresh(), k[0].formatted(UUID.randomUUID().toString().substring(0, 8)), k[1]);
                times.computeIfAbsent(kind, x -> new ArrayList<>()).add(a.micros());
                statuses.computeIfAbsent(kind, x -> new TreeMap<>()).merge(a.status(), 1, Integer::sum);
                if (a.status() != 200) {
                    bodies.put(kind, a.body());
                }
            }
        }
        System.out.println();
        System.out.printf("%-38s | %-10s | %7s | %7s | %7s | %7s%n", "refusal", "statuses", "p50 ms", "p95 ms", "min ms", "max ms");
        System.out.println("-".repeat(38) + "-|-" + "-".repeat(10) + "-|---------|---------|---------|---------");
        for (String kind : kinds.keySet()) {
            List<Long> t = times.get(kind);
            Collections.sort(t);
            System.out.printf("%-38s | %-10s | %7.1f | %7.1f | %7.1f | %7.1f%n", kind, statuses.get(kind),
                    t.get(t.size() / 2) / 1000.0, t.get((int) Math.ceil(t.size() * 0.95) - 1) / 1000.0,
                    t.get(0) / 1000.0, t.get(t.size() - 1) / 1000.0);
        }
        long distinctBodies = bodies.entrySet().stream().filter(e -> !e.getKey().startsWith("right"))
                .map(Map.Entry::getValue).distinct().count();
        System.out.println("distinct bodies among the refusals: " + distinctBodies);

        // a password spray: many names, one password, one computer, as fast as it answers
        String sprayer = "127.2.0.1";
        Map<Integer, Integer> sprayStatuses = new TreeMap<>();
        long start = System.nanoTime();
        int checked = 0;
        String lastRetry = null;
        for (int i = 0; i < sprayNames; i++) {
            Answer a = login(sprayer, "spray." + i, "Spring-2026-spray");
            sprayStatuses.merge(a.status(), 1, Integer::sum);
            if (a.status() == 429) {
                lastRetry = a.retryAfter();
            } else {
                checked++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("spray of %d names from one address: %s in %.1f s; passwords checked: %d; last Retry-After: %s s%n",
                sprayNames, sprayStatuses, seconds, checked, lastRetry);
    }

    static String fresh() {
        int n = nextHost++;
        return "127.1." + (n / 250) + "." + (n % 250 + 1);
    }

    static String token(String username, String password) throws IOException {
        return field(login("127.0.0.1", username, password).body(), "token");
    }

    static String createUser(String admin, String role) throws IOException {
        String name = "bench." + UUID.randomUUID().toString().substring(0, 8);
        Answer a = post("127.0.0.1", "/api/users", "{\"username\":\"" + name + "\",\"displayName\":\"Bench " + name
                + "\",\"role\":\"" + role + "\",\"temporaryPassword\":\"Temporary-pass-1\"}", admin, "POST");
        if (a.status() != 201) {
            throw new IllegalStateException("create: " + a.status() + " " + a.body());
        }
        return name;
    }

    static String userId(String admin, String username) throws IOException {
        return field(post("127.0.0.1", "/api/users?q=" + username, null, admin, "GET").body(), "id");
    }

    static String field(Object body, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(String.valueOf(body));
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + body);
        }
        return m.group(1);
    }

    static Answer login(String from, String username, String password) throws IOException {
        return post(from, "/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null, "POST");
    }

    static Answer post(String from, String path, String json, String token, String method) throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            socket.setSoTimeout(60_000);
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
                    + (json == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n")
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            long micros = (System.nanoTime() - start) / 1000;
            int status = Integer.parseInt(raw.substring(9, 12));
            Matcher retry = Pattern.compile("(?im)^Retry-After:\\s*(\\S+)").matcher(raw);
            String content = raw.substring(raw.indexOf("\r\n\r\n") + 4);
            return new Answer(status, retry.find() ? retry.group(1) : null, content, micros);
        }
    }
}
