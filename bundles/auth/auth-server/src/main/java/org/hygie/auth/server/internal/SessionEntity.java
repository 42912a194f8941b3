package org.hygie.auth.server.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code auth_session}. Refers to its user by id only (the users area owns accounts);
 * the database still enforces the foreign key.
 */
@Entity(name = "SessionEntity")
@Table(name = "auth_session")
public class SessionEntity {
    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "absolute_expires_at", nullable = false, updatable = false)
    private Instant absoluteExpiresAt;

    protected SessionEntity() {
        // for JPA
    }

    SessionEntity(UUID userId, String tokenHash, Instant now, Instant absoluteExpiresAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.lastSeenAt = now;
        this.absoluteExpiresAt = absoluteExpiresAt;
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    Instant lastSeenAt() {
        return lastSeenAt;
    }

    Instant absoluteExpiresAt() {
        return absoluteExpiresAt;
    }
}
