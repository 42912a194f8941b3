package org.hygie.server.itest.internal;

import java.io.IOException;
import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Plays platform-config's part in the test framework: creates the database configuration the
 * database component requires, empty (embedded PostgreSQL) with its data in the folder named by
 * the framework property {@code hygie.dataDir} (test.bndrun puts it under target/).
 */
@Component(service = {})
public class TestDatabaseConfiguration {
    static final String DATABASE_PID = "org.hygie.platform.database";

    @Reference
    private ConfigurationAdmin configurationAdmin;

    @Activate
    void activate(BundleContext context) throws IOException, InvalidSyntaxException {
        if (configurationAdmin.listConfigurations("(service.pid=" + DATABASE_PID + ")") != null) {
            return;
        }
        Configuration configuration = configurationAdmin.getConfiguration(DATABASE_PID, "?");
        Hashtable<String, Object> properties = new Hashtable<>();
        String dataDir = context.getProperty("hygie.dataDir");
        if (dataDir != null) {
            properties.put("dataDir", dataDir);
        }
        configuration.update(properties);
    }
}
