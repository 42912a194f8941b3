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
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;

/**
 * Flyway's view of a bundle folder of migrations. Flyway's class-path scanner does not understand
 * bundle URLs, so the bundle's own entries are listed (Bundle.findEntries: this bundle and its
 * fragments, without looking at imports).
 */
final class BundleMigrations implements ResourceProvider {
    private final Bundle bundle;
    private final String folder;

    BundleMigrations(Bundle bundle, String folder) {
        this.bundle = bundle;
        this.folder = folder;
    }

    @Override
    public LoadableResource getResource(String name) {
        URL url = bundle.getEntry(folder + "/" + name);
        return url == null ? null : new Entry(url, folder, name);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "*", false);
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String path = url.getPath();
            if (path.endsWith("/")) {
                continue;
            }
            String filename = path.substring(path.lastIndexOf('/') + 1);
            if (filename.startsWith(prefix) && endsWithAny(filename, suffixes)) {
                found.add(new Entry(url, folder, filename));
            }
        }
        Collections.sort(found);
        return found;
    }

    /** @return whether the folder holds at least one file, to warn about a wrong migrations path */
    boolean exists() {
        Enumeration<URL> entries = bundle.findEntries(folder, "*", false);
        return entries != null && entries.hasMoreElements();
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
