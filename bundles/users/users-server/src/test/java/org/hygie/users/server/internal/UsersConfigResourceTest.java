package org.hygie.users.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The bundle's configuration resource sets every attribute of {@link UsersConfig} from its environment
 * variable, else its key of the configuration file, else the default declared on the attribute,
 * as the README documents them: no attribute forgotten, no default drifting from the declared one.
 */
class UsersConfigResourceTest {
    private static final String AREA = "users";

    @Test
    void configuratorResource_shouldReadEveryAttributeFromEnvironmentThenFileThenItsDefault() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/OSGI-INF/configurator/" + UsersConfig.PID + ".json")) {
            assertThat(in).as("configurator resource of " + UsersConfig.PID).isNotNull();
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(json).contains("\"" + UsersConfig.PID + "\": {");
        Method[] attributes = Arrays.stream(UsersConfig.class.getDeclaredMethods())
                .filter(m -> m.getDefaultValue() != null).toArray(Method[]::new);
        assertThat(attributes).isNotEmpty();
        for (Method attribute : attributes) {
            String name = attribute.getName();
            String env = "HYGIE_" + AREA.toUpperCase(Locale.ROOT) + "_"
                    + name.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT);
            assertThat(json).as(name).contains("\"" + name + "\": \"$[env:" + env + ";default=$[prop:hygie." + AREA
                    + "." + name + ";default=" + attribute.getDefaultValue() + "]]\"");
        }
        assertThat(Pattern.compile("\\$\\[env:").matcher(json).results().count()).isEqualTo(attributes.length);
    }
}
