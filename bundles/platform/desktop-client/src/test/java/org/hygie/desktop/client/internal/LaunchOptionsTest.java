package org.hygie.desktop.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {
    private static final Map<String, String> NONE = Map.of();

    @Test
    void parse_shouldPreferTheCommandLineToEnvironmentAndProperties() {
        LaunchOptions options = LaunchOptions.parse(new String[] { "--server", "http://10.0.0.5:9090/", "--lang", "en" },
                Map.of("HYGIE_SERVER_URL", "http://env:1", "LANG", "fr_FR.UTF-8")::get,
                Map.of("hygie.server.url", "http://prop:2")::get);
        assertThat(options.server()).isEqualTo(URI.create("http://10.0.0.5:9090"));
        assertThat(options.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void parse_shouldUseTheEnvironmentThenTheDefaultServer() {
        assertThat(LaunchOptions.parse(new String[0], Map.of("HYGIE_SERVER_URL", "http://env:1")::get, NONE::get)
                .server()).isEqualTo(URI.create("http://env:1"));
        assertThat(LaunchOptions.parse(null, NONE::get, NONE::get).server())
                .isEqualTo(URI.create(LaunchOptions.DEFAULT_SERVER));
    }

    @Test
    void parse_shouldSpeakFrenchUnlessTheSystemOrTheCommandLineSaysEnglish() {
        assertThat(LaunchOptions.parse(new String[0], NONE::get, NONE::get).locale()).isEqualTo(Locale.FRENCH);
        assertThat(LaunchOptions.parse(new String[0], Map.of("LANG", "C.UTF-8")::get, NONE::get).locale())
                .isEqualTo(Locale.FRENCH);
        assertThat(LaunchOptions.parse(new String[0], Map.of("LANG", "de_DE.UTF-8")::get, NONE::get).locale())
                .isEqualTo(Locale.FRENCH);
        assertThat(LaunchOptions.parse(new String[0], Map.of("LANG", "en_US.UTF-8")::get, NONE::get).locale())
                .isEqualTo(Locale.ENGLISH);
        assertThat(LaunchOptions.parse(new String[0], Map.of("LC_ALL", "fr_FR.UTF-8", "LANG", "en_US.UTF-8")::get,
                NONE::get).locale()).isEqualTo(Locale.FRENCH);
        assertThat(LaunchOptions.parse(new String[] { "--lang=fr" }, Map.of("LANG", "en_US.UTF-8")::get, NONE::get)
                .locale()).isEqualTo(Locale.FRENCH);
    }

    @Test
    void serverUri_shouldRefuseWhatIsNoHttpUrl() {
        assertThatThrownBy(() -> LaunchOptions.serverUri("ftp://host")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LaunchOptions.serverUri("localhost:8080")).isInstanceOf(IllegalArgumentException.class);
    }
}
