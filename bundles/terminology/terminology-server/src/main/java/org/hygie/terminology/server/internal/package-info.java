/**
 * The terminology area's server side: the shipped catalogues, the BDPM importer, the REST
 * resources and the medication knowledge service. Its configuration comes with it, in
 * {@code OSGI-INF/configurator}: the Configurator, required here, applies it.
 */
@RequireConfigurator
package org.hygie.terminology.server.internal;

import org.osgi.service.configurator.annotations.RequireConfigurator;
