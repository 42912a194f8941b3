package org.hygie.platform.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.hygie.platform.persistence.MigrationSource;

/**
 * A unit's migrations folder on the class path: in a module's own {@code target/classes} (a
 * directory) or in the jar of a unit it requires. Only the folder's own files count, as in a
 * bundle (Bundle.findEntries without recursion).
 */
final class ClassPathMigrations implements MigrationSource {
    private final ClassLoader loader;
    private final String folder;

    ClassPathMigrations(ClassLoader loader, String folder) {
        this.loader = loader;
        this.folder = folder;
    }

    @Override
    public String location() {
        return folder;
    }

    @Override
    public SortedMap<String, URL> files() {
        SortedMap<String, URL> files = new TreeMap<>();
        try {
            for (URL root : Collections.list(loader.getResources(folder))) {
                switch (root.getProtocol()) {
                    case "file" -> listDirectory(root, files);
                    case "jar" -> listJar(root, files);
                    default -> throw new IllegalStateException("Cannot list the migrations at " + root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the migrations of " + folder, e);
        }
        return files;
    }

    private static void listDirectory(URL root, SortedMap<String, URL> files) throws IOException {
        Path dir;
        try {
            dir = Path.of(root.toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path file : entries.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), file.toUri().toURL());
            }
        }
    }

    private void listJar(URL root, SortedMap<String, URL> files) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (!entry.isDirectory() && name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                    files.put(name.substring(prefix.length()), new URL("jar:" + connection.getJarFileURL() + "!/" + name));
                }
            }
        }
    }

    @Override
    public String toString() {
        return "classpath:" + folder;
    }
}
