import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The appointment-booking benchmark's Java side (bench/appointment-booking.sh drives it; not a
 * test). Single file, JDK only (java.net.http), run with the source launcher or compiled by javac.
 *
 * <ul>
 * <li>{@code setup BASE_URL OUT_DIR}: creates BENCH_DOCTORS doctors as {@code admin}
 * ({@code POST /api/users}) and BENCH_PATIENTS patients as {@code sec.petit}
 * ({@code POST /api/patients}, 8 clients), checks that {@code GET /api/doctors} lists the new
 * doctors, and writes their ids to OUT_DIR/doctors.txt and OUT_DIR/patients.txt;</li>
 * <li>{@code run BASE_URL OUT_DIR}: builds the seeded month schedule, warms up, then lets
 * BENCH_CLIENTS threads book it through {@code POST /api/appointments} as {@code sec.petit};
 * prints the table and writes the ids of the 201s to OUT_DIR/created.txt.</li>
 * </ul>
 *
 * <p>The schedule: for every doctor, the 20-minute slots of Monday to Friday 08:00-18:00 (Europe/Paris)
 * over 4 weeks starting next Monday (30 slots a day, 600 a doctor). Walking each agenda, a slot is
 * planned with probability BENCH_FILL: 20 minutes, or 40 minutes with probability 0.15 (then it
 * also takes the next slot). Patients are drawn uniformly, so a few planned bookings fall on a
 * time the same patient already has with another doctor (409 from the patient constraint). Then a
 * share BENCH_RIVALS of the planned bookings get a rival attempt: another patient for the same
 * doctor at the same start (two secretaries racing for the same slot), or 20 minutes earlier for
 * 40 minutes (a partial overlap), inserted 1 to 40 positions after the planned one in the shared,
 * shuffled queue so that with 50 clients both are usually in flight at once. Whichever the database
 * commits first wins, the other must be 409. Clients take the next attempt from the shared queue.
 */
public final class AppointmentBookingBench {
    static final long SEED = Long.getLong("bench.seed", 42L);
    static final int DOCTORS = Integer.getInteger("bench.doctors", 20);
    static final int PATIENTS = Integer.getInteger("bench.patients", 2000);
    static final int CLIENTS = Integer.getInteger("bench.clients", 50);
    static final int WEEKS = Integer.getInteger("bench.weeks", 4);
    static final int MAX_ATTEMPTS = Integer.getInteger("bench.maxAttempts", 20000);
    static final int WARMUP = Integer.getInteger("bench.warmup", 1000);
    static final int MAX_SECONDS = Integer.getInteger("bench.maxSeconds", 300);
    static final double FILL = Double.parseDouble(System.getProperty("bench.fill", "0.9"));
    static final double RIVALS = Double.parseDouble(System.getProperty("bench.rivals", "0.35"));
    static final String PASSWORD = System.getProperty("bench.password", "Hygie-demo-1");
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    static final int SLOT_MINUTES = 20;
    static final LocalTime DAY_START = LocalTime.of(8, 0);
    static final LocalTime DAY_END = LocalTime.of(18, 0);

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private AppointmentBookingBench() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        switch (args.length < 3 ? "" : args[0]) {
            case "setup" -> setup(args[1], Path.of(args[2]));
            case "run" -> run(args[1], Path.of(args[2]));
            default -> {
                System.err.println("usage: AppointmentBookingBench setup|run BASE_URL OUT_DIR");
                System.exit(2);
            }
        }
    }

    static void log(String msg) {
        System.out.printf("[%s] %s%n", java.time.LocalTime.now(java.time.ZoneOffset.UTC).withNano(0), msg);
        System.out.flush();
    }

    // ------------------------------------------------------------------ HTTP

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static String login(String base, String user) throws Exception {
        HttpResponse<String> r = send(base, "POST", "/api/auth/login", null,
                "{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}");
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("login of " + user + " failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    static HttpResponse<String> send(String base, String method, String path, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String firstId(HttpResponse<String> r) {
        Matcher m = ID.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no id in " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    static Thread start(String name, boolean daemon, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(daemon);
        t.start();
        return t;
    }

    // ------------------------------------------------------------------ setup

    static final String[] LAST = { "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois",
            "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
            "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Faure", "André",
            "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier" };
    static final String[] FIRST = { "Camille", "Léa", "Manon", "Chloé", "Inès", "Jade", "Louise", "Hélène", "Zoé",
            "Lucas", "Hugo", "Louis", "Nathan", "Gabriel", "Jules", "Théo", "Raphaël", "Arthur", "Noé", "Adam",
            "Jean-Pierre", "Marie-Claire", "Anne-Sophie", "Éloïse", "Maël", "Gaëlle", "Zoë", "Benoît", "Joël" };

    static void setup(String base, Path out) throws Exception {
        String admin = login(base, "admin");
        Random rnd = new Random(SEED);
        String suffix = Long.toString(Math.abs(rnd.nextLong()) % 100000, 36);
        List<String> doctors = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 1; i <= DOCTORS; i++) {
            String username = String.format("dr.bench%02d.%s", i, suffix);
            String body = "{\"username\":\"" + username + "\",\"displayName\":\"Dr Bench " + i
                    + "\",\"role\":\"DOCTOR\",\"temporaryPassword\":\"Bench-temporary-" + i + "\"}";
            HttpResponse<String> r = send(base, "POST", "/api/users", admin, body);
            if (r.statusCode() != 201 && r.statusCode() != 200) {
                throw new IllegalStateException("creating " + username + ": " + r.statusCode() + " " + r.body());
            }
            doctors.add(firstId(r));
        }
        log(String.format("  %d doctors created in %.1f s", DOCTORS, (System.nanoTime() - t0) / 1e9));

        String sec = login(base, "sec.petit");
        HttpResponse<String> listed = send(base, "GET", "/api/doctors", sec, null);
        for (String d : doctors) {
            if (listed.statusCode() != 200 || !listed.body().contains(d)) {
                throw new IllegalStateException("GET /api/doctors does not list the new doctor " + d + ": "
                        + listed.statusCode() + " " + listed.body());
            }
        }
        Files.write(out.resolve("doctors.txt"), doctors);

        String[] patients = new String[PATIENTS];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        final long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(MAX_SECONDS).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            threads.add(start("worker", false, () -> {
                for (int i; (i = next.getAndIncrement()) < PATIENTS && System.nanoTime() < deadline;) {
                    Random r = new Random(SEED * 31 + i);
                    LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(r.nextInt(33000));
                    String body = "{\"lastName\":\"" + LAST[r.nextInt(LAST.length)] + "\",\"firstName\":\""
                            + FIRST[r.nextInt(FIRST.length)] + "\",\"birthDate\":\"" + birth + "\",\"sex\":\""
                            + (r.nextBoolean() ? "FEMALE" : "MALE") + "\",\"phone\":\"06 "
                            + String.format("%08d", r.nextInt(100_000_000)) + "\"}";
                    try {
                        HttpResponse<String> resp = send(base, "POST", "/api/patients", sec, body);
                        if (resp.statusCode() != 201 && resp.statusCode() != 200) {
                            throw new IllegalStateException(resp.statusCode() + " " + resp.body());
                        }
                        patients[i] = firstId(resp);
                    } catch (Exception e) {
                        if (failures.incrementAndGet() <= 3) {
                            System.err.println("patient " + i + ": " + e);
                        }
                    }
                    if ((i + 1) % 500 == 0) {
                        log(String.format("  %d / %d patients, %.1f s", i + 1, PATIENTS,
                                (System.nanoTime() - start) / 1e9));
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failures.get() > 0 || Arrays.stream(patients).anyMatch(p -> p == null)) {
            throw new IllegalStateException(failures.get() + " patients could not be created (or time ran out)");
        }
        log(String.format("  %d patients created in %.1f s", PATIENTS, (System.nanoTime() - start) / 1e9));
        Files.write(out.resolve("patients.txt"), Arrays.asList(patients));
    }

    // ------------------------------------------------------------------ schedule

    record Attempt(int doctor, int patient, ZonedDateTime start, int minutes, boolean rival) {
    }

    static List<Attempt> schedule(int doctors, int patients) {
        Random rnd = new Random(SEED);
        LocalDate monday = LocalDate.now(ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<Attempt> planned = new ArrayList<>();
        for (int d = 0; d < doctors; d++) {
            for (int day = 0; day < WEEKS * 7; day++) {
                LocalDate date = monday.plusDays(day);
                if (date.getDayOfWeek().getValue() > 5) {
                    continue;
                }
                for (LocalTime t = DAY_START; t.isBefore(DAY_END); t = t.plusMinutes(SLOT_MINUTES)) {
                    if (rnd.nextDouble() >= FILL) {
                        continue;
                    }
                    boolean longOne = rnd.nextDouble() < 0.15 && !t.plusMinutes(2 * SLOT_MINUTES).isAfter(DAY_END);
                    planned.add(new Attempt(d, rnd.nextInt(patients), ZonedDateTime.of(date, t, ZONE),
                            longOne ? 2 * SLOT_MINUTES : SLOT_MINUTES, false));
                    if (longOne) {
                        t = t.plusMinutes(SLOT_MINUTES);
                    }
                }
            }
        }
        Collections.shuffle(planned, rnd);
        // Rivals: inserted shortly after the planned attempt they collide with.
        TreeMap<Double, Attempt> order = new TreeMap<>();
        for (int i = 0; i < planned.size(); i++) {
            Attempt a = planned.get(i);
            order.put(i + rnd.nextDouble() * 1e-3, a);
            if (rnd.nextDouble() < RIVALS) {
                int other = rnd.nextInt(patients);
                Attempt rival = rnd.nextDouble() < 0.75 || a.start().toLocalTime().equals(DAY_START)
                        ? new Attempt(a.doctor(), other, a.start(), SLOT_MINUTES, true)
                        : new Attempt(a.doctor(), other, a.start().minusMinutes(SLOT_MINUTES), 2 * SLOT_MINUTES, true);
                double at = i + 1 + rnd.nextInt(40) + rnd.nextDouble() * 1e-3;
                while (order.containsKey(at)) {
                    at += 1e-6;
                }
                order.put(at, rival);
            }
        }
        List<Attempt> all = new ArrayList<>(order.values());
        return all.size() > MAX_ATTEMPTS ? all.subList(0, MAX_ATTEMPTS) : all;
    }

    // ------------------------------------------------------------------ run

    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    static String body(Attempt a, List<String> doctors, List<String> patients, String reason) {
        return "{\"patientId\":\"" + patients.get(a.patient()) + "\",\"doctorId\":\"" + doctors.get(a.doctor())
                + "\",\"start\":\"" + ISO.format(a.start().toOffsetDateTime()) + "\",\"end\":\""
                + ISO.format(a.start().plusMinutes(a.minutes()).toOffsetDateTime()) + "\",\"reason\":\"" + reason
                + "\"}";
    }

    static void run(String base, Path out) throws Exception {
        List<String> doctors = Files.readAllLines(out.resolve("doctors.txt"));
        List<String> patients = Files.readAllLines(out.resolve("patients.txt"));
        List<Attempt> attempts = schedule(doctors.size(), patients.size());
        long rivals = attempts.stream().filter(Attempt::rival).count();
        Attempt first = attempts.stream().min((x, y) -> x.start().compareTo(y.start())).orElseThrow();
        Attempt last = attempts.stream().max((x, y) -> x.start().compareTo(y.start())).orElseThrow();
        log(String.format("schedule: %d attempts (%d planned, %d rivals) for %d doctors x %d weeks from %s to %s,"
                + " %d patients, seed %d", attempts.size(), attempts.size() - rivals, rivals, doctors.size(), WEEKS,
                first.start().toLocalDate(), last.start().toLocalDate(), patients.size(), SEED));

        String token = login(base, "sec.petit");

        // Warm-up: reads only, so that nothing is booked outside the measured run.
        long tw = System.nanoTime();
        AtomicInteger wNext = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Exception> warmFailure = new java.util.concurrent.atomic.AtomicReference<>();
        List<Thread> warm = new ArrayList<>();
        String from = ISO.format(first.start().toOffsetDateTime());
        String to = ISO.format(last.start().plusHours(1).toOffsetDateTime());
        for (int c = 0; c < Math.min(CLIENTS, 8); c++) {
            warm.add(start("worker", false, () -> {
                try {
                    for (int i; (i = wNext.getAndIncrement()) < WARMUP;) {
                        String path = i % 2 == 0 ? "/api/doctors"
                                : "/api/appointments?doctorId=" + doctors.get(i % doctors.size()) + "&from="
                                        + java.net.URLEncoder.encode(from, StandardCharsets.UTF_8) + "&to="
                                        + java.net.URLEncoder.encode(to, StandardCharsets.UTF_8) + "&size=20";
                        HttpResponse<String> r = send(base, "GET", path, token, null);
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("warm-up " + path + ": " + r.statusCode() + " " + r.body());
                        }
                    }
                } catch (Exception e) {
                    warmFailure.compareAndSet(null, e);
                }
            }));
        }
        for (Thread t : warm) {
            t.join();
        }
        if (warmFailure.get() != null) {
            throw new IllegalStateException("warm-up failed", warmFailure.get());
        }
        log(String.format("warm-up: %d GETs (doctors, agendas) in %.1f s", WARMUP, (System.nanoTime() - tw) / 1e9));

        int n = attempts.size();
        long[] latency = new long[n];
        int[] status = new int[n];
        String[] created = new String[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong ok = new AtomicLong();
        AtomicLong conflict = new AtomicLong();
        Map<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();
        List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        long deadline = t0 + Duration.ofSeconds(MAX_SECONDS).toNanos();
        List<Thread> clients = new ArrayList<>();
        log(String.format("booking with %d clients (bounded to %d s)", CLIENTS, MAX_SECONDS));
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(start("client-" + c, false, () -> {
                for (int i; System.nanoTime() < deadline && (i = next.getAndIncrement()) < n;) {
                    Attempt a = attempts.get(i);
                    String json = body(a, doctors, patients, (a.rival() ? "bench rival " : "bench ") + i);
                    long s = System.nanoTime();
                    int code;
                    String resp;
                    try {
                        HttpResponse<String> r = send(base, "POST", "/api/appointments", token, json);
                        code = r.statusCode();
                        resp = r.body();
                    } catch (Exception e) {
                        code = -1;
                        resp = e.toString();
                    }
                    latency[i] = System.nanoTime() - s;
                    status[i] = code;
                    if (code == 201) {
                        ok.incrementAndGet();
                        Matcher m = ID.matcher(resp);
                        created[i] = m.find() ? m.group(1) : "?";
                    } else if (code == 409) {
                        conflict.incrementAndGet();
                    } else {
                        errorKinds.computeIfAbsent(String.valueOf(code), k -> new AtomicInteger()).incrementAndGet();
                        if (errorSamples.size() < 5) {
                            errorSamples.add(code + " " + (resp.length() > 300 ? resp.substring(0, 300) : resp));
                        }
                    }
                    done.incrementAndGet();
                }
            }));
        }
        Thread progress = start("progress", true, () -> {
            try {
                while (true) {
                    Thread.sleep(5000);
                    double el = (System.nanoTime() - t0) / 1e9;
                    log(String.format("  %6d / %d attempts, %d x 201, %d x 409, %d errors, %.1f s, %.0f attempts/s",
                            done.get(), n, ok.get(), conflict.get(),
                            done.get() - ok.get() - conflict.get(), el, done.get() / el));
                }
            } catch (InterruptedException e) {
                // finished
            }
        });
        for (Thread t : clients) {
            t.join();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        progress.interrupt();
        int attempted = done.get();

        // ---- results
        List<Long> l201 = new ArrayList<>();
        List<Long> l409 = new ArrayList<>();
        List<Long> lAll = new ArrayList<>();
        int rival201 = 0;
        int rival409 = 0;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (status[i] == 0) {
                continue;
            }
            lAll.add(latency[i]);
            if (status[i] == 201) {
                l201.add(latency[i]);
                ids.add(created[i]);
                rival201 += attempts.get(i).rival() ? 1 : 0;
            } else if (status[i] == 409) {
                l409.add(latency[i]);
                rival409 += attempts.get(i).rival() ? 1 : 0;
            }
        }
        Files.write(out.resolve("created.txt"), ids);
        int errors = attempted - l201.size() - l409.size();

        System.out.println();
        System.out.printf("Booking: %d clients, %d doctors, %d patients, %d weeks of 20-minute slots (Mon-Fri 08-18 Paris)%n",
                CLIENTS, doctors.size(), patients.size(), WEEKS);
        System.out.printf("attempts %d of %d scheduled in %.1f s%s%n", attempted, n, wall,
                attempted < n ? "  (STOPPED BY THE TIME BOUND)" : "");
        System.out.printf("%-26s %8s %9s %9s %9s %9s %9s %10s%n", "POST /api/appointments", "count", "share",
                "p50 ms", "p95 ms", "p99 ms", "max ms", "per s");
        row("201 booked", l201, attempted, wall);
        row("409 conflict", l409, attempted, wall);
        row("all attempts", lAll, attempted, wall);
        System.out.printf("errors (neither 201 nor 409): %d %s%n", errors, errorKinds);
        for (String s : errorSamples) {
            System.out.println("  e.g. " + s);
        }
        System.out.printf("rivals: %d of %d scheduled got 201, %d got 409; planned: %d got 201, %d got 409%n",
                rival201, rivals, rival409, l201.size() - rival201, l409.size() - rival409);
        long clientCpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        System.out.printf("RESULT created=%d conflicts=%d errors=%d attempted=%d wall=%.3f clientcpu=%.3f%n",
                l201.size(), l409.size(), errors, attempted, wall, clientCpu / 1e9);
    }

    static void row(String label, List<Long> nanos, int total, double wall) {
        if (nanos.isEmpty()) {
            System.out.printf("%-26s %8d%n", label, 0);
            return;
        }
        long[] v = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-26s %8d %8.1f%% %9.1f %9.1f %9.1f %9.1f %10.1f%n", label, v.length,
                100.0 * v.length / total, pct(v, 50), pct(v, 95), pct(v, 99), v[v.length - 1] / 1e6, v.length / wall);
    }

    static double pct(long[] sorted, double p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
    }
}
