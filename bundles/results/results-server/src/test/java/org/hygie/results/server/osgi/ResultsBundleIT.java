package org.hygie.results.server.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.JarFile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The results-server jar as built, in a real Felix framework beside the bundles its imports need
 * (taken from this module's test class path): it resolves with UCUM for Java embedded, not imported,
 * and reads the UCUM definitions and its reference file from inside the bundle. Until the area has
 * services and endpoints, its internal classes are reached through the bundle's own class loader.
 */
class ResultsBundleIT {
    @TempDir
    Path storage;

    private Framework framework;
    private Bundle results;

    @BeforeEach
    void start() throws Exception {
        framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (isBundle(entry) && !entry.contains("org.apache.felix.framework")) {
                framework.getBundleContext().installBundle(new File(entry).toURI().toString());
            }
        }
        results = framework.getBundleContext().installBundle(
                new File(System.getProperty("results.bundle")).toURI().toString());
        results.start();
    }

    @AfterEach
    void stop() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    void theBundle_shouldResolveAndRunWithUcumEmbedded() throws Exception {
        assertThat(results.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(results.getHeaders().get(Constants.IMPORT_PACKAGE)).doesNotContain("org.fhir");
        Class<?> ucumService = results.loadClass("org.fhir.ucum.UcumEssenceService");
        assertThat(FrameworkUtil.getBundle(ucumService)).isEqualTo(results);

        Object ucum = call(results.loadClass("org.hygie.results.server.internal.UcumUnits"), null, "shipped");
        Object table = call(results.loadClass("org.hygie.results.server.internal.ReferenceTable"), null, "shipped",
                ucum);
        assertThat((Collection<?>) call(table.getClass(), table, "tests")).hasSize(65);

        Constructor<?> judgeType = results.loadClass("org.hygie.results.server.internal.ResultJudge")
                .getDeclaredConstructors()[0];
        judgeType.setAccessible(true);
        Object judge = judgeType.newInstance(table, ucum, ZoneId.of("Europe/Paris"));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object male = Enum.valueOf((Class) results.loadClass("org.hygie.patients.api.Sex"), "MALE");
        // Creatinine 1.5 mg/dL for a man of 65: 133 umol/L through UCUM and the molar mass, flagged H.
        Object result = call(judge.getClass(), judge, "judge", "14682-9", new BigDecimal("1.5"), "mg/dL", male,
                LocalDate.of(1961, 4, 2), Instant.parse("2026-11-29T07:30:00Z"), null);
        Object reported = call(result.getClass(), result, "reported");
        assertThat((BigDecimal) call(reported.getClass(), reported, "value")).isEqualByComparingTo("133");
        assertThat(call(result.getClass(), result, "flag")).hasToString("H");
    }

    private static Object call(Class<?> type, Object target, String name, Object... args) throws Exception {
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length) {
                method.setAccessible(true);
                return method.invoke(target, args);
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name);
    }

    private static boolean isBundle(String entry) {
        if (!entry.endsWith(".jar") || !Files.isRegularFile(Path.of(entry))) {
            return false;
        }
        try (JarFile jar = new JarFile(entry)) {
            return jar.getManifest() != null
                    && jar.getManifest().getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) != null;
        } catch (IOException e) {
            return false;
        }
    }

}
