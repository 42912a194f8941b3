package org.hygie.platform.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {
    @Test
    void location_shouldBeHygieConfigElseHygiePropertiesInTheWorkingDirectory() {
        assertThat(ConfigFile.location(Map.of())).isEqualTo(Path.of("hygie.properties"));
        assertThat(ConfigFile.location(Map.of("HYGIE_CONFIG", "/etc/hygie/server.properties")))
                .isEqualTo(Path.of("/etc/hygie/server.properties"));
    }

    @Test
    void read_shouldGiveTheTrimmedSettingsInUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hygie.properties");
        Files.writeString(file, "# comment\nauth.idleMinutes = 5  \nappointments.timeZone=Europe/Zürich\n",
                StandardCharsets.UTF_8);
        assertThat(ConfigFile.read(file)).containsExactlyInAnyOrderEntriesOf(
                Map.of("auth.idleMinutes", "5", "appointments.timeZone", "Europe/Zürich"));
    }

    @Test
    void read_shouldGiveNothingWithoutAFile(@TempDir Path dir) throws IOException {
        assertThat(ConfigFile.read(dir.resolve("absent.properties"))).isEmpty();
    }
}
