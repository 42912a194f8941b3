package org.hygie.platform.persistence;

import java.util.function.Function;

import org.osgi.annotation.versioning.ProviderType;

import jakarta.persistence.EntityManager;

/**
 * Runs work in a database transaction of one persistence unit. Registered as an OSGi service with
 * the property {@value #UNIT_PROPERTY} set to the unit name, so a component takes its own with
 * {@code @Reference(target = "(hygie.unit=patients)")}.
 *
 * <p>The transaction commits when the work returns and rolls back when it throws, so nothing
 * half-written reaches the database; the exception is then rethrown unchanged. Constraint
 * violations are rethrown as they come from the database, for the caller to translate.
 *
 * <p>A read-write transaction that PostgreSQL aborts to break a deadlock (SQLState 40P01) or a
 * serialization conflict (40001) is run again from the start, up to {@value #ATTEMPTS} times in
 * all: such an abort says nothing about the request, only about its timing (two bookings checking
 * the same exclusion constraints at once, say). The work must therefore have no effect outside the
 * database, which it should not anyway since a rollback cannot undo such an effect.
 */
@ProviderType
public interface Transactions {
    /** The service property naming the persistence unit. */
    String UNIT_PROPERTY = "hygie.unit";

    /** How many times in all a read-write transaction runs when the database keeps aborting it. */
    int ATTEMPTS = 3;

    /** @return the unit's name, as declared in the area's manifest. */
    String unit();

    /**
     * Runs the work in a read-write transaction with a fresh entity manager, closed afterwards.
     *
     * @return what the work returns
     */
    <T> T inTransaction(Function<EntityManager, T> work);

    /** Runs the work in a read-only transaction: for queries, which then take no write locks. */
    <T> T readOnly(Function<EntityManager, T> work);
}
