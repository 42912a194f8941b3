package org.hygie.platform.database.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DataDirsTest {
    @Test
    void resolve_shouldPreferTheConfiguredFolder() {
        assertThat(DataDirs.resolve("/srv/hygie", "/tmp/other")).isEqualTo(Path.of("/srv/hygie"));
    }

    @Test
    void resolve_shouldFallBackToTheFrameworkProperty() {
        assertThat(DataDirs.resolve(" ", "/tmp/other")).isEqualTo(Path.of("/tmp/other"));
    }

    @Test
    void resolve_shouldDefaultToHygieDataInTheWorkingDirectory() {
        assertThat(DataDirs.resolve("", null)).isEqualTo(Path.of("hygie-data").toAbsolutePath());
    }
}
