/**
 * What an area's server bundle uses to reach its own tables: one {@link Transactions} service per
 * persistence unit, registered once the unit's migrations have run and Hibernate has booted.
 *
 * <p>An area declares its unit in its manifest (see {@link PersistenceUnitHeader}); the
 * persistence extender does the rest. Areas never share entities: they refer to each other by id.
 * {@link PersistenceUnit} is the extender's own migrate-and-boot path, open to plain tests that
 * need an area's schema and entities on a real database without a framework.
 *
 * <p>What every area's entities share: the {@link DatabaseClock} their services take the time from,
 * and the {@link AuditStamp} that records who created and last changed a row.
 */
@Export
@Version("1.2.0")
package org.hygie.platform.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
