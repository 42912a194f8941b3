package org.hygie.platform.config.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Merges Hygie's settings from the configuration file and the environment into Config Admin
 * configurations, one per PID. Keys are {@code section.name} in the file ({@code db.url}) and
 * {@code HYGIE_SECTION_NAME} in the environment ({@code HYGIE_DB_URL}); the environment wins.
 */
final class ConfigSources {
    static final String HTTP_PID = "org.apache.felix.http";
    static final String REST_PID = "JakartarsServletWhiteboardRuntimeComponent";
    static final String DATABASE_PID = "org.hygie.platform.database";
    static final String DEMO_PID = "org.hygie.demo";
    static final String ENV_PREFIX = "HYGIE_";

    /** Sections of the file and environment, and the PID each one configures. */
    private static final Map<String, String> SECTION_PIDS = Map.of(
            "db", DATABASE_PID,
            "users", "org.hygie.users",
            "auth", "org.hygie.auth",
            "patients", "org.hygie.patients",
            "appointments", "org.hygie.appointments");

    private ConfigSources() {
    }

    /**
     * @param file the settings of the configuration file, possibly empty
     * @param env the process environment
     * @return the properties of every PID to configure; {@link #DEMO_PID} only when demo is on
     */
    static Map<String, Map<String, Object>> merge(Map<String, String> file, Map<String, String> env) {
        Map<String, String> settings = new TreeMap<>(file);
        env.forEach((name, value) -> toKey(name).ifPresent(key -> settings.put(key, value)));

        Map<String, Map<String, Object>> pids = new TreeMap<>();
        // Loopback unless told otherwise: a hospital server is exposed on the LAN by decision only.
        Map<String, Object> http = pids.computeIfAbsent(HTTP_PID, p -> new TreeMap<>());
        http.put("org.apache.felix.http.host", settings.getOrDefault("http.host", "127.0.0.1"));
        http.put("org.osgi.service.http.port", settings.getOrDefault("http.port", "8080"));
        http.put("org.apache.felix.http.enable", "true");
        // The REST whiteboard does nothing until configured (docs/lessons.md#rest-whiteboard-config); /api is Hygie's root.
        pids.computeIfAbsent(REST_PID, p -> new TreeMap<>()).put("jersey.context.path", "api");

        settings.forEach((key, value) -> {
            int dot = key.indexOf('.');
            if (dot > 0 && SECTION_PIDS.containsKey(key.substring(0, dot))) {
                pids.computeIfAbsent(SECTION_PIDS.get(key.substring(0, dot)), p -> new TreeMap<>())
                        .put(key.substring(dot + 1), value);
            }
        });
        // Always configured, even when empty (= embedded database), so that the database component,
        // which requires its configuration, never starts on defaults before HYGIE_DB_URL is applied.
        pids.computeIfAbsent(DATABASE_PID, p -> new TreeMap<>());
        String dataDir = settings.get("data.dir");
        if (dataDir != null) {
            pids.computeIfAbsent(DATABASE_PID, p -> new TreeMap<>()).putIfAbsent("dataDir", dataDir);
        }
        if (isTrue(settings.get("demo"))) {
            pids.put(DEMO_PID, new TreeMap<>(Map.of("enabled", Boolean.TRUE)));
        }
        return pids;
    }

    /** {@code HYGIE_USERS_BCRYPT_COST} becomes {@code users.bcryptCost}; other names are not Hygie's. */
    static Optional<String> toKey(String envName) {
        if (!envName.startsWith(ENV_PREFIX) || envName.length() == ENV_PREFIX.length()) {
            return Optional.empty();
        }
        String[] words = envName.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            key.append(i == 1 ? '.' : Character.toUpperCase(words[i].charAt(0)));
            key.append(i == 1 ? words[i] : words[i].substring(1));
        }
        return Optional.of(key.toString());
    }

    private static boolean isTrue(String value) {
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes"));
    }
}
