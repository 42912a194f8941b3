package org.hygie.workbench.internal;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.hygie.core.problem.FieldError;

import org.hygie.core.problem.HygieException;
import org.hygie.core.problem.ProblemTypes;
import org.hygie.workbench.Texts;

/** A failed call in plain words of the user's language. */
final class Failures {
    private Failures() {
    }

    static String describe(Texts texts, HygieException failure, URI server) {
        return switch (failure.status()) {
            case 0 -> texts.get("error.unreachable", server);
            case 401 -> texts.get("error.unauthorized");
            case 403 -> ProblemTypes.PASSWORD_CHANGE_REQUIRED.equals(failure.type()) ? texts.get("error.passwordChange")
                    : texts.get("error.forbidden");
            case 404 -> texts.get("error.notFound");
            case 409 -> texts.get("error.conflict");
            case 422 -> texts.get("error.validation", failure.getMessage());
            case 503 -> texts.get("error.busy");
            case -1 -> texts.get("error.unexpected", failure.getMessage());
            default -> texts.get("error.server", failure.status(),
                    failure.getMessage() == null ? failure.title() : failure.getMessage());
        };
    }

    /**
     * The login's own words: wrong credentials (or a lock, which the server does not tell apart),
     * too many tries from this computer and how long to wait, unreachable.
     */
    static String describeLogin(Texts texts, HygieException failure, URI server, ZoneId zone) {
        if (failure.status() == 401) {
            return texts.get("login.wrong");
        }
        if (failure.status() == 429) {
            Object seconds = failure.properties().get(HygieException.RETRY_AFTER);
            return seconds instanceof Number || seconds instanceof String s && s.matches("\\d+")
                    ? texts.get("login.throttled", String.valueOf(seconds)) : texts.get("login.throttledNoTime");
        }
        if (failure.status() == 423) {
            Object until = failure.properties().get("lockedUntil");
            try {
                String time = DateTimeFormatter.ofPattern("HH:mm").format(Instant.parse(String.valueOf(until)).atZone(zone));
                return texts.get("login.locked", time);
            } catch (DateTimeParseException noTime) {
                return texts.get("login.lockedNoTime");
            }
        }
        if (failure.status() == 422) {
            return texts.get("login.missing");
        }
        return describe(texts, failure, server);
    }

    /**
     * The field errors of a refused password in the user's words ({@code password.error.<code>}),
     * else in the server's.
     */
    static String describePassword(Texts texts, List<FieldError> errors) {
        return String.join("\n", errors.stream().map(error -> {
            String translated = texts.get("password.error." + error.code());
            return translated.startsWith("!") ? error.message() : translated;
        }).toList());
    }

    /** Anything a call threw that is not a HygieException: a bug, shown as such. */
    static HygieException unexpected(Throwable t) {
        return new HygieException(-1, "urn:hygie:client:error", "Unexpected error",
                t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()), null, null);
    }
}
