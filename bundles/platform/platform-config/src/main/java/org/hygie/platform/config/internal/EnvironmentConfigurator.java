package org.hygie.platform.config.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Configures the platform's own parts from the server's environment at start: the configuration
 * file named by {@code HYGIE_CONFIG} (default {@code hygie.properties} in the working directory, if
 * present), then {@code HYGIE_*} environment variables, which win. See {@link ConfigSources} for
 * the keys; areas bring their own configuration ({@link Activator}).
 * A configuration is only written when it changed, so a restart does not restart its components.
 * When the HTTP address cannot be listened on (port taken, address not of this machine), it says
 * so and stops the server instead of leaving it running deaf.
 */
@Component(immediate = true)
public class EnvironmentConfigurator {
    private static final Logger LOG = LoggerFactory.getLogger(EnvironmentConfigurator.class);

    @Reference
    private ConfigurationAdmin configAdmin;

    @Activate
    void activate(BundleContext context) throws IOException, BundleException {
        Map<String, String> env = System.getenv();
        Map<String, Map<String, Object>> pids = ConfigSources.merge(ConfigFile.read(ConfigFile.location(env)), env);
        Optional<String> unusable = HttpAddress.unusable(pids.get(ConfigSources.HTTP_PID));
        if (unusable.isPresent()) {
            // Nothing is configured, so nothing starts: no half-running server that never answers.
            LOG.error("{} The server stops.", unusable.get());
            context.getBundle(Constants.SYSTEM_BUNDLE_ID).stop();
            return;
        }
        for (Map.Entry<String, Map<String, Object>> pid : pids.entrySet()) {
            apply(pid.getKey(), pid.getValue());
        }
        if (!pids.containsKey(ConfigSources.DEMO_PID)) {
            Configuration demo = configAdmin.getConfiguration(ConfigSources.DEMO_PID, "?");
            if (demo.getProperties() != null) {
                demo.delete();
            }
        }
    }

    private void apply(String pid, Map<String, Object> wanted) throws IOException {
        Configuration configuration = configAdmin.getConfiguration(pid, "?");
        Dictionary<String, Object> current = configuration.getProperties();
        if (current != null && sameProperties(current, wanted)) {
            return;
        }
        configuration.update(new Hashtable<>(wanted));
        LOG.info("Configured {} ({})", pid, wanted.keySet());
    }

    private static boolean sameProperties(Dictionary<String, Object> current, Map<String, Object> wanted) {
        Map<String, Object> existing = new TreeMap<>();
        for (var keys = current.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            if (!key.equals(Constants.SERVICE_PID) && !key.startsWith("service.") && !key.startsWith("felix.")) {
                existing.put(key, current.get(key));
            }
        }
        return Objects.equals(existing, new TreeMap<>(wanted));
    }
}
