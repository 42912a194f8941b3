package org.hygie.appointments.server.internal;

import java.io.IOException;

import org.hygie.platform.testsupport.ConfiguratorResource;
import org.junit.jupiter.api.Test;

/**
 * The bundle's configuration resource sets every attribute of {@link AppointmentsConfig} from its environment
 * variable, else its key of the configuration file, else the default declared on the attribute,
 * as the README documents them.
 */
class AppointmentsConfigResourceTest {
    @Test
    void configuratorResource_shouldReadEveryAttributeFromEnvironmentThenFileThenItsDefault() throws IOException {
        ConfiguratorResource.assertReadsEveryAttribute(AppointmentsConfig.class, AppointmentsConfig.PID, "appointments");
    }
}
