package org.hygie.patients.server.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recall of the patient search (issue 10), driven by bench/patient-search.sh; not a test.
 *
 * <p>{@code recall JDBC_URL BASE_URL}: samples patients of the loaded database (seeded), writes a
 * labelled set of queries of several forms from their names, asks each through REST
 * ({@code GET /api/patients?q=…&size=20}) and reports, per form, recall among the first 5 answers
 * and the latency. A query counts as found when an answer among the first 5 has the sampled
 * patient's names (normalised last and first name): at a million patients a name is often
 * shared ("martin jean" is ~2,000 patients), and no search can tell namesakes apart by name.
 *
 * <p>Typos follow the matching rule (an edit from 4 letters on): one random edit (two neighbouring
 * letters swapped, a letter missing, an extra or a wrong letter, uniformly drawn) in one word of 4
 * letters or more of the name, chosen at random; a missing letter only in a word of 5 or more,
 * so that the word keeps 4. Lower-case, upper-case and either order are drawn at random for the
 * typo forms.
 *
 * <p>Only JDK classes and the server's {@link NameNormalizer}: it runs against older server jars
 * too, which is how the README's "before" figures were taken.
 */
public final class PatientSearchRecall {
    static final long SEED = Long.getLong("bench.seed", 42L);
    static final int PER_FORM = Integer.getInteger("bench.recallPerForm", 170);
    static final int REPEAT = Integer.getInteger("bench.recallRepeat", 3);
    static final String USER = System.getProperty("bench.user", "sec.petit");
    static final String PASSWORD = System.getProperty("bench.password", "Hygie-demo-1");
    static final int TOP = 5;

    enum Form {
        PLAIN("\"lefevre helene\" no accents"),
        UPPER_FIRST_LAST("\"HELENE LEFEVRE\" upper case, first name first"),
        BEGINNINGS("\"lefevr helen\" beginnings"),
        TYPO_LAST("one typo in the last name"),
        TYPO_FIRST("one typo in the first name"),
        TYPO_BOTH("one typo in each name"),
        COMPOUND("compound: one part (\"dubois helene\" for Martin-Dubois)");

        final String label;

        Form(String label) {
            this.label = label;
        }
    }

    record Target(String mrn, String last, String first) {
    }

    record Query(Form form, String text, Target target) {
    }

    public static void main(String[] args) throws Exception {
        String jdbcUrl = args[1];
        String base = args[2];
        Random rnd = new Random(SEED);
        List<Query> queries = queries(jdbcUrl, rnd);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String token = login(http, base);
        System.out.printf("  recall set: %d labelled queries (%d forms, seed %d), each asked %d times through REST after a warm-up pass%n",
                queries.size(), Form.values().length, SEED, REPEAT);
        for (Form f : Form.values()) {
            System.out.println("    e.g. " + f + ": " + queries.stream().filter(q -> q.form() == f).limit(3)
                    .map(q -> "\"" + q.text() + "\" for " + q.target().last() + " " + q.target().first()).toList());
        }
        for (Query q : queries) { // warm-up
            search(http, base, token, q.text());
        }
        Map<Form, long[]> found = new LinkedHashMap<>();
        Map<Form, List<Long>> nanos = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (int r = 0; r < REPEAT; r++) {
            for (Query q : queries) {
                long t0 = System.nanoTime();
                List<String> names = search(http, base, token, q.text());
                nanos.computeIfAbsent(q.form(), k -> new ArrayList<>()).add(System.nanoTime() - t0);
                if (r == 0) {
                    String want = q.target().last() + "|" + q.target().first();
                    boolean hit = names.stream().limit(TOP).anyMatch(want::equals);
                    long[] c = found.computeIfAbsent(q.form(), k -> new long[2]);
                    c[0]++;
                    c[1] += hit ? 1 : 0;
                    if (!hit && misses.size() < 40) {
                        misses.add(q.form() + " \"" + q.text() + "\" for " + want + ": " + names.stream().limit(TOP).toList());
                    }
                }
            }
        }
        System.out.println();
        System.out.println("Recall among the first " + TOP + " answers, and REST latency (1 client), per form:");
        System.out.println("| form                                              | queries | recall@5 | p50 ms | p95 ms |");
        System.out.println("|---------------------------------------------------|---------|----------|--------|--------|");
        long all = 0, hits = 0;
        List<Long> every = new ArrayList<>();
        for (Form f : Form.values()) {
            long[] c = found.getOrDefault(f, new long[2]);
            long[] t = nanos.getOrDefault(f, List.of()).stream().mapToLong(Long::longValue).sorted().toArray();
            every.addAll(nanos.getOrDefault(f, List.of()));
            all += c[0];
            hits += c[1];
            System.out.printf("| %-49s | %7d | %7.1f %% | %6.2f | %6.2f |%n", f.label, c[0], c[0] == 0 ? 0 : 100.0 * c[1] / c[0], pct(t, 0.5),
                    pct(t, 0.95));
        }
        long[] t = every.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("| %-49s | %7d | %7.1f %% | %6.2f | %6.2f |%n", "all forms", all, 100.0 * hits / all, pct(t, 0.5), pct(t, 0.95));
        System.out.println();
        System.out.println("Some misses (form, query, wanted: first answers):");
        misses.forEach(m -> System.out.println("  " + m));
    }

    static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static List<Query> queries(String jdbcUrl, Random rnd) throws Exception {
        List<Target> plain = new ArrayList<>();
        List<Target> compound = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement st = c.createStatement()) {
            st.execute("SELECT setseed(" + (SEED % 1000) / 1000.0 + ")");
            try (ResultSet rs = st.executeQuery("SELECT mrn, last_norm, first_norm FROM patients_patient TABLESAMPLE BERNOULLI (0.2) REPEATABLE ("
                    + SEED + ") ORDER BY mrn")) {
                while (rs.next()) {
                    Target t = new Target(rs.getString(1), rs.getString(2), rs.getString(3));
                    (t.last().contains(" ") || t.first().contains(" ") ? compound : plain).add(t);
                }
            }
        }
        java.util.Collections.shuffle(plain, rnd);
        java.util.Collections.shuffle(compound, rnd);
        List<Query> qs = new ArrayList<>();
        for (Form f : Form.values()) {
            List<Target> pool = f == Form.COMPOUND ? compound : plain;
            int n = 0;
            for (Target t : pool) {
                if (n >= PER_FORM) {
                    break;
                }
                String text = text(f, t, rnd);
                if (text != null) {
                    qs.add(new Query(f, text, t));
                    n++;
                }
            }
        }
        return qs;
    }

    static String text(Form f, Target t, Random rnd) {
        String l = t.last(), fn = t.first();
        return switch (f) {
            case PLAIN -> l + " " + fn;
            case UPPER_FIRST_LAST -> (fn + " " + l).toUpperCase(Locale.ROOT);
            case BEGINNINGS -> beginning(l) + " " + beginning(fn);
            case TYPO_LAST -> arrange(typo(l, rnd), fn, rnd);
            case TYPO_FIRST -> arrange(l, typo(fn, rnd), rnd);
            case TYPO_BOTH -> {
                String a = typo(l, rnd), b = typo(fn, rnd);
                yield a == null || b == null ? null : arrange(a, b, rnd);
            }
            case COMPOUND -> {
                // One part of the compound name (not its first word), the other name whole.
                boolean lastCompound = l.contains(" ") && (!fn.contains(" ") || rnd.nextBoolean());
                String name = lastCompound ? l : fn;
                String[] parts = name.split(" ");
                String part = parts[1 + rnd.nextInt(parts.length - 1)];
                yield part.length() < 3 ? null : lastCompound ? arrange(part, fn, rnd) : arrange(l, part, rnd);
            }
        };
    }

    /** The name without its last letter, when 4 letters or more remain. */
    static String beginning(String name) {
        return name.length() >= 5 ? name.substring(0, name.length() - 1) : name;
    }

    /** Last name first or first name first, lower or upper case, at random. */
    static String arrange(String last, String first, Random rnd) {
        if (last == null || first == null) {
            return null;
        }
        String s = rnd.nextBoolean() ? last + " " + first : first + " " + last;
        return rnd.nextInt(4) == 0 ? s.toUpperCase(Locale.ROOT) : s;
    }

    /** One edit in one word of 4 letters or more of the name; null when it has none. */
    static String typo(String name, Random rnd) {
        String[] words = name.split(" ");
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= 4) {
                eligible.add(i);
            }
        }
        if (eligible.isEmpty()) {
            return null;
        }
        int w = eligible.get(rnd.nextInt(eligible.size()));
        String s = words[w];
        String typed = null;
        while (typed == null || typed.equals(s)) {
            int kind = rnd.nextInt(4);
            int i = rnd.nextInt(s.length());
            char letter = (char) ('a' + rnd.nextInt(26));
            typed = switch (kind) {
                case 0 -> i + 1 < s.length() && s.charAt(i) != s.charAt(i + 1)
                        ? s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2) : null;
                case 1 -> s.length() >= 5 ? s.substring(0, i) + s.substring(i + 1) : null;
                case 2 -> s.substring(0, i) + letter + s.substring(i);
                default -> s.substring(0, i) + letter + s.substring(i + 1);
            };
        }
        words[w] = typed;
        return String.join(" ", words);
    }

    static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern NAMES = Pattern.compile("\"lastName\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,\\s*\"firstName\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    static String login(HttpClient http, String base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /** @return the answers' normalised "last|first" names, in order */
    static List<String> search(HttpClient http, String base, String token, String q) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/patients?size=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("search \"" + q + "\": " + r.statusCode() + " " + r.body());
        }
        List<String> names = new ArrayList<>();
        Matcher m = NAMES.matcher(r.body());
        while (m.find()) {
            names.add(NameNormalizer.normalize(m.group(1)) + "|" + NameNormalizer.normalize(m.group(2)));
        }
        return names;
    }

    private PatientSearchRecall() {
    }
}
