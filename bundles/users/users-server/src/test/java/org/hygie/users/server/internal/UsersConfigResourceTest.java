package org.hygie.users.server.internal;

import java.io.IOException;

import org.hygie.platform.testsupport.ConfiguratorResource;
import org.junit.jupiter.api.Test;

/**
 * The bundle's configuration resource sets every attribute of {@link UsersConfig} from its environment
 * variable, else its key of the configuration file, else the default declared on the attribute,
 * as the README documents them.
 */
class UsersConfigResourceTest {
    @Test
    void configuratorResource_shouldReadEveryAttributeFromEnvironmentThenFileThenItsDefault() throws IOException {
        ConfiguratorResource.assertReadsEveryAttribute(UsersConfig.class, UsersConfig.PID, "users");
    }
}
