package org.hygie.platform.config.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Merges the platform's own settings from the configuration file and the environment into Config
 * Admin configurations: HTTP, the REST root, the database, the data folder and the demo switch.
 * Keys are {@code section.name} in the file ({@code db.url}) and {@code HYGIE_SECTION_NAME} in the
 * environment ({@code HYGIE_DB_URL}); the environment wins. Every other bundle configures itself
 * from the same sources (its {@code OSGI-INF/configurator} resource, see {@link Activator}).
 */
final class ConfigSources {
    static final String HTTP_PID = "org.apache.felix.http";
    static final String REST_PID = "JakartarsServletWhiteboardRuntimeComponent";
    static final String DATABASE_PID = "org.hygie.platform.database";
    static final String DEMO_PID = "org.hygie.demo";
    static final String ENV_PREFIX = "HYGIE_";
    /** The file and environment section of the database's settings ({@code db.url}, {@code HYGIE_DB_URL}). */
    static final String DATABASE_SECTION = "db.";

    private ConfigSources() {
    }

    /**
     * @param file the settings of the configuration file, possibly empty
     * @param env the process environment
     * @return the properties of every platform PID to configure; {@link #DEMO_PID} only when demo is on
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
        // A request Jetty refuses before any servlet context (a NUL byte in the path) gets Jetty's
        // own page: it carries at least the headers of every API answer (docs/lessons.md#container-errors).
        http.put("org.apache.felix.http.jetty.errorPageCustomHeaders", String.join("##",
                "X-Content-Type-Options=nosniff", "X-Frame-Options=DENY",
                "Content-Security-Policy=default-src 'none'; frame-ancestors 'none'", "Referrer-Policy=no-referrer"));
        // The REST whiteboard does nothing until configured (docs/lessons.md#rest-whiteboard-config); /api is Hygie's root.
        pids.computeIfAbsent(REST_PID, p -> new TreeMap<>()).put("jersey.context.path", "api");

        // Always configured, even when empty (= embedded database), so that the database component,
        // which requires its configuration, never starts on defaults before HYGIE_DB_URL is applied.
        Map<String, Object> database = pids.computeIfAbsent(DATABASE_PID, p -> new TreeMap<>());
        settings.forEach((key, value) -> {
            if (key.startsWith(DATABASE_SECTION) && key.length() > DATABASE_SECTION.length()) {
                database.put(key.substring(DATABASE_SECTION.length()), value);
            }
        });
        String dataDir = settings.get("data.dir");
        if (dataDir != null) {
            database.putIfAbsent("dataDir", dataDir);
        }
        if (isTrue(settings.get("demo"))) {
            pids.put(DEMO_PID, new TreeMap<>(Map.of("enabled", Boolean.TRUE)));
        }
        return pids;
    }

    /**
     * @return whether a key of the file is the platform's own ({@code http.*}, {@code db.*},
     *         {@code data.dir}, {@code demo}), applied here rather than offered to other bundles:
     *         the database password has no business among the system properties
     */
    static boolean isPlatformKey(String key) {
        return key.startsWith("http.") || key.startsWith(DATABASE_SECTION) || key.equals("data.dir")
                || key.equals("demo");
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
