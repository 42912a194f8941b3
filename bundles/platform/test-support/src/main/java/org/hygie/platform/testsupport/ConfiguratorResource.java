package org.hygie.platform.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks an area's configuration resource ({@code OSGI-INF/configurator/<pid>.json}, see the README's
 * "how an area plugs in") against its typed configuration: every attribute is read from its
 * environment variable ({@code HYGIE_<SECTION>_<ATTRIBUTE>}), else its key of the configuration file
 * ({@code hygie.<section>.<attribute>}), else the default declared on the attribute. No attribute
 * forgotten, no default drifting from the declared one.
 */
public final class ConfiguratorResource {
    private ConfiguratorResource() {
    }

    /**
     * @param config the area's {@code @ObjectClassDefinition} interface, whose attributes have defaults
     * @param pid its configuration PID, which names the resource
     * @param section the section of its keys ({@code auth} for {@code HYGIE_AUTH_IDLE_MINUTES})
     * @throws AssertionError naming what is missing or wrong
     */
    public static void assertReadsEveryAttribute(Class<?> config, String pid, String section) throws IOException {
        String json;
        try (InputStream in = config.getResourceAsStream("/OSGI-INF/configurator/" + pid + ".json")) {
            if (in == null) {
                throw new AssertionError("no configurator resource OSGI-INF/configurator/" + pid + ".json");
            }
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!json.contains("\"" + pid + "\": {")) {
            throw new AssertionError("the resource does not configure " + pid + ":\n" + json);
        }
        Method[] attributes = Arrays.stream(config.getDeclaredMethods()).filter(m -> m.getDefaultValue() != null)
                .toArray(Method[]::new);
        if (attributes.length == 0) {
            throw new AssertionError(config.getName() + " declares no attribute with a default");
        }
        for (Method attribute : attributes) {
            String name = attribute.getName();
            String env = "HYGIE_" + section.toUpperCase(Locale.ROOT) + "_"
                    + name.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT);
            String expected = "\"" + name + "\": \"$[env:" + env + ";default=$[prop:hygie." + section + "." + name
                    + ";default=" + attribute.getDefaultValue() + "]]\"";
            if (!json.contains(expected)) {
                throw new AssertionError("attribute " + name + ": expected " + expected + " in\n" + json);
            }
        }
        long placeholders = Pattern.compile("\\$\\[env:").matcher(json).results().count();
        if (placeholders != attributes.length) {
            throw new AssertionError(placeholders + " environment placeholders for " + attributes.length
                    + " attributes of " + config.getName());
        }
    }
}
