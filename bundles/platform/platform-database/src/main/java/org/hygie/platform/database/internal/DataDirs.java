package org.hygie.platform.database.internal;

import java.nio.file.Path;

/** Picks the data folder: the configured one, else the framework property, else the default. */
final class DataDirs {
    static final String FRAMEWORK_PROPERTY = "hygie.dataDir";
    static final String DEFAULT = "hygie-data";

    private DataDirs() {
    }

    static Path resolve(String configured, String frameworkProperty) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim()).toAbsolutePath();
        }
        if (frameworkProperty != null && !frameworkProperty.isBlank()) {
            return Path.of(frameworkProperty.trim()).toAbsolutePath();
        }
        return Path.of(DEFAULT).toAbsolutePath();
    }
}
