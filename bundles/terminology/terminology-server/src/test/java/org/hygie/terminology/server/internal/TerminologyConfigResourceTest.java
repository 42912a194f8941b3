package org.hygie.terminology.server.internal;

import java.io.IOException;

import org.hygie.platform.testsupport.ConfiguratorResource;
import org.junit.jupiter.api.Test;

/**
 * The bundle's configuration resource sets the BDPM folder from {@code HYGIE_TERMINOLOGY_BDPM_FOLDER},
 * else {@code terminology.bdpmFolder} of the configuration file, else none.
 */
class TerminologyConfigResourceTest {
    @Test
    void configuratorResource_shouldReadEveryAttributeFromEnvironmentThenFileThenItsDefault() throws IOException {
        ConfiguratorResource.assertReadsEveryAttribute(TerminologyConfig.class, TerminologyConfig.PID, "terminology");
    }
}
