package org.hygie.platform.persistence;

/**
 * The manifest header by which an area's server bundle declares its persistence unit to the
 * extender, for example (in the bundle's {@code bnd.bnd}):
 *
 * <pre>
 * Hygie-PersistenceUnit: patients; \
 *     entities="com.example.patients.internal.PatientEntity,com.example.patients.internal.AllergyEntity"; \
 *     migrations="db/migration/patients"; \
 *     requires="users"
 * </pre>
 *
 * <ul>
 * <li>the value is the unit name (the area name), also the {@code hygie.unit} property of its
 * {@link Transactions} service;</li>
 * <li>{@code entities}: the entity classes, loaded from the declaring bundle;</li>
 * <li>{@code migrations}: the folder of the bundle holding its Flyway SQL migrations
 * ({@code V1__create_patients.sql} ...); each unit keeps its own history table
 * ({@code flyway_history_<unit>});</li>
 * <li>{@code requires} (optional): units whose migrations must have run first, because this
 * unit's tables refer to theirs by foreign key.</li>
 * </ul>
 *
 * Entity bundles also need {@code DynamicImport-Package: org.hibernate.*} (Hibernate defines
 * proxies in their class loader): include {@code cnf/entities.bnd} in their {@code bnd.bnd}.
 */
public final class PersistenceUnitHeader {
    public static final String NAME = "Hygie-PersistenceUnit";
    public static final String ENTITIES = "entities";
    public static final String MIGRATIONS = "migrations";
    public static final String REQUIRES = "requires";

    private PersistenceUnitHeader() {
    }
}
