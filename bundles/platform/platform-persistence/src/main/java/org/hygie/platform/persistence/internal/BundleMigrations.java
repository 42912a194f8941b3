package org.hygie.platform.persistence.internal;

import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.SortedMap;
import java.util.TreeMap;

import org.hygie.platform.persistence.MigrationSource;
import org.osgi.framework.Bundle;

/**
 * A bundle folder of migrations: the bundle's own entries (Bundle.findEntries: this bundle and its
 * fragments, without looking at imports).
 */
final class BundleMigrations implements MigrationSource {
    private final Bundle bundle;
    private final String folder;

    BundleMigrations(Bundle bundle, String folder) {
        this.bundle = bundle;
        this.folder = folder;
    }

    @Override
    public String location() {
        return folder;
    }

    @Override
    public SortedMap<String, URL> files() {
        SortedMap<String, URL> files = new TreeMap<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "*", false);
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String path = url.getPath();
            if (!path.endsWith("/")) {
                files.put(path.substring(path.lastIndexOf('/') + 1), url);
            }
        }
        return files;
    }

    @Override
    public String toString() {
        return bundle.getSymbolicName() + ":" + folder;
    }
}
