/**
 * The prescriptions area's server side. Its configuration comes with it, in {@code OSGI-INF/configurator}:
 * the Configurator, required here, applies it.
 */
@RequireConfigurator
package org.hygie.prescriptions.server.internal;

import org.osgi.service.configurator.annotations.RequireConfigurator;
