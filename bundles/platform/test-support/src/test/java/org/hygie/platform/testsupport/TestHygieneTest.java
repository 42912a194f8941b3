package org.hygie.platform.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Fails the build when a test of any module breaks a rule a text scan can see: no test that cannot
 * fail (an injected service asserted not null), no fixed sleep (only the pause of a bounded wait,
 * marked {@code // poll: <why>}), no SQL text pinned by an assertion.
 */
class TestHygieneTest {
    private static final String SLEEP = "Thread" + ".sleep(";

    @Test
    void everyTestOfTheTree_shouldKeepTheRules() throws IOException {
        Path root = repositoryRoot();
        List<Path> sources = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return name.equals("target") || name.startsWith(".") && !dir.equals(root) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (isTestSource(file)) {
                    sources.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        List<String> findings = new ArrayList<>();
        for (Path file : sources) {
            for (String finding : TestHygiene.check(Files.readString(file))) {
                findings.add(root.relativize(file) + ":" + finding);
            }
        }
        assertThat(sources).as("test sources found under " + root).hasSizeGreaterThan(50);
        assertThat(findings).isEmpty();
    }

    @Test
    void check_shouldFindAFixedSleepButLetTheReasonedPauseOfAWaitBe() {
        assertThat(TestHygiene.check("    " + SLEEP + "2_000); // long enough")).singleElement().asString()
                .startsWith("1: a fixed sleep");
        assertThat(TestHygiene.check("x();\n    " + SLEEP + "100); // poll: the health check, until the deadline"))
                .isEmpty();
        assertThat(TestHygiene.check("    " + SLEEP + "100); // poll:")).hasSize(1);
    }

    @Test
    void check_shouldFindAnInjectedServiceAssertedNotNull() {
        String source = """
                INJECT(filter = "(hygie.unit=itest)", timeout = 10)
                Transactions tx;
                void test(INJECT(timeout = 5) ItestItems items) {
                    assertThat(tx).isNotNull();
                    assertThat(items).as("the items").isNotNull();
                    Readiness r = Services.await(context, Readiness.class, "(x=y)", T);
                    assertThat(r).isNotNull();
                }
                """.replace("INJECT", "@" + "InjectService");

        assertThat(TestHygiene.check(source)).containsExactly(
                "4: asserts that the injected service tx is not null, which cannot fail: assert what it does",
                "5: asserts that the injected service items is not null, which cannot fail: assert what it does");
    }

    @Test
    void check_shouldFindPinnedSqlButNotSqlThatATestRuns() {
        assertThat(TestHygiene.check("assertThat(b.where()).isEqualTo(\"p.mrn = :p0\");")).hasSize(1);
        assertThat(TestHygiene.check("assertThat(q).startsWith(\"SELECT a FROM AppointmentEntity a\");")).hasSize(1);
        assertThat(TestHygiene.check("assertThat(sql).contains(\"ORDER BY p.last_norm\");")).hasSize(1);
        assertThat(TestHygiene.check("assertThat(queryString(\"select description from h where v = '1'\")).isEqualTo(\"create item\");"))
                .isEmpty();
        assertThat(TestHygiene.check("assertThat(detail).contains(\"migrating unit itest_broken failed\");")).isEmpty();
        assertThat(TestHygiene.check("assertThat(e.getMessage()).contains(\"where the patient lives\");")).isEmpty();
    }

    private static boolean isTestSource(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.endsWith(".java") && path.contains("/src/test/");
    }

    /** The reactor's root: the first folder upwards holding .mvn (Maven's mark of the multi-module root). */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve(".mvn"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new UncheckedIOException(new IOException("No .mvn folder above " + Path.of("").toAbsolutePath()));
        }
        return dir;
    }
}
