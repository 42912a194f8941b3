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
    /** How many misses are printed. */
    static final int MISSES = Integer.getInteger("bench.misses", 40);
    /** Percentage of the patients sampled: 0.2 % of a million is ~2,000; raise it for a smaller load. */
    static final double SAMPLE_PERCENT = Double.parseDouble(System.getProperty("bench.samplePercent", "0.2"));

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

    /**
     * @param competitors how many patients of other names match the query at least as well as
     *        the target's names under the matching rule ({@link Names#competitors}); -1 when not
     *        computed (queries of more than two words)
     */
    record Query(Form form, String text, Target target, long competitors) {
        /** @return whether the query can single out the target's names among the first {@link #TOP} */
        boolean discriminating() {
            return competitors < TOP;
        }
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
        // per form: [queries, hits, discriminating queries, hits among them]
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
                    long[] c = found.computeIfAbsent(q.form(), k -> new long[4]);
                    c[0]++;
                    c[1] += hit ? 1 : 0;
                    c[2] += q.discriminating() ? 1 : 0;
                    c[3] += q.discriminating() && hit ? 1 : 0;
                    if (!hit && misses.size() < MISSES) {
                        misses.add((q.discriminating() ? "" : "(ambiguous: " + q.competitors() + " others match as well) ") + q.form()
                                + " \"" + q.text() + "\" for " + want + ": " + names.stream().limit(TOP).toList());
                    }
                }
            }
        }
        System.out.println();
        System.out.println("Recall among the first " + TOP + " answers, and REST latency (1 client), per form. Discriminating: the"
                + " query's words match fewer than " + TOP + " patients of other names at least as well as the target's names;");
        System.out.println("the goal (98 %) is over those. Ambiguous queries are counted and measured too (all queries):");
        System.out.println("| form                                              | discriminating | recall@5 | all queries | recall@5 | p50 ms | p95 ms |");
        System.out.println("|---------------------------------------------------|----------------|----------|-------------|----------|--------|--------|");
        long all = 0, hits = 0, dAll = 0, dHits = 0;
        List<Long> every = new ArrayList<>();
        for (Form f : Form.values()) {
            long[] c = found.getOrDefault(f, new long[4]);
            long[] t = nanos.getOrDefault(f, List.of()).stream().mapToLong(Long::longValue).sorted().toArray();
            every.addAll(nanos.getOrDefault(f, List.of()));
            all += c[0];
            hits += c[1];
            dAll += c[2];
            dHits += c[3];
            System.out.printf("| %-49s | %14d | %6.1f %% | %11d | %6.1f %% | %6.2f | %6.2f |%n", f.label, c[2], ratio(c[3], c[2]), c[0],
                    ratio(c[1], c[0]), pct(t, 0.5), pct(t, 0.95));
        }
        long[] t = every.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("| %-49s | %14d | %6.1f %% | %11d | %6.1f %% | %6.2f | %6.2f |%n", "all forms", dAll, ratio(dHits, dAll), all,
                ratio(hits, all), pct(t, 0.5), pct(t, 0.95));
        System.out.println();
        System.out.println("Some misses (form, query, wanted: first answers):");
        misses.forEach(m -> System.out.println("  " + m));
    }

    static double ratio(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static List<Query> queries(String jdbcUrl, Random rnd) throws Exception {
        List<Target> plain = new ArrayList<>();
        List<Target> compound = new ArrayList<>();
        Names names;
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement st = c.createStatement()) {
            st.execute("SELECT setseed(" + (SEED % 1000) / 1000.0 + ")");
            try (ResultSet rs = st.executeQuery("SELECT mrn, last_norm, first_norm FROM patients_patient TABLESAMPLE BERNOULLI (" + SAMPLE_PERCENT + ") REPEATABLE ("
                    + SEED + ") ORDER BY mrn")) {
                while (rs.next()) {
                    Target t = new Target(rs.getString(1), rs.getString(2), rs.getString(3));
                    if (!t.last().contains(" ") && !t.first().contains(" ")) {
                        plain.add(t);
                    }
                }
            }
            // Compound names are rarer, and most of their queries are ambiguous (below): a larger
            // sample of them.
            try (ResultSet rs = st.executeQuery("SELECT mrn, last_norm, first_norm FROM patients_patient TABLESAMPLE BERNOULLI ("
                    + Math.min(100, 5 * SAMPLE_PERCENT) + ") REPEATABLE (" + SEED + ") WHERE strpos(last_norm, ' ') > 0"
                    + " OR strpos(first_norm, ' ') > 0 ORDER BY mrn")) {
                while (rs.next()) {
                    compound.add(new Target(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            names = Names.load(st);
        }
        java.util.Collections.shuffle(plain, rnd);
        java.util.Collections.shuffle(compound, rnd);
        // Each form draws queries from the pool until it holds PER_FORM discriminating ones (or the
        // pool is spent); the ambiguous ones drawn on the way are kept and measured as well.
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
                    Query q = new Query(f, text, t, names.competitors(NameNormalizer.normalize(text), t));
                    qs.add(q);
                    n += q.discriminating() ? 1 : 0;
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

    /**
     * The patients' name pairs with their counts, and the matching rule of issue 10 written again
     * here, independently of the server, to tell which queries can single out a patient's names.
     *
     * <p>The rule, for a query word and a name: equal (exact), the name's beginning, equal to a
     * word of a compound name (a part, 3 letters or more), or within the edits its length allows
     * from a word of the name (optimal string alignment; one edit from 4 letters, two from 8). A
     * two-word query matches a pair of names when one word matches each name, in either order;
     * its level: exact when both words are exact, beginning when both are exact or beginnings,
     * otherwise approximate with the sum of the edits. A query is ambiguous when patients of
     * other name pairs match it at a level as good as the target's and they are at least
     * {@link #TOP}: they may fill the first answers whatever the ranking, as "marin jean" (a typo
     * of Jean Martin that is another real name) or "beynard" (one edit from Bernard and Benard).
     */
    static final class Names {
        final Map<String, Map<String, Long>> byLast = new java.util.HashMap<>();
        final java.util.Set<String> firsts = new java.util.HashSet<>();
        final Map<String, Long> lastCounts = new java.util.HashMap<>();
        final Map<String, Long> firstCounts = new java.util.HashMap<>();
        /** Every last and first name, sorted: the names a word begins. */
        final java.util.TreeSet<String> allNames = new java.util.TreeSet<>();
        /** Every word of a last or first name, with the names holding it. */
        final Map<String, List<String>> words = new java.util.HashMap<>();

        static Names load(Statement st) throws Exception {
            Names n = new Names();
            try (ResultSet rs = st.executeQuery("SELECT last_norm, first_norm, count(*) FROM patients_patient GROUP BY 1, 2")) {
                while (rs.next()) {
                    n.byLast.computeIfAbsent(rs.getString(1), k -> new java.util.HashMap<>()).put(rs.getString(2), rs.getLong(3));
                    n.firsts.add(rs.getString(2));
                    n.lastCounts.merge(rs.getString(1), rs.getLong(3), Long::sum);
                    n.firstCounts.merge(rs.getString(2), rs.getLong(3), Long::sum);
                }
            }
            for (String name : n.lastCounts.keySet()) {
                n.allNames.add(name);
            }
            n.allNames.addAll(n.firsts);
            for (String name : n.allNames) {
                for (String word : new java.util.HashSet<>(List.of(name.split(" ")))) {
                    n.words.computeIfAbsent(word, k -> new ArrayList<>()).add(name);
                }
            }
            return n;
        }

        /** @return patients of other names matching the query as well as the target's; -1 unless two words */
        long competitors(String query, Target target) {
            String[] w = query.split(" ");
            if (w.length != 2) {
                return -1;
            }
            int want = pairLevel(w, level(w[0], target.last()), level(w[1], target.first()), level(w[1], target.last()),
                    level(w[0], target.first()));
            if (want < 0) {
                return -1;
            }
            Map<String, Integer> m0 = matches(w[0]);
            Map<String, Integer> m1 = matches(w[1]);
            long n = 0;
            // The whole query as one name, exactly or as its beginning ("andre dumas" begins the
            // last name Andre-Dumas): a closer tier than any approximate match of both names.
            for (String name : allNames.subSet(query, true, query + Character.MAX_VALUE, false)) {
                if (want == 0 && !name.equals(query)) {
                    continue;
                }
                long same = byLast.getOrDefault(target.last(), Map.of()).getOrDefault(target.first(), 0L);
                n += lastCounts.getOrDefault(name, 0L) - (name.equals(target.last()) ? same : 0);
                n += firstCounts.getOrDefault(name, 0L) - (name.equals(target.first()) ? same : 0);
            }
            java.util.Set<String> names = new java.util.HashSet<>(m0.keySet());
            names.addAll(m1.keySet());
            List<String> firstNames = names.stream().filter(firsts::contains).toList();
            for (String l : names) {
                Map<String, Long> pairs = byLast.get(l);
                if (pairs == null) {
                    continue;
                }
                for (String f : firstNames) {
                    Long count = pairs.get(f);
                    if (count == null || (l.equals(target.last()) && f.equals(target.first()))) {
                        continue;
                    }
                    int level = pairLevel(w, m0.getOrDefault(l, -1), m1.getOrDefault(f, -1), m1.getOrDefault(l, -1),
                            m0.getOrDefault(f, -1));
                    if (level >= 0 && level <= want) {
                        n += count;
                    }
                }
            }
            return n;
        }

        private final Map<String, Map<String, Integer>> matchCache = new java.util.HashMap<>();

        /** @return every last or first name the word matches, with its {@link #level} */
        Map<String, Integer> matches(String word) {
            return matchCache.computeIfAbsent(word, x -> {
                Map<String, Integer> out = new java.util.HashMap<>();
                int allowed = word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
                for (String d : words.keySet()) {
                    int dist = distance(word, d, allowed);
                    if (dist > allowed) {
                        continue;
                    }
                    for (String name : words.get(d)) {
                        boolean whole = name.length() == d.length();
                        if (whole ? dist > 0 : word.length() >= 3) {
                            out.merge(name, 2 + dist, Math::min);
                        }
                    }
                }
                for (String name : allNames.subSet(word, true, word + Character.MAX_VALUE, false)) {
                    out.put(name, name.equals(word) ? 0 : 1);
                }
                return out;
            });
        }

        /**
         * @return the pair's level for the query (0 exact, 1 beginning, 2 + edits approximate; -1
         *         no match), the better of its two readings: first word last name and second word
         *         first name ({@code w0Last}, {@code w1First}), or the other way round
         */
        static int pairLevel(String[] w, int w0Last, int w1First, int w1Last, int w0First) {
            return best(combine(w0Last, w1First), combine(w1Last, w0First));
        }

        static int combine(int a, int b) {
            if (a < 0 || b < 0) {
                return -1;
            }
            if (a == 0 && b == 0) {
                return 0;
            }
            if (a <= 1 && b <= 1) {
                return 1;
            }
            return 2 + Math.max(0, a - 2) + Math.max(0, b - 2);
        }

        static int best(int a, int b) {
            return a < 0 ? b : b < 0 ? a : Math.min(a, b);
        }

        /** @return how the word matches the name: 0 equal, 1 its beginning, 2 + edits to a word of it; -1 not */
        static int level(String word, String name) {
            if (word.equals(name)) {
                return 0;
            }
            if (name.startsWith(word)) {
                return 1;
            }
            int allowed = word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
            int best = -1;
            for (String part : name.split(" ")) {
                if (part.length() == name.length() ? allowed == 0 : word.length() < 3) {
                    continue;
                }
                int d = distance(word, part, allowed);
                if (d <= allowed) {
                    best = best < 0 ? 2 + d : Math.min(best, 2 + d);
                }
            }
            return best;
        }

        private static int[][] DP = new int[40][40];

        /** Optimal string alignment distance, or {@code max + 1} when more than {@code max}. */
        static int distance(String a, String b, int max) {
            int n = a.length(), m = b.length();
            if (Math.abs(n - m) > max) {
                return max + 1;
            }
            if (DP.length <= n || DP[0].length <= m) {
                DP = new int[n + 8][m + 8];
            }
            int[][] d = DP;
            for (int i = 0; i <= n; i++) {
                d[i][0] = i;
            }
            for (int j = 0; j <= m; j++) {
                d[0][j] = j;
            }
            for (int i = 1; i <= n; i++) {
                for (int j = 1; j <= m; j++) {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                    if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                    }
                }
            }
            return Math.min(d[n][m], max + 1);
        }
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
