package org.hygie.patients.server.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patient-search benchmark's Java side (bench/patient-search.sh drives it; not a test).
 *
 * <p>It lives in the package of the patients server so that it can use the server's own
 * {@link NameNormalizer}, {@link MedicalRecordNumbers}, {@link SearchQuery}, {@link SearchPlan} and
 * {@link SearchPager} from the built bundle jar on the class path: the loader's normalised names,
 * the verification and the SQL replay are then the server's code, not a copy of it.
 *
 * <ul>
 * <li>{@code dict}: prints the SQL of the name dictionaries (display name + normalised form) and
 * of {@code bench_mrn} for generate.sql;</li>
 * <li>{@code verify JDBC_URL BASE_URL}: checks the loaded rows against the server's rules and
 * finds a few generated patients through REST;</li>
 * <li>{@code run JDBC_URL BASE_URL}: builds the seeded query mix, checks that the SQL replay
 * answers what REST answers, then measures REST and SQL with 1 and 2 clients.</li>
 * </ul>
 */
public final class PatientSearchBench {
    static final int PAGE_SIZE = 20;
    static final long SEED = Long.getLong("bench.seed", 42L);
    static final int QUERIES = Integer.getInteger("bench.queries", 10000);
    static final int WARMUP = Integer.getInteger("bench.warmup", 2000);
    static final int MAX_SECONDS = Integer.getInteger("bench.maxSeconds", 120);
    static final int SAMPLED_PATIENTS = Integer.getInteger("bench.sampled", 60);
    static final String USER = System.getProperty("bench.user", "sec.petit");
    static final String PASSWORD = System.getProperty("bench.password", "Hygie-demo-1");

    private PatientSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        switch (args.length == 0 ? "" : args[0]) {
            case "dict" -> dict();
            case "verify" -> verify(args[1], args[2]);
            case "run" -> run(args[1], args[2]);
            default -> {
                System.err.println("usage: PatientSearchBench dict | verify JDBC_URL BASE_URL | run JDBC_URL BASE_URL");
                System.exit(2);
            }
        }
    }

    // ------------------------------------------------------------------ dictionaries

    /** Common French surnames, most frequent first (the generator skews towards the top). */
    static final String[] LAST_NAMES = { "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand",
            "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
            "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Müller",
            "Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François",
            "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel",
            "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël",
            "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet",
            "Gaillard", "Barbier", "Arnaud", "Martínez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux",
            "Colin", "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix",
            "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq",
            "Guillaume", "Lecomte", "López", "Jean", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sánchez",
            "Dupuis", "Moulin", "Louis", "Deschamps", "Huet", "Vasseur", "Pérez", "Boucher", "Fleury", "Royer",
            "Klein", "Jacquet", "Adam", "Paris", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charles", "Renault",
            "Charpentier", "Ménard", "Maillard", "Baron", "Bertin", "Bailly", "Hervé", "Schneider", "Fernández",
            "Le Gall", "Collet", "Léger", "Bouvier", "Julien", "Prévost", "Millet", "Perrot", "Daniel", "Le Roux",
            "Cousin", "Germain", "Breton", "Besson", "Langlois", "Rémy", "Le Goff", "Pelletier", "Lévêque", "Perrier",
            "Leblanc", "Barré", "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger", "Jacob", "Monnier",
            "Michaud", "Rodríguez", "Guichard", "Gillet", "Étienne", "Grondin", "Poulain", "Tessier", "Chevallier",
            "Collin", "Chauvin", "Da Silva", "Bouchet", "Gay", "Lemaître", "Bénard", "Maréchal", "Humbert",
            "Reynaud", "Antoine", "Hoarau", "Perret", "Barthélemy", "Cordier", "Pichon", "Lejeune", "Gilbert", "Lamy",
            "Delaunay", "Pasquier", "Carlier", "Laporte", "Saint-Martin", "De la Fontaine", "D'Aubigné", "N'Diaye",
            "Lœuillet", "Bœuf", "Saint-Exupéry", "L'Hôte", "Nguyễn", "Øster", "Großmann", "Dupond", "Lefébure",
            "Mac Kenzie", "O'Neill", "Courtois", "Besnard", "Hébert", "Desjardins", "Texier", "Ledoux" };

    /** First names with the sex the generator gives them, most frequent first. */
    static final String[][] FIRST_NAMES = { { "Marie", "F" }, { "Jean", "M" }, { "Hélène", "F" },
            { "Pierre", "M" }, { "Nathalie", "F" }, { "Michel", "M" }, { "Isabelle", "F" }, { "André", "M" },
            { "Sylvie", "F" }, { "Philippe", "M" }, { "Catherine", "F" }, { "Alain", "M" }, { "Françoise", "F" },
            { "Nicolas", "M" }, { "Christine", "F" }, { "Christophe", "M" }, { "Monique", "F" }, { "Patrick", "M" },
            { "Valérie", "F" }, { "Daniel", "M" }, { "Sandrine", "F" }, { "Bernard", "M" }, { "Véronique", "F" },
            { "Éric", "M" }, { "Sophie", "F" }, { "Stéphane", "M" }, { "Nicole", "F" }, { "Frédéric", "M" },
            { "Céline", "F" }, { "Laurent", "M" }, { "Chantal", "F" }, { "Olivier", "M" }, { "Martine", "F" },
            { "Julien", "M" }, { "Anne", "F" }, { "David", "M" }, { "Aurélie", "F" }, { "Sébastien", "M" },
            { "Julie", "F" }, { "Thomas", "M" }, { "Zoé", "F" }, { "Noël", "M" }, { "Bénédicte", "F" },
            { "François", "M" }, { "Ségolène", "F" }, { "Jérôme", "M" }, { "Anaïs", "F" }, { "Raphaël", "M" },
            { "Maëlle", "F" }, { "Loïc", "M" }, { "Gaëlle", "F" }, { "Mathéo", "M" }, { "Léa", "F" }, { "Théo", "M" },
            { "Chloé", "F" }, { "Hugo", "M" }, { "Camille", "F" }, { "Lucas", "M" }, { "Inès", "F" },
            { "Gabriel", "M" }, { "Manon", "F" }, { "Louis", "M" }, { "Emma", "F" }, { "Arthur", "M" },
            { "Jade", "F" }, { "Jules", "M" }, { "Louise", "F" }, { "Léo", "M" }, { "Alice", "F" }, { "Adam", "M" },
            { "Lina", "F" }, { "Nathan", "M" }, { "Rose", "F" }, { "Paul", "M" }, { "Mila", "F" }, { "Ethan", "M" },
            { "Anna", "F" }, { "Sacha", "M" }, { "Ambre", "F" }, { "Noah", "M" }, { "Agathe", "F" }, { "Maël", "M" },
            { "Juliette", "F" }, { "Tom", "M" }, { "Margaux", "F" }, { "Enzo", "M" }, { "Lou", "F" },
            { "Timéo", "M" }, { "Romane", "F" }, { "Victor", "M" }, { "Clémence", "F" }, { "Baptiste", "M" },
            { "Éloïse", "F" }, { "Jean-Pierre", "M" }, { "Marie-Claire", "F" }, { "Jean-François", "M" },
            { "Anne-Sophie", "F" }, { "Mathis", "M" }, { "Pauline", "F" }, { "Jérémie", "M" }, { "Océane", "F" },
            { "Côme", "M" }, { "Cœlina", "F" }, { "Joël", "M" }, { "Héloïse", "F" }, { "Grégoire", "M" },
            { "Noémie", "F" }, { "Aimé", "M" }, { "Maïté", "F" }, { "Hervé", "M" }, { "Gisèle", "F" } };

    /** Syllables of the long tail of rare surnames (three of them make one). */
    static final String[] SYLLABLES = { "ba", "bé", "cha", "do", "fa", "gou", "la", "li", "ma", "mo", "na", "ni",
            "pa", "pé", "ra", "ri", "sa", "so", "ta", "té", "va", "vi", "lo", "ro", "gue", "ton", "din", "let", "mont",
            "court", "ville", "rot", "nay", "quet" };

    static void dict() {
        StringBuilder sql = new StringBuilder();
        sql.append("-- written by PatientSearchBench dict: names with their NameNormalizer form\n");
        sql.append("CREATE TABLE bench_last (i int PRIMARY KEY, name text NOT NULL, norm text NOT NULL);\n");
        sql.append("CREATE TABLE bench_first (i int PRIMARY KEY, name text NOT NULL, norm text NOT NULL, sex text NOT NULL);\n");
        sql.append("CREATE TABLE bench_syl (i int PRIMARY KEY, name text NOT NULL, cap text NOT NULL, norm text NOT NULL);\n");
        sql.append("INSERT INTO bench_last VALUES\n");
        for (int i = 0; i < LAST_NAMES.length; i++) {
            sql.append(String.format("(%d, %s, %s)%s%n", i + 1, lit(LAST_NAMES[i]), lit(NameNormalizer.normalize(LAST_NAMES[i])),
                    i + 1 < LAST_NAMES.length ? "," : ";"));
        }
        sql.append("INSERT INTO bench_first VALUES\n");
        for (int i = 0; i < FIRST_NAMES.length; i++) {
            String[] f = FIRST_NAMES[i];
            sql.append(String.format("(%d, %s, %s, %s)%s%n", i + 1, lit(f[0]), lit(NameNormalizer.normalize(f[0])),
                    lit(f[1].equals("F") ? "FEMALE" : "MALE"), i + 1 < FIRST_NAMES.length ? "," : ";"));
        }
        sql.append("INSERT INTO bench_syl VALUES\n");
        for (int i = 0; i < SYLLABLES.length; i++) {
            String s = SYLLABLES[i];
            String cap = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
            sql.append(String.format("(%d, %s, %s, %s)%s%n", i + 1, lit(s), lit(cap), lit(NameNormalizer.normalize(s)),
                    i + 1 < SYLLABLES.length ? "," : ";"));
        }
        // MedicalRecordNumbers.format in SQL: 8-digit body, then its Luhn digit (rightmost body
        // digit doubled). The verify step checks every generated number with the Java class.
        sql.append("""
                CREATE FUNCTION bench_mrn(seq bigint) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
                  SELECT b || ((10 - sum(CASE WHEN (8 - i) % 2 = 0
                                              THEN (CASE WHEN 2 * d > 9 THEN 2 * d - 9 ELSE 2 * d END)
                                              ELSE d END) % 10) % 10)::text
                  FROM (SELECT lpad(seq::text, 8, '0') AS b) body,
                       LATERAL (SELECT i, substr(body.b, i, 1)::int AS d FROM generate_series(1, 8) i) digits
                  GROUP BY b
                $$;
                """);
        System.out.print(sql);
    }

    private static String lit(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    // ------------------------------------------------------------------ verification

    static int failures;

    static void check(boolean ok, String what) {
        System.out.println((ok ? "  ok    " : "  FAIL  ") + what);
        if (!ok) {
            failures++;
        }
    }

    static void verify(String jdbcUrl, String baseUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            long[] bad = { 0, 0 };
            long pairs = 0;
            for (String col : List.of("last", "first")) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT DISTINCT " + col + "_name, " + col + "_norm FROM patients_patient")) {
                    while (rs.next()) {
                        pairs++;
                        String expected = NameNormalizer.normalize(rs.getString(1));
                        if (!expected.equals(rs.getString(2))) {
                            if (bad[0]++ < 5) {
                                System.out.println("    " + rs.getString(1) + " stored as '" + rs.getString(2) + "', NameNormalizer says '" + expected + "'");
                            }
                        }
                    }
                }
            }
            check(bad[0] == 0, pairs + " distinct (name, normalised) pairs equal NameNormalizer's output (" + bad[0] + " differ)");
            long missing = single(c, "SELECT count(*) FROM (SELECT last_norm AS name FROM patients_patient UNION SELECT first_norm FROM patients_patient) d "
                    + "WHERE NOT EXISTS (SELECT 1 FROM patients_name_word n WHERE n.name = d.name)");
            long dictionary = single(c, "SELECT count(DISTINCT word) FROM patients_name_word");
            long variants = single(c, "SELECT count(*) FROM patients_name_variant");
            check(missing == 0, "name-word dictionary (trigger-maintained) holds every last and first name: " + dictionary + " words, "
                    + variants + " deletion forms, " + missing + " names missing");
            long rows = 0;
            long maxBody = 0;
            try (Statement s = c.createStatement()) {
                s.setFetchSize(20_000);
                try (ResultSet rs = s.executeQuery("SELECT mrn FROM patients_patient")) {
                    while (rs.next()) {
                        String mrn = rs.getString(1);
                        rows++;
                        long body = Long.parseLong(mrn.substring(0, 8));
                        maxBody = Math.max(maxBody, body);
                        if (!MedicalRecordNumbers.isValid(mrn) || !MedicalRecordNumbers.format(body).equals(mrn)) {
                            if (bad[1]++ < 5) {
                                System.out.println("    invalid MRN " + mrn);
                            }
                        }
                    }
                }
            }
            long seq = single(c, "SELECT last_value FROM patients_mrn_seq");
            check(bad[1] == 0, rows + " MRNs valid (MedicalRecordNumbers.isValid and format(body)), " + bad[1] + " invalid");
            check(maxBody == seq, "highest MRN body " + maxBody + " = patients_mrn_seq.last_value " + seq + " (next creation cannot collide)");
            c.commit();
            System.out.printf("  (database checks: %.1f s)%n", (System.nanoTime() - t0) / 1e9);

            // A few generated patients, with accents, found through REST by accent-free name and by MRN.
            Rest rest = new Rest(baseUrl);
            rest.login();
            List<Sample> samples = new ArrayList<>();
            Random rnd = new Random(SEED + 1);
            List<String> candidates = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                candidates.add(MedicalRecordNumbers.format(1 + (long) (rnd.nextDouble() * seq)));
            }
            // Generated patients spread over the table, with accents, ligatures, hyphens or apostrophes.
            try (PreparedStatement s = c.prepareStatement("SELECT mrn, last_name, first_name, last_norm, first_norm, birth_date FROM patients_patient "
                            + "WHERE NOT demo AND (last_name || first_name) ~ '[^A-Za-z ]' AND mrn = ANY(?) ORDER BY mrn LIMIT 8")) {
                s.setArray(1, c.createArrayOf("varchar", candidates.toArray()));
                ResultSet rs = s.executeQuery();
                while (rs.next()) {
                    samples.add(new Sample(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6)));
                }
            }
            for (Sample p : samples) {
                Rest.Answer byName = rest.search(p.lastNorm + " " + p.firstNorm, p.birthDate);
                check(byName.status == 200 && byName.mrns.contains(p.mrn),
                        String.format("REST q=\"%s %s\"&birthDate=%s finds %s %s (%s): total %d", p.lastNorm, p.firstNorm, p.birthDate,
                                p.last, p.first, p.mrn, byName.total));
                Rest.Answer byLast = rest.search(p.lastNorm.toUpperCase(Locale.ROOT), p.birthDate);
                check(byLast.status == 200 && byLast.mrns.contains(p.mrn),
                        String.format("REST q=\"%s\"&birthDate=%s finds %s: total %d", p.lastNorm.toUpperCase(Locale.ROOT), p.birthDate, p.mrn, byLast.total));
                Rest.Answer byMrn = rest.search(p.mrn, null);
                check(byMrn.status == 200 && byMrn.total == 1 && byMrn.mrns.equals(List.of(p.mrn)),
                        "REST q=" + p.mrn + " finds exactly that patient (" + p.last + " " + p.first + ")");
            }
        }
        if (failures > 0) {
            System.out.println(failures + " CHECK(S) FAILED");
            System.exit(1);
        }
    }

    record Sample(String mrn, String last, String first, String lastNorm, String firstNorm, String birthDate) {
    }

    static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ------------------------------------------------------------------ REST client

    static final class Rest {
        static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
        static final Pattern MRN = Pattern.compile("\"mrn\"\\s*:\\s*\"(\\d+)\"");
        static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
        static volatile String token;
        final String base;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        Rest(String base) {
            this.base = base;
        }

        void login() throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = TOKEN.matcher(r.body());
            if (r.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
            }
            token = m.group(1);
        }

        record Answer(int status, long total, List<String> mrns) {
        }

        Answer search(String q, String birthDate) throws Exception {
            String uri = base + "/api/patients?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&size=" + PAGE_SIZE
                    + (birthDate == null ? "" : "&birthDate=" + birthDate);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return new Answer(r.statusCode(), -1, List.of());
            }
            Matcher t = TOTAL.matcher(r.body());
            long total = t.find() ? Long.parseLong(t.group(1)) : -1;
            List<String> mrns = new ArrayList<>();
            Matcher m = MRN.matcher(r.body());
            while (m.find()) {
                mrns.add(m.group(1));
            }
            return new Answer(200, total, mrns);
        }
    }

    // ------------------------------------------------------------------ SQL replay

    /**
     * The search's query sequence straight over JDBC: {@link SearchQuery}, {@link SearchPlan} and
     * {@link SearchPager} from the server jar decide the branches, this runner executes the same
     * native SQL the server's {@code PatientsService.SqlRunner} sends through Hibernate (named
     * parameters become positional ones, as Hibernate renders them), in one read-only transaction
     * per search, with pgjdbc's default settings as in the server's pool.
     */
    static final class Replay {
        static final Pattern NAMED = Pattern.compile(":(p\\d+|cap|lim|off)\\b");
        static final String FROM = " FROM patients_patient p WHERE ";
        final Connection c;

        Replay(String jdbcUrl) throws SQLException {
            c = DriverManager.getConnection(jdbcUrl);
            c.setAutoCommit(false);
            c.setReadOnly(true);
        }

        SearchPager.Result<String> search(String q) throws SQLException {
            SearchQuery query = SearchQuery.parse(q, null, 0, PAGE_SIZE);
            SearchPlan plan = SearchPlan.of(query);
            try {
                SearchPager.Result<String> r = SearchPager.page(plan, query.page().offset(), query.page().size(),
                        org.hygie.patients.api.PatientsApi.SEARCH_LIMIT, new SearchPager.Runner<String>() {
                            @Override
                            public long count(SearchPlan.Branch b, int cap) {
                                try (PreparedStatement ps = prepare("SELECT count(*) FROM (SELECT 1" + FROM + b.where() + " LIMIT :cap) t",
                                        b.params(), Map.of("cap", cap)); ResultSet rs = ps.executeQuery()) {
                                    rs.next();
                                    return rs.getLong(1);
                                } catch (SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            }

                            @Override
                            public List<String> fetch(SearchPlan.Branch b, long offset, int limit) {
                                try (PreparedStatement ps = prepare("SELECT p.*" + FROM + b.where() + " ORDER BY " + b.orderBy()
                                        + " LIMIT :lim OFFSET :off", b.params(), Map.of("lim", limit, "off", offset));
                                        ResultSet rs = ps.executeQuery()) {
                                    List<String> mrns = new ArrayList<>();
                                    int cols = rs.getMetaData().getColumnCount();
                                    while (rs.next()) {
                                        for (int i = 1; i <= cols; i++) {
                                            rs.getObject(i); // read every column, as the entity mapping does
                                        }
                                        mrns.add(rs.getString("mrn"));
                                    }
                                    return mrns;
                                } catch (SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            }

                            @Override
                            public List<NameAlternatives.NameWord> nameWords(java.util.Set<String> keys, List<String> twoEditWords) {
                                // PatientsService.SqlRunner's statements; Hibernate expands the IN list, so does this.
                                List<NameAlternatives.NameWord> rows = new ArrayList<>();
                                String in = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
                                try (PreparedStatement ps = c.prepareStatement(PatientsService.SqlRunner.NAME_WORDS_BY_VARIANT.replace(":keys", in))) {
                                    int i = 1;
                                    for (String k : keys) {
                                        ps.setString(i++, k);
                                    }
                                    collect(ps, rows);
                                    for (String w : twoEditWords) {
                                        try (PreparedStatement t = c.prepareStatement(PatientsService.SqlRunner.NAME_WORDS_BY_TRIGRAM.replace(":w", "?"))) {
                                            t.setString(1, w);
                                            collect(t, rows);
                                        }
                                    }
                                    return rows;
                                } catch (SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            }

                            private void collect(PreparedStatement ps, List<NameAlternatives.NameWord> rows) throws SQLException {
                                try (ResultSet rs = ps.executeQuery()) {
                                    while (rs.next()) {
                                        rows.add(new NameAlternatives.NameWord(rs.getString(1), rs.getString(2)));
                                    }
                                }
                            }
                        });
                c.commit();
                return r;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        }

        PreparedStatement prepare(String sql, Map<String, Object> params, Map<String, Object> extra) throws SQLException {
            Map<String, Object> all = new LinkedHashMap<>(params);
            all.putAll(extra);
            Matcher m = NAMED.matcher(sql);
            List<Object> values = new ArrayList<>();
            StringBuilder positional = new StringBuilder();
            while (m.find()) {
                values.add(all.get(m.group(1)));
                m.appendReplacement(positional, "?");
            }
            m.appendTail(positional);
            PreparedStatement ps = c.prepareStatement(positional.toString());
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            return ps;
        }

        void close() throws SQLException {
            c.close();
        }
    }

    // ------------------------------------------------------------------ query mix

    /** The kinds of queries of the mix, in equal shares. */
    enum Kind {
        LAST_FIRST_TYPED("\"Lefèvre Hélène\" as typed"),
        FIRST_LAST_TYPED("\"Hélène Lefèvre\" as typed"),
        LAST_FIRST_PLAIN("\"lefevre helene\" accent-free"),
        LAST_PLAIN("\"lefevre\" accent-free last name"),
        PREFIX_2("\"le\" 2-letter prefix"),
        PREFIX_3("\"lef\" 3-letter prefix"),
        FIRST_LAST_PREFIX("\"helene lef\" first + last prefix"),
        TYPO("\"lefevrr\" typo in the last name"),
        TYPO_FIRST("\"lefevre helenr\" typo in the first name"),
        TYPO_BOTH("\"helenr lefevrr\" a typo in each name"),
        MRN("MRN, 9 digits");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    record Q(Kind kind, String text) {
    }

    static List<Q> distinctQueries(Connection c, Random rnd) throws SQLException {
        long last = single(c, "SELECT last_value FROM patients_mrn_seq");
        List<String> mrns = new ArrayList<>();
        for (int i = 0; i < SAMPLED_PATIENTS * 2; i++) {
            mrns.add(MedicalRecordNumbers.format(1 + (long) (rnd.nextDouble() * last)));
        }
        Map<String, String[]> byMrn = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT mrn, last_name, first_name, last_norm, first_norm FROM patients_patient WHERE mrn = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("varchar", mrns.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byMrn.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5) });
                }
            }
        }
        List<Q> qs = new ArrayList<>();
        int used = 0;
        for (String mrn : mrns) {
            String[] p = byMrn.get(mrn);
            if (p == null || used++ >= SAMPLED_PATIENTS) {
                continue;
            }
            String l = p[0], f = p[1], ln = p[2], fn = p[3];
            for (Kind k : Kind.values()) {
                String text = switch (k) {
                    case LAST_FIRST_TYPED -> l + " " + f;
                    case FIRST_LAST_TYPED -> f + " " + l;
                    case LAST_FIRST_PLAIN -> ln + " " + fn;
                    case LAST_PLAIN -> ln;
                    case PREFIX_2 -> ln.substring(0, Math.min(2, ln.length()));
                    case PREFIX_3 -> ln.substring(0, Math.min(3, ln.length()));
                    case FIRST_LAST_PREFIX -> fn + " " + ln.substring(0, Math.min(3, ln.length()));
                    case TYPO -> typo(ln, rnd);
                    case TYPO_FIRST -> ln + " " + typo(fn, rnd);
                    case TYPO_BOTH -> typo(fn, rnd) + " " + typo(ln, rnd);
                    case MRN -> rnd.nextInt(3) == 0 ? mrn.substring(0, 3) + " " + mrn.substring(3, 6) + " " + mrn.substring(6) : mrn;
                };
                qs.add(new Q(k, text.strip()));
            }
        }
        return qs;
    }

    /** One letter of the last name replaced by a neighbour on the keyboard row, or two letters swapped. */
    static String typo(String name, Random rnd) {
        char[] ch = name.toCharArray();
        List<Integer> letters = new ArrayList<>();
        for (int i = 1; i < ch.length; i++) {
            if (Character.isLetter(ch[i])) {
                letters.add(i);
            }
        }
        if (letters.isEmpty()) {
            return name + "e";
        }
        int i = letters.get(rnd.nextInt(letters.size()));
        if (rnd.nextBoolean() && i + 1 < ch.length && Character.isLetter(ch[i + 1]) && ch[i] != ch[i + 1]) {
            char t = ch[i];
            ch[i] = ch[i + 1];
            ch[i + 1] = t;
        } else {
            String row = "azertyuiopqsdfghjklmwxcvbn";
            int at = row.indexOf(ch[i]);
            ch[i] = row.charAt(at < 0 ? 0 : (at + 1) % row.length());
        }
        return new String(ch);
    }

    // ------------------------------------------------------------------ measurement

    interface Client {
        /** @return the search's total, for the agreement check */
        long search(String q) throws Exception;
    }

    record Stats(String path, int clients, int n, long errors, double seconds, long[] nanos, Map<Kind, long[]> byKind, double othersCpu,
            String cpu) {
        double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int idx = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
        }

        String row() {
            return String.format("| %-16s | %7d | %7d | %6.2f | %6.2f | %6.2f | %7.2f | %7.0f | %6d | %9.0f%% |", path, clients, n,
                    pct(nanos, 0.50), pct(nanos, 0.95), pct(nanos, 0.99), nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6,
                    n / seconds, errors, othersCpu);
        }
    }

    /**
     * CPU time of every process during a run, sampled from /proc every 200 ms, grouped into the
     * benchmark's own processes and the others (the machine is shared: their share is the
     * interference). A process first seen after the first sample started during the run.
     */
    static final class CpuSampler extends Thread {
        static final long SERVER_PID = Long.getLong("bench.serverPid", -1);
        static final double TICKS = 100.0; // USER_HZ
        final String db;
        final long self = ProcessHandle.current().pid();
        final Map<Long, Long> prev = new java.util.HashMap<>();
        final Map<String, Long> groups = new LinkedHashMap<>();
        final Map<String, Long> others = new java.util.HashMap<>();
        volatile boolean stopped;
        long t0;
        double seconds;

        CpuSampler(String db) {
            this.db = db;
            setDaemon(true);
            for (String g : List.of("server JVM", "bench client JVM", "PostgreSQL (bench db)", "PostgreSQL (shared/other dbs)", "other processes")) {
                groups.put(g, 0L);
            }
        }

        @Override
        public void run() {
            t0 = System.nanoTime();
            sample(false);
            while (!stopped) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
                sample(true);
            }
        }

        String finish() {
            stopped = true;
            interrupt();
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sample(true);
            seconds = (System.nanoTime() - t0) / 1e9;
            return summary();
        }

        double pct(long ticks) {
            return 100.0 * ticks / TICKS / seconds;
        }

        long othersTicks() {
            return groups.get("other processes");
        }

        String summary() {
            StringBuilder sb = new StringBuilder();
            groups.forEach((g, t) -> sb.append(String.format("%s %.0f%%, ", g, pct(t))));
            sb.setLength(sb.length() - 2);
            List<Map.Entry<String, Long>> top = others.entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4).toList();
            if (!top.isEmpty()) {
                sb.append(" (busiest others: ");
                top.forEach(e -> sb.append(String.format("%s %.0f%%, ", e.getKey(), pct(e.getValue()))));
                sb.setLength(sb.length() - 2);
                sb.append(')');
            }
            return sb.toString();
        }

        private synchronized void sample(boolean record) {
            java.io.File[] dirs = new java.io.File("/proc").listFiles((d, n) -> n.chars().allMatch(Character::isDigit));
            if (dirs == null) {
                return;
            }
            for (java.io.File d : dirs) {
                long pid = Long.parseLong(d.getName());
                String stat;
                try {
                    stat = Files.readString(Path.of(d.getPath(), "stat"));
                } catch (Exception e) {
                    continue; // exited
                }
                int close = stat.lastIndexOf(')');
                String comm = stat.substring(stat.indexOf('(') + 1, close);
                String[] f = stat.substring(close + 2).split(" ");
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                Long before = prev.put(pid, ticks);
                if (!record) {
                    continue;
                }
                long delta = ticks - (before == null ? 0 : before);
                if (delta <= 0) {
                    continue;
                }
                String group;
                if (pid == SERVER_PID) {
                    group = "server JVM";
                } else if (pid == self) {
                    group = "bench client JVM";
                } else if (comm.equals("postgres")) {
                    String cmd = "";
                    try {
                        cmd = new String(Files.readAllBytes(Path.of(d.getPath(), "cmdline")), StandardCharsets.UTF_8);
                    } catch (Exception e) {
                        // exited
                    }
                    group = cmd.contains(" " + db + " ") ? "PostgreSQL (bench db)" : "PostgreSQL (shared/other dbs)";
                } else {
                    group = "other processes";
                    others.merge(comm + " " + pid, delta, Long::sum);
                }
                groups.merge(group, delta, Long::sum);
            }
        }
    }

    interface ClientFactory {
        Client open() throws Exception;
    }

    static String benchDb;

    static Stats measure(String path, int clients, ClientFactory factory, List<Q> sequence) throws Exception {
        List<Client> opened = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            opened.add(factory.open());
        }
        CpuSampler cpu = new CpuSampler(benchDb);
        cpu.start();
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long[] nanos = new long[sequence.size()];
        Kind[] kinds = new Kind[sequence.size()];
        AtomicInteger done = new AtomicInteger();
        long deadline = System.nanoTime() + MAX_SECONDS * 1_000_000_000L;
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Client client : opened) {
            Thread t = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < sequence.size() && System.nanoTime() < deadline) {
                    Q q = sequence.get(i);
                    long s = System.nanoTime();
                    try {
                        if (client.search(q.text()) < 0) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        if (failures.size() < 3) {
                            failures.add(e);
                        }
                    }
                    nanos[i] = System.nanoTime() - s;
                    kinds[i] = q.kind();
                    done.incrementAndGet();
                }
            });
            t.start();
            threads.add(t);
        }
        long lastPrint = System.nanoTime();
        while (threads.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(200);
            if (System.nanoTime() - lastPrint > 5_000_000_000L) {
                lastPrint = System.nanoTime();
                System.out.printf("    %s x%d: %d/%d queries, %.0f s%n", path, clients, done.get(), sequence.size(), (lastPrint - t0) / 1e9);
            }
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String cpuSummary = cpu.finish();
        failures.forEach(e -> System.out.println("    error: " + e));
        int n = done.get();
        if (n < sequence.size()) {
            System.out.printf("    %s x%d: time bound (%d s) reached after %d of %d queries%n", path, clients, MAX_SECONDS, n, sequence.size());
        }
        long[] all = new long[n];
        int filled = 0;
        Map<Kind, List<Long>> perKind = new LinkedHashMap<>();
        for (int i = 0; i < sequence.size(); i++) {
            if (kinds[i] != null) { // completed (a slot taken at the time bound stays empty)
                all[filled++] = nanos[i];
                perKind.computeIfAbsent(kinds[i], k -> new ArrayList<>()).add(nanos[i]);
            }
        }
        all = Arrays.copyOf(all, filled);
        Map<Kind, long[]> byKind = new LinkedHashMap<>();
        perKind.forEach((k, v) -> byKind.put(k, v.stream().mapToLong(Long::longValue).sorted().toArray()));
        Arrays.sort(all);
        Stats st = new Stats(path, clients, n, errors.get(), seconds, all, byKind, cpu.pct(cpu.othersTicks()), cpuSummary);
        System.out.printf("    %s x%d: done, %d queries in %.1f s, p95 %.2f ms; CPU, %% of one core: %s%n", path, clients, n, seconds,
                st.pct(all, 0.95), cpuSummary);
        for (Client c : opened) {
            if (c instanceof AutoCloseable a) {
                a.close();
            }
        }
        return st;
    }

    static void run(String jdbcUrl, String baseUrl) throws Exception {
        benchDb = jdbcUrl.replaceFirst(".*/([^/?]+).*", "$1");
        Random rnd = new Random(SEED);
        List<Q> distinct;
        long patients;
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            distinct = distinctQueries(c, rnd);
            patients = single(c, "SELECT count(*) FROM patients_patient");
        }
        List<Q> sequence = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            sequence.add(distinct.get(rnd.nextInt(distinct.size())));
        }
        List<Q> warmup = new ArrayList<>();
        for (int i = 0; i < WARMUP; i++) {
            warmup.add(distinct.get(rnd.nextInt(distinct.size())));
        }
        System.out.printf("  query mix: %d distinct queries (%d sampled patients x %d kinds, seed %d); %d measured queries per run, %d warm-up%n",
                distinct.size(), distinct.size() / Kind.values().length, Kind.values().length, SEED, QUERIES, WARMUP);
        System.out.println("  examples: " + distinct.subList(0, Math.min(Kind.values().length, distinct.size())).stream().map(Q::text).toList());

        Rest login = new Rest(baseUrl);
        login.login();
        ClientFactory rest = () -> {
            Rest r = new Rest(baseUrl);
            return q -> {
                Rest.Answer a = r.search(q, null);
                return a.status == 200 ? a.total : -1;
            };
        };
        final class ReplayClient implements Client, AutoCloseable {
            final Replay replay;

            ReplayClient() throws SQLException {
                replay = new Replay(jdbcUrl);
            }

            @Override
            public long search(String q) throws Exception {
                return replay.search(q).total();
            }

            @Override
            public void close() throws Exception {
                replay.close();
            }
        }
        ClientFactory sql = ReplayClient::new;

        // Every distinct query once through both paths: the replay must answer what the server answers.
        System.out.println("  agreement check: every distinct query through REST and through the SQL replay");
        Rest r = new Rest(baseUrl);
        Replay replay = new Replay(jdbcUrl);
        int disagree = 0;
        Map<Kind, long[]> totals = new LinkedHashMap<>();
        long[] firstPass = new long[distinct.size()];
        int fp = 0;
        for (Q q : distinct) {
            long s0 = System.nanoTime();
            Rest.Answer a = r.search(q.text(), null);
            firstPass[fp++] = System.nanoTime() - s0;
            SearchPager.Result<String> b = replay.search(q.text());
            long[] t = totals.computeIfAbsent(q.kind(), k -> new long[3]);
            t[0]++;
            t[1] += a.total;
            t[2] += a.total == 0 ? 1 : 0;
            if (a.status != 200 || a.total != b.total() || !a.mrns.equals(b.items())) {
                if (disagree++ < 5) {
                    System.out.printf("    DIFFERENT for \"%s\": REST %d total %d %s, SQL total %d %s%n", q.text(), a.status, a.total,
                            a.mrns.stream().limit(3).toList(), b.total(), b.items().stream().limit(3).toList());
                }
            }
        }
        replay.close();
        Arrays.sort(firstPass);
        String firstPassLine = String.format("First pass (each distinct query once, right after the load: server JIT cold; 1 client, REST): "
                + "p50 %.2f ms, p95 %.2f ms, max %.2f ms", firstPass[firstPass.length / 2] / 1e6,
                firstPass[(int) Math.ceil(0.95 * firstPass.length) - 1] / 1e6, firstPass[firstPass.length - 1] / 1e6);
        System.out.println("    " + firstPassLine);
        System.out.printf("    %d of %d queries: same total and same first page through REST and SQL%n", distinct.size() - disagree,
                distinct.size());

        System.out.println("  warm-up");
        measure("warm-up REST", 2, rest, warmup);
        measure("warm-up SQL", 2, sql, warmup);

        System.out.println("  measuring");
        // Interleaved, so that each REST figure has its SQL counterpart measured just after it.
        Stats restOne = measure("REST (HTTP+JSON)", 1, rest, sequence);
        Stats sqlOne = measure("SQL replay JDBC", 1, sql, sequence);
        Stats restTwo = measure("REST (HTTP+JSON)", 2, rest, sequence);
        Stats sqlTwo = measure("SQL replay JDBC", 2, sql, sequence);
        List<Stats> results = List.of(restOne, restTwo, sqlOne, sqlTwo);

        System.out.println();
        System.out.printf("Patient search, %,d patients, page size %d, %d cores (server, PostgreSQL and this client share them)%n", patients,
                PAGE_SIZE, Runtime.getRuntime().availableProcessors());
        System.out.println("latency in ms, measured by the client; throughput = queries / wall time; other CPU = processes outside the benchmark, % of one core (of 200 %)");
        System.out.println("| path             | clients | queries |    p50 |    p95 |    p99 |     max |   req/s | errors | other CPU  |");
        System.out.println("|------------------|---------|---------|--------|--------|--------|---------|---------|--------|------------|");
        results.forEach(s -> System.out.println(s.row()));
        System.out.println(firstPassLine);
        System.out.println();
        System.out.println("CPU during each run, % of one core (200 % = both cores busy):");
        results.forEach(s -> System.out.printf("  %s x%d: %s%n", s.path().strip(), s.clients(), s.cpu()));
        System.out.println();
        System.out.println("By kind of query, 1 client (p50 / p95 ms; mean total = average number of matches):");
        System.out.println("| kind                              | REST p50 | REST p95 | SQL p50 | SQL p95 | mean total |");
        System.out.println("|-----------------------------------|----------|----------|---------|---------|------------|");
        for (Kind k : Kind.values()) {
            long[] a = restOne.byKind().getOrDefault(k, new long[0]);
            long[] b = sqlOne.byKind().getOrDefault(k, new long[0]);
            long[] t = totals.getOrDefault(k, new long[] { 1, 0, 0 });
            System.out.printf("| %-33s | %8.2f | %8.2f | %7.2f | %7.2f | %10.0f |%n", k.label, restOne.pct(a, 0.5), restOne.pct(a, 0.95),
                    sqlOne.pct(b, 0.5), sqlOne.pct(b, 0.95), (double) t[1] / t[0]);
        }
        double p95 = restOne.pct(restOne.nanos(), 0.95);
        double p95two = restTwo.pct(restTwo.nanos(), 0.95);
        System.out.println();
        System.out.printf("Target p95 < 20 ms through REST: %s with 1 client (%.2f ms), %s with 2 clients (%.2f ms)%n",
                p95 < 20 ? "MET" : "MISSED", p95, p95two < 20 ? "MET" : "MISSED", p95two);
        long errors = results.stream().mapToLong(Stats::errors).sum();
        if (disagree > 0 || errors > 0) {
            System.out.println("FAILED: " + disagree + " disagreements between REST and the SQL replay, " + errors + " errors");
            System.exit(1);
        }
    }
}
