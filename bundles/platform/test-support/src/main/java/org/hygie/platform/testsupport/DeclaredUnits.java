package org.hygie.platform.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Manifest;

import org.hygie.platform.persistence.PersistenceUnitHeader;
import org.hygie.platform.persistence.UnitDeclaration;

/**
 * The persistence units declared on the class path, read from the manifests that bnd wrote for the
 * area bundles (the module under test's {@code target/classes}, and the jars of the areas whose
 * units it requires), parsed as the extender parses them.
 */
final class DeclaredUnits {
    private DeclaredUnits() {
    }

    static Map<String, UnitDeclaration> find(ClassLoader loader) {
        Map<String, UnitDeclaration> units = new LinkedHashMap<>();
        try {
            for (URL url : Collections.list(loader.getResources("META-INF/MANIFEST.MF"))) {
                String header;
                try (InputStream in = url.openStream()) {
                    header = new Manifest(in).getMainAttributes().getValue(PersistenceUnitHeader.NAME);
                }
                if (header != null) {
                    for (UnitDeclaration unit : UnitDeclaration.parse(header)) {
                        units.putIfAbsent(unit.name(), unit);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the manifests of the class path", e);
        }
        return units;
    }
}
