package org.hygie.auth.server.internal;

import java.io.IOException;

import org.hygie.platform.testsupport.ConfiguratorResource;
import org.junit.jupiter.api.Test;

/**
 * The bundle's configuration resource sets every attribute of {@link AuthConfig} from its environment
 * variable, else its key of the configuration file, else the default declared on the attribute,
 * as the README documents them.
 */
class AuthConfigResourceTest {
    @Test
    void configuratorResource_shouldReadEveryAttributeFromEnvironmentThenFileThenItsDefault() throws IOException {
        ConfiguratorResource.assertReadsEveryAttribute(AuthConfig.class, AuthConfig.PID, "auth");
    }
}
