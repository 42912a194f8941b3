package org.hygie.platform.config.internal;

import org.osgi.framework.ServiceReference;
import org.osgi.service.log.LogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OSGi Log Service (1.3) as slf4j, for the bundles that log only through it or else print to
 * standard output (the Felix Configurator prints every debug line there): one log, one format.
 */
final class LogBridge implements LogService {
    private static final Logger LOG = LoggerFactory.getLogger("osgi");

    @Override
    public void log(int level, String message) {
        log(null, level, message, null);
    }

    @Override
    public void log(int level, String message, Throwable exception) {
        log(null, level, message, exception);
    }

    @Override
    @SuppressWarnings("rawtypes") // as LogService 1.3 declares it
    public void log(ServiceReference sr, int level, String message) {
        log(sr, level, message, null);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void log(ServiceReference sr, int level, String message, Throwable exception) {
        switch (level) {
        case LOG_ERROR -> LOG.error(message, exception);
        case LOG_WARNING -> LOG.warn(message, exception);
        case LOG_INFO -> LOG.info(message, exception);
        default -> LOG.debug(message, exception);
        }
    }
}
