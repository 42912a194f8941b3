package org.hygie.platform.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ConfigSourcesTest {
    @Test
    void merge_shouldBindToLoopbackOnPort8080ByDefault() {
        Map<String, Object> http = ConfigSources.merge(Map.of(), Map.of()).get(ConfigSources.HTTP_PID);
        assertThat(http).containsEntry("org.apache.felix.http.host", "127.0.0.1")
                .containsEntry("org.osgi.service.http.port", "8080");
    }

    @Test
    void merge_shouldLetTheEnvironmentWinOverTheFile() {
        var pids = ConfigSources.merge(Map.of("db.url", "jdbc:postgresql://file/db", "http.port", "9000"),
                Map.of("HYGIE_DB_URL", "jdbc:postgresql://env/db"));
        assertThat(pids.get(ConfigSources.DATABASE_PID)).containsEntry("url", "jdbc:postgresql://env/db");
        assertThat(pids.get(ConfigSources.HTTP_PID)).containsEntry("org.osgi.service.http.port", "9000");
    }

    @Test
    void merge_shouldConfigureDemoOnlyWhenAskedFor() {
        assertThat(ConfigSources.merge(Map.of(), Map.of())).doesNotContainKey(ConfigSources.DEMO_PID);
        assertThat(ConfigSources.merge(Map.of(), Map.of("HYGIE_DEMO", "0"))).doesNotContainKey(ConfigSources.DEMO_PID);
        assertThat(ConfigSources.merge(Map.of(), Map.of("HYGIE_DEMO", "1"))).containsKey(ConfigSources.DEMO_PID);
    }

    @Test
    void merge_shouldRouteTheDatabaseSectionAndDataDirToTheDatabase() {
        var pids = ConfigSources.merge(Map.of("db.user", "hygie"),
                Map.of("HYGIE_DB_PASSWORD", "secret", "HYGIE_DATA_DIR", "/var/lib/hygie", "PATH", "/bin"));
        assertThat(pids.get(ConfigSources.DATABASE_PID)).containsEntry("user", "hygie")
                .containsEntry("password", "secret").containsEntry("dataDir", "/var/lib/hygie");
    }

    @Test
    void merge_shouldConfigureOnlyThePlatformAsAreasConfigureThemselves() {
        var pids = ConfigSources.merge(Map.of("auth.idleMinutes", "5", "vendor.colour", "blue"),
                Map.of("HYGIE_USERS_BCRYPT_COST", "10", "HYGIE_APPOINTMENTS_TIME_ZONE", "UTC"));
        assertThat(pids.keySet()).containsExactlyInAnyOrder(ConfigSources.HTTP_PID, ConfigSources.REST_PID,
                ConfigSources.DATABASE_PID);
        assertThat(pids.get(ConfigSources.DATABASE_PID)).isEmpty();
    }

    @Test
    void merge_shouldAlwaysConfigureTheDatabaseEvenForTheEmbeddedOne() {
        assertThat(ConfigSources.merge(Map.of(), Map.of())).containsKey(ConfigSources.DATABASE_PID);
    }

    @Test
    void merge_shouldAlwaysServeRestUnderApi() {
        assertThat(ConfigSources.merge(Map.of(), Map.of()).get(ConfigSources.REST_PID))
                .containsEntry("jersey.context.path", "api");
    }

    @Test
    void isPlatformKey_shouldKeepThePlatformsOwnSettingsAndOfferTheOthers() {
        assertThat(ConfigSources.isPlatformKey("db.password")).isTrue();
        assertThat(ConfigSources.isPlatformKey("http.port")).isTrue();
        assertThat(ConfigSources.isPlatformKey("data.dir")).isTrue();
        assertThat(ConfigSources.isPlatformKey("demo")).isTrue();
        assertThat(ConfigSources.isPlatformKey("auth.idleMinutes")).isFalse();
        assertThat(ConfigSources.isPlatformKey("vendor.colour")).isFalse();
    }

    @Test
    void toKey_shouldIgnoreVariablesThatAreNotHygies() {
        assertThat(ConfigSources.toKey("HOME")).isEmpty();
        assertThat(ConfigSources.toKey("HYGIE_")).isEmpty();
        assertThat(ConfigSources.toKey("HYGIE_HTTP_HOST")).contains("http.host");
    }
}
