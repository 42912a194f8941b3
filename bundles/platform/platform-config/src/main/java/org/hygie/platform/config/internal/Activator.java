package org.hygie.platform.config.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.cm.ConfigurationPlugin;
import org.osgi.service.log.LogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Sets up, before Config Admin serves anyone, what every bundle's own configuration relies on:
 * <ul>
 * <li>the configuration file's settings: each {@code section.name} of the file, except the
 * platform's own ({@link ConfigSources#isPlatformKey}), becomes the system property
 * {@code hygie.section.name}, which a bundle's {@code OSGI-INF/configurator/*.json} reads
 * through Felix's interpolation plugin after the environment:
 * {@code "$[env:HYGIE_SECTION_NAME;default=$[prop:hygie.section.name;default=...]]"};</li>
 * <li>then its {@link PlaceholderCheck} plugin, named {@value #PLUGIN_ID}: Config Admin, told by
 * {@code felix.cm.config.plugins} to wait for it (and for the interpolation plugin), serves no
 * configuration before the file's settings are there;</li>
 * <li>a {@link LogBridge}, so that the Configurator's messages reach the server's log instead of
 * standard output.</li>
 * </ul>
 * A bundle activator rather than a component, so that nothing is registered before the file is read.
 */
@Header(name = Constants.BUNDLE_ACTIVATOR, value = "${@class}")
public final class Activator implements BundleActivator {
    static final String PLUGIN_ID = "org.hygie.platform.config";
    static final String PROPERTY_PREFIX = "hygie.";
    /** After every plugin that may change a configuration (0 to 1000): it only reads. */
    static final int CHECK_RANKING = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(Activator.class);

    private List<String> published = List.of();

    @Override
    public void start(BundleContext context) throws IOException {
        context.registerService(LogService.class, new LogBridge(), null);
        // Jersey logs through java.util.logging, whose formatter cannot print the thread's name, where
        // a request's id is (docs/lessons.md#request-ids-in-logs): its lines go through slf4j too.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();

        Path file = ConfigFile.location(System.getenv());
        Map<String, String> settings = ConfigFile.read(file);
        if (!settings.isEmpty()) {
            LOG.info("Read configuration file {} ({})", file.toAbsolutePath(), settings.keySet());
        }
        List<String> offered = settings.keySet().stream().filter(key -> !ConfigSources.isPlatformKey(key)).toList();
        offered.forEach(key -> System.setProperty(PROPERTY_PREFIX + key, settings.get(key)));
        published = offered.stream().map(key -> PROPERTY_PREFIX + key).toList();

        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("config.plugin.id", PLUGIN_ID);
        properties.put(ConfigurationPlugin.CM_RANKING, CHECK_RANKING);
        context.registerService(ConfigurationPlugin.class, new PlaceholderCheck(), properties);
    }

    @Override
    public void stop(BundleContext context) {
        SLF4JBridgeHandler.uninstall();
        published.forEach(System::clearProperty);
        published = List.of();
    }
}
