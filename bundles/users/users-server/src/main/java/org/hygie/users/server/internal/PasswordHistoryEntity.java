package org.hygie.users.server.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code users_password_history}: the hash of a password an account no longer has. */
@Entity(name = "PasswordHistoryEntity")
@Table(name = "users_password_history")
public class PasswordHistoryEntity {
    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "password_hash", nullable = false, updatable = false)
    private String passwordHash;

    @Column(name = "replaced_at", nullable = false, updatable = false)
    private Instant replacedAt;

    protected PasswordHistoryEntity() {
        // for JPA
    }

    PasswordHistoryEntity(UUID userId, String passwordHash, Instant replacedAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.passwordHash = passwordHash;
        this.replacedAt = replacedAt;
    }

    String passwordHash() {
        return passwordHash;
    }
}
