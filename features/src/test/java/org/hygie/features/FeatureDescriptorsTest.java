package org.hygie.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osgi.service.feature.Feature;
import org.osgi.service.feature.FeatureBundle;
import org.osgi.service.feature.FeatureService;

/**
 * The feature descriptors are what IT installs and upgrades: each must be a valid OSGi feature,
 * name only Hygie bundles that the build makes, at the build's version, and the server tier of
 * each must be part of the server runtime.
 */
class FeatureDescriptorsTest {
    private static final Path ROOT = Path.of(System.getProperty("hygie.root", ".."));
    private static final List<String> AREAS = List.of("platform", "users", "auth", "patients", "appointments", "terminology", "prescriptions");
    private static final Set<String> TIERS = Set.of("server", "desktop");

    private static Feature read(String area) throws IOException {
        FeatureService service = ServiceLoader.load(FeatureService.class).findFirst().orElseThrow();
        try (InputStream in = FeatureDescriptorsTest.class.getResourceAsStream("/features/" + area + ".json");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return service.readFeature(reader);
        }
    }

    private static String projectVersion() throws IOException {
        Matcher m = Pattern.compile("<version>([^<]+)</version>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void everyArea_shouldHaveAFeatureAtTheBuildVersion() throws IOException {
        for (String area : AREAS) {
            Feature feature = read(area);
            assertThat(feature.getID().getGroupId()).isEqualTo("org.hygie");
            assertThat(feature.getID().getArtifactId()).isEqualTo(area + "-feature");
            assertThat(feature.getID().getVersion()).isEqualTo(projectVersion());
            assertThat(feature.getBundles()).as(area).isNotEmpty();
        }
    }

    @Test
    void everyBundle_shouldBeAModuleOfTheBuildWithKnownTiers() throws IOException {
        List<String> artifacts = moduleArtifactIds();
        for (String area : AREAS) {
            for (FeatureBundle bundle : read(area).getBundles()) {
                assertThat(artifacts).as(area).contains(bundle.getID().getArtifactId());
                assertThat(bundle.getID().getVersion()).isEqualTo(projectVersion());
                List<String> tiers = tiers(bundle);
                assertThat(tiers).as(bundle.getID().toString()).isNotEmpty().allMatch(TIERS::contains);
            }
        }
    }

    @Test
    void serverTier_shouldRunInTheServerRuntime() throws IOException {
        assertTierRunsIn("server", "server-runtime/hygie-server.bndrun");
    }

    @Test
    void desktopTier_shouldRunInTheDesktopRuntime() throws IOException {
        assertTierRunsIn("desktop", "desktop-runtime/hygie-desktop.bndrun");
    }

    private static void assertTierRunsIn(String tier, String bndrunPath) throws IOException {
        String bndrun = Files.readString(ROOT.resolve(bndrunPath));
        String runbundles = bndrun.substring(bndrun.indexOf("-runbundles:"));
        for (String area : AREAS) {
            for (FeatureBundle bundle : read(area).getBundles()) {
                List<String> tiers = tiers(bundle);
                if (tiers.contains(tier)) {
                    String symbolicName = "org.hygie." + bundle.getID().getArtifactId().replace('-', '.');
                    assertThat(runbundles).as(area).contains(symbolicName + ";");
                }
            }
        }
    }

    /** The tiers a bundle runs on: {@code hygie.tiers}, comma-separated. */
    private static List<String> tiers(FeatureBundle bundle) {
        Object tiers = bundle.getMetadata().get("hygie.tiers");
        return tiers == null ? List.of() : List.of(tiers.toString().split("\\s*,\\s*"));
    }

    private static List<String> moduleArtifactIds() throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> poms = Files.walk(ROOT.resolve("bundles"), 3)) {
            for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml")).toList()) {
                Matcher m = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>").matcher(Files.readString(pom));
                if (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        ids.add("core-api");
        return ids;
    }
}
