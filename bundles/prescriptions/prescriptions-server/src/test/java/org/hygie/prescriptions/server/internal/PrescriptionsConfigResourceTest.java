package org.hygie.prescriptions.server.internal;

import java.io.IOException;

import org.hygie.platform.testsupport.ConfiguratorResource;
import org.junit.jupiter.api.Test;

/**
 * The bundle's configuration resource sets every attribute of {@link PrescriptionsConfig} from its
 * environment variable, else its key of the configuration file, else the declared default.
 */
class PrescriptionsConfigResourceTest {
    @Test
    void configuratorResource_shouldReadEveryAttributeFromEnvironmentThenFileThenItsDefault() throws IOException {
        ConfiguratorResource.assertReadsEveryAttribute(PrescriptionsConfig.class, PrescriptionsConfig.PID, "prescriptions");
    }
}
