package org.hygie.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hygie.core.problem.FieldError;
import org.hygie.core.problem.HygieException;
import org.hygie.core.problem.ProblemTypes;
import org.hygie.desktop.client.ClientProblems;
import org.hygie.workbench.Texts;
import org.junit.jupiter.api.Test;

class FailuresTest {
    private static final URI SERVER = URI.create("http://hygie.example:8080");
    private static final Texts FR = Texts.load(Workbench.class, "messages", Locale.FRENCH);
    private static final Texts EN = Texts.load(Workbench.class, "messages", Locale.ENGLISH);

    private static HygieException problem(int status, String type, Map<String, Object> properties) {
        return new HygieException(status, type, "title", "detail", null, properties);
    }

    @Test
    void describeLogin_shouldSayWrongCredentialsWithoutSayingWhichOne() {
        assertThat(Failures.describeLogin(FR, problem(401, ProblemTypes.UNAUTHORIZED, null), SERVER, ZoneId.of("UTC")))
                .isEqualTo("Identifiant ou mot de passe incorrect.");
        assertThat(Failures.describeLogin(EN, problem(401, ProblemTypes.UNAUTHORIZED, null), SERVER, ZoneId.of("UTC")))
                .isEqualTo("Wrong username or password.");
    }

    @Test
    void describeLogin_shouldSayUntilWhenTheAccountIsLockedInLocalTime() {
        HygieException locked = problem(423, ProblemTypes.LOCKED, Map.of("lockedUntil", "2026-11-25T09:45:00Z"));
        assertThat(Failures.describeLogin(FR, locked, SERVER, ZoneId.of("Europe/Paris")))
                .startsWith("Compte verrouillé jusqu’à 10:45 ");
        assertThat(Failures.describeLogin(FR, problem(423, ProblemTypes.LOCKED, null), SERVER, ZoneId.of("UTC")))
                .startsWith("Compte verrouillé après trop d’essais.");
    }

    @Test
    void describe_shouldNameTheUnreachableServer() {
        HygieException unreachable = problem(0, ClientProblems.UNREACHABLE, null);
        assertThat(Failures.describe(FR, unreachable, SERVER)).contains("http://hygie.example:8080").contains("ne répond pas");
        assertThat(Failures.describeLogin(EN, unreachable, SERVER, ZoneId.of("UTC"))).contains("does not answer");
    }

    @Test
    void describe_shouldTellAPasswordChangeFromAnyOtherRefusal() {
        assertThat(Failures.describe(FR, problem(403, ProblemTypes.PASSWORD_CHANGE_REQUIRED, null), SERVER))
                .contains("changer votre mot de passe");
        assertThat(Failures.describe(FR, problem(403, ProblemTypes.FORBIDDEN, null), SERVER))
                .isEqualTo("Votre rôle ne permet pas cette action.");
        HygieException invalid = HygieException.validation(List.of(new FieldError("lastName", "required", "is required")));
        assertThat(Failures.describe(EN, invalid, SERVER)).startsWith("Some fields are invalid");
    }

    @Test
    void describe_shouldSayABusyDatabaseMeansTryAgainInAMoment() {
        assertThat(Failures.describe(FR, problem(503, ProblemTypes.UNAVAILABLE, null), SERVER))
                .contains("base de données").contains("réessayez dans un moment");
        assertThat(Failures.describe(EN, problem(503, ProblemTypes.UNAVAILABLE, null), SERVER))
                .contains("try again in a moment");
    }
}
