package org.hygie.platform.config.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The configuration file: {@code HYGIE_CONFIG}, else {@code hygie.properties} in the working
 * directory; absent is the same as empty.
 */
final class ConfigFile {
    static final String LOCATION_VARIABLE = "HYGIE_CONFIG";
    static final String DEFAULT_LOCATION = "hygie.properties";

    private ConfigFile() {
    }

    /** @return where the file is, for this environment */
    static Path location(Map<String, String> env) {
        return Path.of(env.getOrDefault(LOCATION_VARIABLE, DEFAULT_LOCATION));
    }

    /** @return the file's settings, values trimmed; empty when there is no such file */
    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> settings = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name).trim()));
        }
        return settings;
    }
}
