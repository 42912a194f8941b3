package org.hygie.users.server.internal;

import java.time.Instant;
import java.util.UUID;

import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Role;
import org.hygie.platform.persistence.AuditStamp;
import org.hygie.users.api.User;

import org.hygie.users.api.PrescriberDetails;
import org.hygie.users.api.accounts.Prescriber;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code users_user}. Stays in this bundle: other bundles see {@link User} records. */
@Entity(name = "UserEntity")
@Table(name = "users_user")
public class UserEntity {
    @Id
    private UUID id;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "provisional", nullable = false)
    private boolean provisional;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    /**
     * Raised by an administrator's edit (name, role, deactivation), not by logins or lockouts: the
     * version a client sends back with an edit, kept by hand rather than by JPA's {@code @Version},
     * which every login would raise.
     */
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "rpps")
    private String rpps;
    @Column(name = "specialty")
    private String specialty;
    @Column(name = "phone")
    private String phone;

    @Embedded
    private AuditStamp audit;

    protected UserEntity() {
        // for JPA
    }

    UserEntity(String username, String displayName, Role role, String passwordHash, Instant now, AuthenticatedUser by) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.active = true;
        this.mustChangePassword = true;
        this.passwordChangedAt = now;
        this.audit = AuditStamp.created(now, by);
    }

    /** @param now the time of the request, to hide a lock that has already ended */
    User toDto(Instant now) {
        return new User(id, username, displayName, role, active, mustChangePassword,
                LockoutPolicy.isLocked(lockedUntil, now) ? lockedUntil : null, audit.createdAt(), version);
    }

    AuthenticatedUser toAuthenticated() {
        return new AuthenticatedUser(id, username, displayName, role, mustChangePassword);
    }

    LockoutPolicy.State lockout() {
        return new LockoutPolicy.State(failedLogins, lockedUntil);
    }

    void setLockout(LockoutPolicy.State state, Instant now, AuthenticatedUser by) {
        this.failedLogins = state.failures();
        this.lockedUntil = state.lockedUntil();
        audit.touch(now, by);
    }

    /** A new password, chosen by the user (no change required) or set by an administrator (required). */
    void setPassword(String hash, boolean mustChange, Instant now, AuthenticatedUser by) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
        this.provisional = false;
        this.passwordChangedAt = now;
        audit.touch(now, by);
    }

    /** A stronger hash of the password the user just typed to log in. */
    void rehash(String hash, Instant now) {
        this.passwordHash = hash;
        audit.touch(now, toAuthenticated());
    }

    void loggedIn(Instant now) {
        this.lastLoginAt = now;
        audit.touch(now, toAuthenticated());
    }

    void update(String displayName, Role role, Instant now, AuthenticatedUser by) {
        this.displayName = displayName;
        this.role = role;
        version++;
        audit.touch(now, by);
    }

    long version() {
        return version;
    }

    /** The prescriber details an ordonnance prints; an administrator's edit, so a new version. */
    void setPrescriber(String rpps, String specialty, String phone, Instant now, AuthenticatedUser by) {
        this.rpps = rpps;
        this.specialty = specialty;
        this.phone = phone;
        version++;
        audit.touch(now, by);
    }

    PrescriberDetails toPrescriberDetails() {
        return new PrescriberDetails(rpps, specialty, phone, version);
    }

    Prescriber toPrescriber() {
        return new Prescriber(id, displayName == null || displayName.isBlank() ? username : displayName, rpps,
                specialty, phone);
    }

    /** The first-start administrator: demo seeding may take it over (see UserManager.createInitialAdmin). */
    void markProvisional() {
        this.provisional = true;
    }

    boolean provisional() {
        return provisional;
    }

    void deactivate(Instant now, AuthenticatedUser by) {
        if (active) {
            version++;
        }
        this.active = false;
        audit.touch(now, by);
    }

    UUID id() {
        return id;
    }

    AuditStamp audit() {
        return audit;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    Role role() {
        return role;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean active() {
        return active;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
