package org.hygie.platform.persistence.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.hygie.platform.persistence.MigrationSource;

/**
 * Flyway's view of a unit's migrations folder. Flyway's class-path scanner understands neither
 * bundle URLs nor a folder named apart from the class path, so the files are listed by the
 * {@link MigrationSource} and handed over one by one.
 */
final class FolderMigrations implements ResourceProvider {
    private final String folder;
    private final SortedMap<String, URL> files;

    FolderMigrations(MigrationSource source) {
        this.folder = source.location();
        this.files = source.files();
    }

    @Override
    public LoadableResource getResource(String name) {
        URL url = files.get(name);
        return url == null ? null : new Entry(url, folder, name);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        for (Map.Entry<String, URL> file : files.entrySet()) {
            String filename = file.getKey();
            if (filename.startsWith(prefix) && endsWithAny(filename, suffixes)) {
                found.add(new Entry(file.getValue(), folder, filename));
            }
        }
        return found;
    }

    /** @return whether the folder holds at least one file, to warn about a wrong migrations path */
    boolean exists() {
        return !files.isEmpty();
    }

    private static boolean endsWithAny(String filename, String[] suffixes) {
        for (String suffix : suffixes) {
            if (filename.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static final class Entry extends LoadableResource {
        private final URL url;
        private final String folder;
        private final String filename;

        Entry(URL url, String folder, String filename) {
            this.url = url;
            this.folder = folder;
            this.filename = filename;
        }

        @Override
        public Reader read() {
            try {
                return new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the migration " + url, e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return folder + "/" + filename;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return url.toString();
        }

        @Override
        public String getFilename() {
            return filename;
        }

        @Override
        public String getRelativePath() {
            return filename;
        }
    }
}
