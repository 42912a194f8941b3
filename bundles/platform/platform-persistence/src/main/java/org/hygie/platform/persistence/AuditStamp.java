package org.hygie.platform.persistence;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.hygie.core.security.AuthenticatedUser;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who created a row and when, who changed it last and when: embedded in an area's entity
 * ({@code @Embedded private AuditStamp audit;}) onto the columns {@code created_at},
 * {@code created_by}, {@code updated_at} and {@code updated_by} ({@code timestamptz} and
 * {@code uuid}; the {@code _by} columns nullable, for the system). An entity whose columns are
 * named otherwise maps them with {@code @AttributeOverride}.
 *
 * <p>The optimistic-lock {@code @Version} stays on the entity: Jakarta Persistence defines the
 * version attribute as the entity's (or its mapped superclass's), and Hibernate does not look for
 * it inside an embeddable.
 *
 * <p>Instants are kept as given: take them from the {@link DatabaseClock}, so that they are
 * already at the database's precision.
 */
@Embeddable
public class AuditStamp {
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", updatable = false)
    private UUID createdBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by")
    private UUID updatedBy;

    protected AuditStamp() {
        // for JPA
    }

    private AuditStamp(Instant at, UUID by) {
        this.createdAt = Objects.requireNonNull(at, "at");
        this.createdBy = by;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** @return the stamp of a row the caller creates now: created and last changed by them */
    public static AuditStamp created(Instant at, AuthenticatedUser by) {
        return new AuditStamp(at, by.recordedId());
    }

    /** Records a change the caller makes now. */
    public void touch(Instant at, AuthenticatedUser by) {
        this.updatedAt = Objects.requireNonNull(at, "at");
        this.updatedBy = by.recordedId();
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** @return the id of the user who created the row, or null for the system */
    public UUID createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return the id of the user who changed the row last, or null for the system */
    public UUID updatedBy() {
        return updatedBy;
    }

    @Override
    public String toString() {
        return "AuditStamp[created " + createdAt + " by " + createdBy + ", updated " + updatedAt + " by " + updatedBy
                + "]";
    }
}
