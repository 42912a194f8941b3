package org.hygie.users.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hygie.core.paging.PageRequest;
import org.hygie.core.problem.HygieException;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Role;
import org.hygie.platform.testsupport.AtOnce;
import org.hygie.platform.testsupport.TestClock;
import org.hygie.platform.testsupport.TestDatabase;
import org.hygie.users.api.NewUser;
import org.hygie.users.api.PrescriberDetails;
import org.hygie.users.api.PasswordReset;
import org.hygie.users.api.PasswordResetResult;
import org.hygie.users.api.User;
import org.hygie.users.api.accounts.LoginCheck;
import org.hygie.users.api.accounts.UserAccountListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The accounts on a real PostgreSQL, as the persistence extender boots the users unit: what
 * administrators and users rely on, including what only the database guarantees under
 * concurrency (a unique username, failures counted one after the other under a row lock).
 */
class UserManagerDbTest {
    /** The administrator who manages the accounts in these tests. */
    private static final AuthenticatedUser ADMIN = new AuthenticatedUser(UUID.randomUUID(), "admin", "Admin",
            Role.ADMIN, false);

    private static final String PASSWORD = UsersOnDatabase.PASSWORD;

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.of("users");

    private static final TestClock CLOCK = TestClock.atNow();
    private static final List<String> EVENTS = new CopyOnWriteArrayList<>();
    private static UserManager manager;

    @BeforeAll
    static void start() {
        UsersOnDatabase users = new UsersOnDatabase(DB.transactions("users"), CLOCK);
        users.listen(new UserAccountListener() {
            @Override
            public void accountDeactivated(UUID userId) {
                EVENTS.add("deactivated " + userId);
            }

            @Override
            public void passwordReset(UUID userId) {
                EVENTS.add("reset " + userId);
            }
        });
        manager = users.manager;
    }

    private static AuthenticatedUser asCaller(User user) {
        return new AuthenticatedUser(user.id(), user.username(), user.displayName(), user.role(), false);
    }

    private static String username() {
        return "u." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static User create(String username) {
        return manager.create(ADMIN, new NewUser(username, "Dr " + username, Role.DOCTOR, PASSWORD));
    }

    @Test
    void create_shouldStoreAnAccountThatLogsInWithItsTemporaryPasswordAndMustChangeIt() {
        String username = username();
        User created = manager.create(ADMIN, new NewUser("  " + username.toUpperCase() + " ", " Dr Neuf ", Role.DOCTOR, PASSWORD));

        assertThat(created.username()).isEqualTo(username);
        assertThat(created.displayName()).isEqualTo("Dr Neuf");
        assertThat(created.active()).isTrue();
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(created.lockedUntil()).isNull();
        assertThat(manager.get(created.id())).isEqualTo(created);
        assertThat(manager.verify(username.toUpperCase(), PASSWORD)).isInstanceOfSatisfying(LoginCheck.Accepted.class, a -> {
            assertThat(a.user().userId()).isEqualTo(created.id());
            assertThat(a.user().role()).isEqualTo(Role.DOCTOR);
            assertThat(a.user().mustChangePassword()).isTrue();
        });
        assertThat(manager.verify(username, PASSWORD + "x")).isInstanceOf(LoginCheck.Rejected.class);
        assertThat(manager.verify("nobody." + username, PASSWORD)).isInstanceOf(LoginCheck.Rejected.class);
    }

    @Test
    void create_shouldGiveATakenUsernameTo409EvenWhenTwoAdministratorsCreateItAtOnce() throws Exception {
        String username = username();

        List<Object> outcomes = AtOnce.run(List.of(() -> create(username), () -> create(username)));

        assertThat(outcomes).filteredOn(User.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(HygieException.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((HygieException) e).status()).isEqualTo(409));
        assertThat(catchThrowableOfType(() -> create(username.toUpperCase()), HygieException.class).status()).isEqualTo(409);
        assertThat(manager.list(username, PageRequest.of(0, 10)).total()).isEqualTo(1);
    }

    @Test
    void verify_shouldLockTheAccountAfterFiveFailuresEvenWhenTheyArriveAtOnce() throws Exception {
        User user = create(username());

        // Counted one after the other under the row lock: none of the five is lost.
        List<Object> outcomes = AtOnce.run(List.<Callable<LoginCheck>>of(
                () -> manager.verify(user.username(), "wrong-password-1"),
                () -> manager.verify(user.username(), "wrong-password-2"),
                () -> manager.verify(user.username(), "wrong-password-3"),
                () -> manager.verify(user.username(), "wrong-password-4"),
                () -> manager.verify(user.username(), "wrong-password-5")));

        assertThat(outcomes).allMatch(LoginCheck.Rejected.class::isInstance);
        LoginCheck rightPassword = manager.verify(user.username(), PASSWORD);
        assertThat(rightPassword).isInstanceOfSatisfying(LoginCheck.Locked.class,
                locked -> assertThat(locked.until()).isAfter(CLOCK.instant().plus(Duration.ofMinutes(14))));
        assertThat(manager.get(user.id()).lockedUntil()).isEqualTo(((LoginCheck.Locked) rightPassword).until());
    }

    @Test
    void verify_shouldLetTheUserInOnceTheLockHasExpiredAndCountAgainFromZero() {
        User user = create(username());
        for (int i = 0; i < 5; i++) {
            manager.verify(user.username(), "wrong-password");
        }
        assertThat(manager.verify(user.username(), PASSWORD)).isInstanceOf(LoginCheck.Locked.class);

        CLOCK.advance(Duration.ofMinutes(15));

        assertThat(manager.verify(user.username(), "wrong-password")).isInstanceOf(LoginCheck.Rejected.class);
        assertThat(manager.verify(user.username(), PASSWORD)).isInstanceOf(LoginCheck.Accepted.class);
        assertThat(manager.get(user.id()).lockedUntil()).isNull();
    }

    @Test
    void unlock_shouldLetALockedUserInAtOnce() {
        User user = create(username());
        for (int i = 0; i < 5; i++) {
            manager.verify(user.username(), "wrong-password");
        }

        User unlocked = manager.unlock(ADMIN, user.id());

        assertThat(unlocked.lockedUntil()).isNull();
        assertThat(manager.verify(user.username(), PASSWORD)).isInstanceOf(LoginCheck.Accepted.class);
        assertThat(catchThrowableOfType(() -> manager.unlock(ADMIN, UUID.randomUUID()), HygieException.class).status())
                .isEqualTo(404);
    }

    @Test
    void resetPassword_shouldReplaceThePasswordLiftTheLockAndEndTheSessions() {
        User user = create(username());
        manager.changePassword(user.id(), PASSWORD, "My-own-password-1");
        for (int i = 0; i < 5; i++) {
            manager.verify(user.username(), "wrong-password");
        }

        PasswordResetResult chosen = manager.resetPassword(ADMIN, user.id(), new PasswordReset("Temporary-pass-77"));

        assertThat(chosen.temporaryPassword()).isNull();
        assertThat(chosen.user().mustChangePassword()).isTrue();
        assertThat(chosen.user().lockedUntil()).isNull();
        assertThat(manager.verify(user.username(), "My-own-password-1")).isInstanceOf(LoginCheck.Rejected.class);
        assertThat(manager.verify(user.username(), "Temporary-pass-77")).isInstanceOfSatisfying(LoginCheck.Accepted.class,
                a -> assertThat(a.user().mustChangePassword()).isTrue());
        assertThat(EVENTS).contains("reset " + user.id());

        PasswordResetResult generated = manager.resetPassword(ADMIN, user.id(), null);
        assertThat(generated.temporaryPassword()).isNotBlank();
        assertThat(manager.verify(user.username(), generated.temporaryPassword())).isInstanceOf(LoginCheck.Accepted.class);
        assertThat(manager.verify(user.username(), "Temporary-pass-77")).isInstanceOf(LoginCheck.Rejected.class);
    }

    @Test
    void changePassword_shouldRequireTheCurrentOneAndLiftTheObligation() {
        User user = create(username());

        HygieException wrong = catchThrowableOfType(
                () -> manager.changePassword(user.id(), "not-the-password", "Brand-new-pass-9"), HygieException.class);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(manager.verify(user.username(), PASSWORD)).isInstanceOf(LoginCheck.Accepted.class);

        manager.changePassword(user.id(), PASSWORD, "Brand-new-pass-9");

        assertThat(manager.verify(user.username(), PASSWORD)).isInstanceOf(LoginCheck.Rejected.class);
        assertThat(manager.verify(user.username(), "Brand-new-pass-9")).isInstanceOfSatisfying(LoginCheck.Accepted.class,
                a -> assertThat(a.user().mustChangePassword()).isFalse());
    }

    @Test
    void deactivate_shouldRefuseTheRightPasswordLikeAWrongOneAndEndTheSessions() {
        User user = create(username());
        User deactivated = manager.deactivate(ADMIN, user.id());

        assertThat(deactivated.active()).isFalse();
        assertThat(manager.verify(user.username(), PASSWORD)).isInstanceOf(LoginCheck.Rejected.class);
        assertThat(manager.findActive(user.id())).isEmpty();
        assertThat(manager.activeWithRole(Role.DOCTOR)).noneMatch(u -> u.userId().equals(user.id()));
        assertThat(EVENTS).contains("deactivated " + user.id());
        // never deleted: the administrators still see it
        assertThat(manager.get(user.id()).username()).isEqualTo(user.username());
    }

    @Test
    void deactivate_shouldRefuseTheAdministratorsOwnAccountWith409() {
        User self = create(username());

        HygieException e = catchThrowableOfType(() -> manager.deactivate(asCaller(self), self.id()), HygieException.class);

        assertThat(e.status()).isEqualTo(409);
        assertThat(manager.findActive(self.id())).map(u -> u.userId()).isEqualTo(Optional.of(self.id()));
    }

    @Test
    void list_shouldTakeTheSearchWildcardsLiterally() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        User percent = manager.create(ADMIN, new NewUser(username(), "Dr 100% " + tag, Role.DOCTOR, PASSWORD));
        manager.create(ADMIN, new NewUser(username(), "Dr 1000 " + tag, Role.DOCTOR, PASSWORD));

        assertThat(manager.list("100% " + tag, PageRequest.of(0, 10)).items()).extracting(User::id)
                .containsExactly(percent.id());
        assertThat(manager.list(tag, PageRequest.of(0, 10)).total()).isEqualTo(2);
    }

    private static String codeOf(Runnable change, String field) {
        HygieException e = catchThrowableOfType(change::run, HygieException.class);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.status()).isEqualTo(422);
        return e.errors().stream().filter(f -> f.field().equals(field)).map(f -> f.code()).findFirst().orElseThrow();
    }

    @Test
    void changePassword_shouldRefuseCommonTrivialAndNamedPasswordsSayingWhy() {
        User user = create(username());
        String own = user.username().substring(2); // the random part of u.xxxxxxxx

        assertThat(codeOf(() -> manager.changePassword(user.id(), PASSWORD, "aaaaaaaaaaaa"), "newPassword"))
                .isEqualTo("trivial_password");
        assertThat(codeOf(() -> manager.changePassword(user.id(), PASSWORD, "123456789012"), "newPassword"))
                .isEqualTo("trivial_password");
        assertThat(codeOf(() -> manager.changePassword(user.id(), PASSWORD, "passwordpassword"), "newPassword"))
                .isEqualTo("common_password");
        assertThat(codeOf(() -> manager.changePassword(user.id(), PASSWORD, "Mon-" + own + "-2026"), "newPassword"))
                .isEqualTo("contains_name");
        // nothing changed
        assertThat(manager.verify(user.username(), PASSWORD)).isInstanceOf(LoginCheck.Accepted.class);
    }

    @Test
    void changePassword_shouldRefuseTheLastFivePasswordsAndAcceptOlderOnes() {
        User user = create(username());
        List<String> chosen = List.of("Cerisier-en-fleur-1", "Cerisier-en-fleur-2", "Cerisier-en-fleur-3",
                "Cerisier-en-fleur-4", "Cerisier-en-fleur-5");
        String current = PASSWORD;
        for (String next : chosen) {
            CLOCK.advance(Duration.ofMinutes(1));
            manager.changePassword(user.id(), current, next);
            current = next;
        }
        String last = current;

        // the current one and the four before it: the last five
        for (String recent : chosen.subList(0, 4)) {
            assertThat(codeOf(() -> manager.changePassword(user.id(), last, recent), "newPassword"))
                    .as(recent).isEqualTo("reused_password");
        }
        assertThat(codeOf(() -> manager.changePassword(user.id(), last, last), "newPassword")).isEqualTo("reused_password");

        // the temporary one it started with is six passwords ago: allowed again
        CLOCK.advance(Duration.ofMinutes(1));
        manager.changePassword(user.id(), last, PASSWORD);
        assertThat(manager.verify(user.username(), PASSWORD)).isInstanceOf(LoginCheck.Accepted.class);
    }

    @Test
    void createAndReset_shouldApplyTheSameRulesAsTheUsersOwnChange() {
        String username = username();
        assertThat(codeOf(() -> manager.create(ADMIN, new NewUser(username, "Dr Zoé Fontaine", Role.DOCTOR,
                "passwordpassword")), "temporaryPassword")).isEqualTo("common_password");
        assertThat(codeOf(() -> manager.create(ADMIN, new NewUser(username, "Dr Zoé Fontaine", Role.DOCTOR,
                "Fontaine-2026-ok")), "temporaryPassword")).isEqualTo("contains_name");
        User user = manager.create(ADMIN, new NewUser(username, "Dr Zoé Fontaine", Role.DOCTOR, PASSWORD));

        assertThat(codeOf(() -> manager.resetPassword(ADMIN, user.id(), new PasswordReset("azertyuiop12")),
                "temporaryPassword")).isEqualTo("trivial_password");
        assertThat(codeOf(() -> manager.resetPassword(ADMIN, user.id(), new PasswordReset("ZOE-fontaine-99")),
                "temporaryPassword")).isEqualTo("contains_name");
        assertThat(manager.verify(username, PASSWORD)).isInstanceOf(LoginCheck.Accepted.class);
    }

    @Test
    void verify_shouldNeverLockAnAdministratorWhateverTheFailures() {
        User admin = manager.create(ADMIN, new NewUser(username(), "Second admin", Role.ADMIN, PASSWORD));
        for (int i = 0; i < 12; i++) {
            assertThat(manager.verify(admin.username(), "wrong-password-" + i)).isInstanceOf(LoginCheck.Rejected.class);
        }

        assertThat(manager.get(admin.id()).lockedUntil()).isNull();
        assertThat(manager.verify(admin.username(), PASSWORD)).isInstanceOf(LoginCheck.Accepted.class);
    }

    @Test
    void setPrescriber_shouldKeepTheDetailsForOrdonnancesWithTheVersionReadAndOneAccountPerRpps() {
        User doctor = create(username());
        PrescriberDetails none = manager.prescriberDetails(doctor.id());
        assertThat(none.rpps()).isNull();
        PrescriberDetails set = manager.setPrescriber(ADMIN, doctor.id(),
                new PrescriberDetails("10009876543", " Cardiologie ", "01 02 03 04 05", none.version()));
        assertThat(set.version()).isEqualTo(none.version() + 1);
        assertThat(manager.prescriber(doctor.id())).hasValueSatisfying(p -> {
            assertThat(p.rpps()).isEqualTo("10009876543");
            assertThat(p.specialty()).isEqualTo("Cardiologie");
            assertThat(p.phone()).isEqualTo("01 02 03 04 05");
            assertThat(p.name()).isEqualTo(doctor.displayName());
        });
        HygieException stale = catchThrowableOfType(HygieException.class, () -> manager.setPrescriber(ADMIN, doctor.id(),
                new PrescriberDetails(null, null, null, none.version())));
        assertThat(stale.status()).isEqualTo(409);
        User other = create(username());
        HygieException taken = catchThrowableOfType(HygieException.class, () -> manager.setPrescriber(ADMIN, other.id(),
                new PrescriberDetails("10009876543", null, null, other.version())));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(manager.prescriber(UUID.randomUUID())).isEmpty();
    }
}
