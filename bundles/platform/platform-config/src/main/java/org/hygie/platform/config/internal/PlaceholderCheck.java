package org.hygie.platform.config.internal;

import java.util.Dictionary;
import java.util.Enumeration;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says which configuration value still holds a placeholder once every plugin has run: a
 * misspelt source ({@code $[evn:...]}) or a missing default in a bundle's configuration would
 * otherwise reach its component as text, and fail there with a less useful message.
 */
final class PlaceholderCheck implements ConfigurationPlugin {
    private static final Logger LOG = LoggerFactory.getLogger(PlaceholderCheck.class);

    @Override
    public void modifyConfiguration(ServiceReference<?> reference, Dictionary<String, Object> properties) {
        for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            if (properties.get(key) instanceof String value && value.contains("$[")) {
                LOG.warn("Configuration {}: {} is still \"{}\"; check the placeholder in the bundle's"
                        + " OSGI-INF/configurator resource", properties.get(Constants.SERVICE_PID), key, value);
            }
        }
    }
}
