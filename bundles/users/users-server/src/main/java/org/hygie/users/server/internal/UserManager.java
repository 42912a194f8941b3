package org.hygie.users.server.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.hygie.core.paging.Page;
import org.hygie.core.paging.PageRequest;
import org.hygie.core.problem.Checks;
import org.hygie.users.api.UserRules;
import org.hygie.core.problem.HygieException;
import org.hygie.core.problem.PasswordRules;
import org.hygie.core.problem.SqlFailures;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Permissions;
import org.hygie.core.security.Role;
import org.hygie.platform.persistence.DatabaseClock;
import org.hygie.platform.persistence.Transactions;
import org.hygie.users.api.NewUser;
import org.hygie.users.api.PrescriberDetails;
import org.hygie.users.api.PasswordReset;
import org.hygie.users.api.PasswordResetResult;
import org.hygie.users.api.User;
import org.hygie.users.api.UserUpdate;
import org.hygie.users.api.accounts.LoginCheck;
import org.hygie.users.api.accounts.UserAccountListener;
import org.hygie.users.api.accounts.Prescriber;
import org.hygie.users.api.accounts.UserAccounts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

/**
 * The accounts of Hygie: credentials and lockout for the auth area ({@link UserAccounts}), and
 * administration for {@link UsersResource}. The only code that touches {@code users_user}.
 *
 * <p>Immediate, so that the first start creates the initial administrator even before anyone
 * asks for the service.
 */
@Component(service = {UserAccounts.class, UserManager.class}, immediate = true, configurationPid = UsersConfig.PID)
@Designate(ocd = UsersConfig.class)
public class UserManager implements UserAccounts {
    static final String INITIAL_ADMIN = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(UserManager.class);
    /**
     * Who changes accounts when no person does: the initial administrator, demo accounts, and the
     * failed logins counted against an account (whoever typed them is not known).
     */
    static final AuthenticatedUser SYSTEM = AuthenticatedUser.system("Hygie");

    @Reference(target = "(" + Transactions.UNIT_PROPERTY + "=users)")
    Transactions tx;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, fieldOption = FieldOption.UPDATE)
    final List<UserAccountListener> listeners = new CopyOnWriteArrayList<>();

    DatabaseClock clock = DatabaseClock.systemUTC();
    private final SecureRandom random = new SecureRandom();
    private PasswordHasher hasher;
    private LockoutPolicy lockout;
    private TemporaryPasswords temporaryPasswords;
    private int passwordHistory;

    @Activate
    void activate(UsersConfig config) {
        configure(config);
        createInitialAdmin();
    }

    /** Applies the configuration; refuses (and so keeps the component inactive) unsafe values. */
    void configure(UsersConfig config) {
        hasher = new PasswordHasher(config.bcryptCost(), random);
        lockout = new LockoutPolicy(config.maxFailedLogins(), Duration.ofMinutes(config.lockMinutes()));
        temporaryPasswords = new TemporaryPasswords(random);
        if (config.passwordHistory() < 1 || config.passwordHistory() > 24) {
            throw new IllegalArgumentException("passwordHistory must be 1 to 24, not " + config.passwordHistory());
        }
        passwordHistory = config.passwordHistory();
    }

    // ---------------------------------------------------------------- UserAccounts (for auth)

    @Override
    public LoginCheck verify(String username, String password) {
        String name = UserRules.normalizeUsername(username);
        String typed = password == null ? "" : password;
        Optional<Snapshot> found = UserRules.isUsername(name) ? tx.readOnly(em -> findByUsername(em, name).map(Snapshot::of))
                : Optional.empty();
        if (found.isEmpty()) {
            hasher.matchesNobody(typed);
            return new LoginCheck.Rejected();
        }
        Snapshot seen = found.get();
        if (!seen.active()) {
            // same work as a real check, then the same answer as a wrong password
            hasher.matches(typed, seen.passwordHash());
            return new LoginCheck.Rejected();
        }
        if (LockoutPolicy.isLocked(seen.lockedUntil(), now())) {
            // the BCrypt work of any attempt, so that a lock takes the time of a wrong password
            hasher.matches(typed, seen.passwordHash());
            return new LoginCheck.Locked(seen.lockedUntil());
        }
        // BCrypt takes a quarter of a second: done outside any transaction, so that no connection
        // or row lock is held meanwhile
        boolean right = hasher.matches(typed, seen.passwordHash());
        String upgraded = right && hasher.needsUpgrade(seen.passwordHash()) ? hasher.hash(typed) : null;
        return tx.inTransaction(em -> {
            // the row lock serializes concurrent attempts on one account, so every failure counts
            UserEntity user = em.find(UserEntity.class, seen.id(), LockModeType.PESSIMISTIC_WRITE);
            Instant now = now();
            if (user == null || !user.active() || !user.passwordHash().equals(seen.passwordHash())) {
                // deactivated or password changed while we were hashing: the check is stale
                return new LoginCheck.Rejected();
            }
            if (LockoutPolicy.isLocked(user.lockedUntil(), now)) {
                return new LoginCheck.Locked(user.lockedUntil());
            }
            if (right) {
                user.setLockout(lockout.afterSuccess(), now, user.toAuthenticated());
                user.loggedIn(now);
                if (upgraded != null) {
                    user.rehash(upgraded, now);
                }
                return new LoginCheck.Accepted(user.toAuthenticated());
            }
            // those who can unlock the others are never locked (the auth area slows their attackers down)
            LockoutPolicy.State next = lockout.afterFailure(user.lockout(), now, !user.role().has(Permissions.USERS_MANAGE));
            user.setLockout(next, now, SYSTEM);
            if (next.lockedUntil() != null) {
                LOG.warn("Account {} locked until {} after {} failed logins", user.username(), next.lockedUntil(),
                        next.failures());
            }
            // the failure that sets the lock answers like any wrong password; the next attempts see the lock
            return new LoginCheck.Rejected();
        });
    }

    @Override
    public Optional<AuthenticatedUser> findActive(UUID userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return tx.readOnly(em -> Optional.ofNullable(em.find(UserEntity.class, userId))
                .filter(UserEntity::active)
                .map(UserEntity::toAuthenticated));
    }

    @Override
    public Optional<Prescriber> prescriber(UUID userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return tx.readOnly(em -> Optional.ofNullable(em.find(UserEntity.class, userId)).map(UserEntity::toPrescriber));
    }

    /** @throws HygieException 404 for no account */
    PrescriberDetails prescriberDetails(UUID id) {
        return tx.readOnly(em -> require(em, id).toPrescriberDetails());
    }

    /**
     * Replaces an account's prescriber details.
     *
     * @throws HygieException 404, 409 when stale or when another account has the RPPS number, 422
     */
    PrescriberDetails setPrescriber(AuthenticatedUser caller, UUID id, PrescriberDetails details) {
        new Checks().required("version", details == null ? null : details.version()).throwIfAny();
        String rpps = blankToNull(details.rpps());
        String specialty = blankToNull(details.specialty());
        String phone = blankToNull(details.phone());
        Instant now = now();
        try {
            return tx.inTransaction(em -> {
                UserEntity user = require(em, id, LockModeType.PESSIMISTIC_WRITE);
                if (user.version() != details.version()) {
                    throw HygieException.conflict("This account was changed by another administrator since version "
                            + details.version() + "; reload it and edit again", Map.of("currentVersion", user.version()));
                }
                user.setPrescriber(rpps, specialty, phone, now, caller);
                em.flush();
                return user.toPrescriberDetails();
            });
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                throw HygieException.conflict("Another account already has the RPPS number " + rpps, null);
            }
            throw e;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public List<AuthenticatedUser> activeWithRole(Role role) {
        if (role == null) {
            return List.of();
        }
        return tx.readOnly(em -> em.createQuery("SELECT u FROM UserEntity u WHERE u.active = true AND u.role = :r "
                + "ORDER BY u.displayName, u.username", UserEntity.class).setParameter("r", role).getResultList()
                .stream().map(UserEntity::toAuthenticated).toList());
    }

    @Override
    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        Snapshot seen = tx.readOnly(em -> Optional.ofNullable(em.find(UserEntity.class, userId))
                .filter(UserEntity::active).map(Snapshot::of))
                .orElseThrow(() -> HygieException.notFound("No active account " + userId));
        List<String> previous = tx.readOnly(em -> previousHashes(em, userId, passwordHistory - 1));
        // The fields' own rules are PasswordChange's, checked by the REST layer; checked again here
        // for any other caller, with those that need the account.
        Checks checks = new Checks();
        if (currentPassword == null || !hasher.matches(currentPassword, seen.passwordHash())) {
            checks.reject("currentPassword", "wrong_password", "currentPassword is not the current password");
        }
        passwordRules(checks, "newPassword", newPassword, seen.username(), seen.displayName());
        if (!checks.hasError("newPassword") && newPassword != null && isRecent(newPassword, seen.passwordHash(), previous)) {
            checks.reject("newPassword", PasswordRules.REUSED, "the password " + PasswordRules.message(PasswordRules.REUSED)
                    + " (one of its last " + passwordHistory + ")");
        }
        checks.throwIfAny();
        String hash = hasher.hash(newPassword);
        tx.inTransaction(em -> {
            UserEntity user = em.find(UserEntity.class, userId, LockModeType.PESSIMISTIC_WRITE);
            if (user == null || !user.passwordHash().equals(seen.passwordHash())) {
                throw HygieException.conflict("The password was changed meanwhile; please try again.", null);
            }
            Instant now = now();
            remember(em, user, now);
            user.setPassword(hash, false, now, user.toAuthenticated());
            return null;
        });
        LOG.info("Account {} changed its password", seen.username());
    }

    /** @return whether the password is the current one or one of the previous ones (BCrypt each: outside transactions) */
    private boolean isRecent(String password, String currentHash, List<String> previous) {
        if (hasher.matches(password, currentHash)) {
            return true;
        }
        for (String hash : previous) {
            if (hasher.matches(password, hash)) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the hash the account is about to lose, and forgets those the rule no longer needs. */
    private void remember(EntityManager em, UserEntity user, Instant now) {
        em.persist(new PasswordHistoryEntity(user.id(), user.passwordHash(), now));
        em.flush();
        List<UUID> stale = em.createQuery("select h.id from PasswordHistoryEntity h where h.userId = :u "
                + "order by h.replacedAt desc, h.id", UUID.class).setParameter("u", user.id())
                .setFirstResult(Math.max(passwordHistory - 1, 0)).getResultList();
        if (!stale.isEmpty()) {
            em.createQuery("delete from PasswordHistoryEntity h where h.id in :ids").setParameter("ids", stale).executeUpdate();
        }
    }

    private static List<String> previousHashes(EntityManager em, UUID userId, int count) {
        if (count <= 0) {
            return List.of();
        }
        return em.createQuery("select h.passwordHash from PasswordHistoryEntity h where h.userId = :u "
                + "order by h.replacedAt desc", String.class).setParameter("u", userId).setMaxResults(count).getResultList();
    }

    // ---------------------------------------------------------------- administration

    Page<User> list(String q, PageRequest page) {
        String pattern = q == null || q.isBlank() ? null : "%" + escapeLike(q.strip().toLowerCase(Locale.ROOT)) + "%";
        String where = pattern == null ? "" : " where lower(u.username) like :p escape '!' or lower(u.displayName) like :p escape '!'";
        Instant now = now();
        return tx.readOnly(em -> {
            TypedQuery<UserEntity> items = em.createQuery("select u from UserEntity u" + where + " order by u.username", UserEntity.class);
            TypedQuery<Long> count = em.createQuery("select count(u) from UserEntity u" + where, Long.class);
            if (pattern != null) {
                items.setParameter("p", pattern);
                count.setParameter("p", pattern);
            }
            List<User> found = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(u -> u.toDto(now)).toList();
            return new Page<>(found, count.getSingleResult(), page.page(), page.size());
        });
    }

    User get(UUID id) {
        Instant now = now();
        return tx.readOnly(em -> require(em, id).toDto(now));
    }

    /** @throws HygieException 422 for invalid fields, 409 when the username is taken */
    User create(AuthenticatedUser caller, NewUser request) {
        NewUser dto = request == null ? new NewUser(null, null, null, null) : request;
        String username = UserRules.normalizeUsername(dto.username());
        String displayName = dto.displayName() == null ? null : dto.displayName().strip();
        Checks checks = new Checks();
        passwordRules(checks, "temporaryPassword", dto.temporaryPassword(), username, displayName);
        checks.throwIfAny();
        String hash = hasher.hash(dto.temporaryPassword());
        Instant now = now();
        try {
            User created = tx.inTransaction(em -> {
                if (findByUsername(em, username).isPresent()) {
                    throw usernameTaken(username);
                }
                UserEntity user = new UserEntity(username, displayName, dto.role(), hash, now, caller);
                em.persist(user);
                em.flush();
                return user.toDto(now);
            });
            LOG.info("Account {} created with role {}", username, dto.role());
            return created;
        } catch (RuntimeException e) {
            // two administrators creating the same name at once: the unique constraint decides
            if (isUniqueViolation(e)) {
                throw usernameTaken(username);
            }
            throw e;
        }
    }

    /**
     * @throws HygieException 409 when administrators change their own role, or when the account
     *         changed since the version the client read ({@code currentVersion} in the problem)
     */
    User update(AuthenticatedUser caller, UUID id, UserUpdate request) {
        UserUpdate dto = request == null ? new UserUpdate(null, null, null) : request;
        String displayName = dto.displayName() == null ? null : dto.displayName().strip();
        Instant now = now();
        return tx.inTransaction(em -> {
            // Locked: two administrators' edits are compared with the version one after the other.
            UserEntity user = require(em, id, LockModeType.PESSIMISTIC_WRITE);
            if (user.version() != dto.version()) {
                throw HygieException.conflict("This account was changed by another administrator since version "
                        + dto.version() + "; reload it and edit again", Map.of("currentVersion", user.version()));
            }
            if (id.equals(caller.userId()) && user.role() != dto.role()) {
                throw HygieException.conflict("You cannot change your own role: ask another administrator.", null);
            }
            user.update(displayName, dto.role(), now, caller);
            return user.toDto(now);
        });
    }

    /** Deactivates the account and ends its sessions; 409 for the caller's own account. */
    User deactivate(AuthenticatedUser caller, UUID id) {
        if (id.equals(caller.userId())) {
            throw HygieException.conflict("You cannot deactivate your own account: ask another administrator.", null);
        }
        Instant now = now();
        User user = tx.inTransaction(em -> {
            UserEntity entity = require(em, id);
            entity.deactivate(now, caller);
            return entity.toDto(now);
        });
        LOG.info("Account {} deactivated", user.username());
        notifyListeners(l -> l.accountDeactivated(id));
        return user;
    }

    /** Sets a temporary password (generated when absent), lifts the lock, ends the sessions. */
    PasswordResetResult resetPassword(AuthenticatedUser caller, UUID id, PasswordReset request) {
        String given = request == null ? null : request.temporaryPassword();
        String password = given == null ? temporaryPasswords.generate() : given;
        Snapshot seen = tx.readOnly(em -> Snapshot.of(require(em, id)));
        String username = seen.username();
        Checks checks = new Checks();
        passwordRules(checks, "temporaryPassword", password, username, seen.displayName());
        checks.throwIfAny();
        String hash = hasher.hash(password);
        Instant now = now();
        User user = tx.inTransaction(em -> {
            UserEntity entity = em.find(UserEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            remember(em, entity, now);
            entity.setPassword(hash, true, now, caller);
            entity.setLockout(lockout.afterSuccess(), now, caller);
            return entity.toDto(now);
        });
        LOG.info("Password of account {} reset by an administrator", username);
        notifyListeners(l -> l.passwordReset(id));
        return new PasswordResetResult(user, given == null ? password : null);
    }

    User unlock(AuthenticatedUser caller, UUID id) {
        Instant now = now();
        User user = tx.inTransaction(em -> {
            UserEntity entity = em.find(UserEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (entity == null) {
                throw HygieException.notFound("No account " + id);
            }
            entity.setLockout(lockout.afterSuccess(), now, caller);
            return entity.toDto(now);
        });
        LOG.info("Account {} unlocked by an administrator", user.username());
        return user;
    }

    // ---------------------------------------------------------------- initial and demo accounts

    /**
     * First start without any account (and without demo data yet): creates {@code admin} with a
     * random password written once to the log at WARN, so that IT can log in and must then choose
     * a password. Only its hash is stored, so the log line is the only way to learn it. The row is
     * marked provisional: if demo seeding arrives later (its configuration may come after this
     * component starts), it takes this account over with the demo password.
     *
     * @return whether the account was created
     */
    boolean createInitialAdmin() {
        if (tx.readOnly(em -> em.createQuery("select count(u) from UserEntity u", Long.class).getSingleResult()) > 0) {
            return false;
        }
        String password = temporaryPasswords.generate();
        String hash = hasher.hash(password);
        Instant now = now();
        try {
            boolean created = tx.inTransaction(em -> {
                if (em.createQuery("select count(u) from UserEntity u", Long.class).getSingleResult() > 0) {
                    return false;
                }
                UserEntity admin = new UserEntity(INITIAL_ADMIN, "Administrator", Role.ADMIN, hash, now, SYSTEM);
                admin.markProvisional();
                em.persist(admin);
                em.flush();
                return true;
            });
            if (created) {
                LOG.warn("No account existed: created '{}' with the initial password '{}'. Log in with it and choose a "
                        + "new password; it is not stored anywhere else.", INITIAL_ADMIN, password);
            }
            return created;
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                // another server created it at the same moment
                return false;
            }
            throw e;
        }
    }

    /**
     * Creates the missing demo accounts with a password that need not be changed; existing
     * accounts are left as they are (idempotent), except the provisional initial administrator.
     */
    void seedDemo(List<DemoAccount> accounts, String password) {
        String hash = hasher.hash(password);
        int created = 0;
        for (DemoAccount account : accounts) {
            Instant now = now();
            try {
                created += tx.inTransaction(em -> {
                    Optional<UserEntity> existing = findByUsername(em, account.username());
                    if (existing.isEmpty()) {
                        UserEntity user = new UserEntity(account.username(), account.displayName(), account.role(), hash,
                                now, SYSTEM);
                        user.setPassword(hash, false, now, SYSTEM);
                        if (account.rpps() != null) {
                            user.setPrescriber(account.rpps(), account.specialty(), account.phone(), now, SYSTEM);
                        }
                        em.persist(user);
                        em.flush();
                        return 1;
                    }
                    UserEntity user = existing.get();
                    // Demo accounts seeded before prescriber details existed get them once.
                    if (account.rpps() != null && user.toPrescriber().rpps() == null) {
                        user.setPrescriber(account.rpps(), account.specialty(), account.phone(), now, SYSTEM);
                    }
                    if (user.provisional()) {
                        user.update(account.displayName(), account.role(), now, SYSTEM);
                        user.setPassword(hash, false, now, SYSTEM);
                        LOG.info("Demo data: the initial account {} now has the demo password", account.username());
                    }
                    return 0;
                });
            } catch (RuntimeException e) {
                if (!isUniqueViolation(e)) {
                    throw e;
                }
                // seeded by another server at the same moment
            }
        }
        LOG.info("Demo data: {} account(s) created, {} already there", created, accounts.size() - created);
    }

    // ---------------------------------------------------------------- helpers

    private Instant now() {
        return clock.now();
    }

    private static Optional<UserEntity> findByUsername(EntityManager em, String username) {
        return em.createQuery("select u from UserEntity u where u.username = :u", UserEntity.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    private static UserEntity require(EntityManager em, UUID id) {
        return require(em, id, LockModeType.NONE);
    }

    private static UserEntity require(EntityManager em, UUID id, LockModeType lock) {
        UserEntity user = em.find(UserEntity.class, id, lock);
        if (user == null) {
            throw HygieException.notFound("No account " + id);
        }
        return user;
    }

    private void notifyListeners(Consumer<UserAccountListener> call) {
        for (UserAccountListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                // the change is committed; the listener's owner also checks accounts on each request
                LOG.error("Account listener {} failed", listener.getClass().getName(), e);
            }
        }
    }

    private static HygieException usernameTaken(String username) {
        return HygieException.conflict("The username " + username + " is already taken.", Map.of("field", "username"));
    }

    /** Makes LIKE's wildcards literal; '!' rather than a backslash escapes, as it needs no escaping in JPQL. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static boolean isUniqueViolation(Throwable e) {
        return SqlFailures.is(e, SqlFailures.UNIQUE_VIOLATION);
    }

    /** What {@link #verify} reads before hashing, outside the transaction. */
    private record Snapshot(UUID id, String username, String displayName, String passwordHash, boolean active,
            Instant lockedUntil) {
        static Snapshot of(UserEntity u) {
            return new Snapshot(u.id(), u.username(), u.displayName(), u.passwordHash(), u.active(), u.lockedUntil());
        }
    }

    /** A demo account to seed. */
    record DemoAccount(String username, String displayName, Role role, String rpps, String specialty, String phone) {
        DemoAccount(String username, String displayName, Role role) {
            this(username, displayName, role, null, null, null);
        }
    }

    /**
     * The rules of every new password, whoever sets it ({@link PasswordRules}, with the account's
     * names): not the username, not holding it or the person's name, neither common nor trivial.
     */
    private static void passwordRules(Checks checks, String field, String password, String username, String displayName) {
        if (password == null) {
            return;
        }
        if (UserRules.isSameAsUsername(password, username)) {
            checks.reject(field, "same_as_username", "the password must differ from the username");
            return;
        }
        List<String> names = displayName == null ? List.of(username) : List.of(username, displayName);
        PasswordRules.weakness(password, names).ifPresent(code -> checks.reject(field, code,
                "the password " + PasswordRules.message(code)));
    }
}
