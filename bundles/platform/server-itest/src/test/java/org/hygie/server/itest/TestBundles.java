package org.hygie.server.itest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.hygie.platform.persistence.PersistenceUnitHeader;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/** Builds and installs small bundles declaring a persistence unit, as an area would be dropped in. */
final class TestBundles {
    private TestBundles() {
    }

    /**
     * Installs and starts a bundle with the given unit header and files (path to content).
     */
    static Bundle installUnit(BundleContext context, String symbolicName, String unitHeader, Map<String, String> files)
            throws IOException, BundleException {
        return installUnit(context, symbolicName, unitHeader, files, Map.of());
    }

    /** Same, with more manifest headers (Import-Package of entity classes, DynamicImport-Package...). */
    static Bundle installUnit(BundleContext context, String symbolicName, String unitHeader, Map<String, String> files,
            Map<String, String> headers) throws IOException, BundleException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue(PersistenceUnitHeader.NAME, unitHeader);
        headers.forEach(main::putValue);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            Set<String> folders = new LinkedHashSet<>();
            for (String path : files.keySet()) {
                for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                    folders.add(path.substring(0, slash + 1));
                }
            }
            for (String folder : folders) {
                jar.putNextEntry(new JarEntry(folder));
                jar.closeEntry();
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                jar.putNextEntry(new JarEntry(file.getKey()));
                jar.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        Bundle bundle = context.installBundle("itest:" + symbolicName, new ByteArrayInputStream(bytes.toByteArray()));
        bundle.start();
        return bundle;
    }
}
