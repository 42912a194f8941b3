package org.hygie.core.problem;

/** The {@code type} URIs of Hygie's problems, stable so that clients can react to them. */
public final class ProblemTypes {
    private static final String PREFIX = "urn:hygie:problem:";
    public static final String BAD_REQUEST = PREFIX + "bad-request";
    public static final String UNAUTHORIZED = PREFIX + "unauthorized";
    public static final String FORBIDDEN = PREFIX + "forbidden";
    public static final String PASSWORD_CHANGE_REQUIRED = PREFIX + "password-change-required";
    public static final String NOT_FOUND = PREFIX + "not-found";
    public static final String METHOD_NOT_ALLOWED = PREFIX + "method-not-allowed";
    public static final String NOT_ACCEPTABLE = PREFIX + "not-acceptable";
    public static final String CONFLICT = PREFIX + "conflict";
    public static final String PAYLOAD_TOO_LARGE = PREFIX + "payload-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = PREFIX + "unsupported-media-type";
    public static final String VALIDATION = PREFIX + "validation";
    /** No longer answered: a locked account answers like a wrong password (401). Kept for older clients. */
    public static final String LOCKED = PREFIX + "account-locked";
    /** 429: too many tries (logins) from one client or on one account; {@code retryAfter} says how long to wait. */
    public static final String TOO_MANY_REQUESTS = PREFIX + "too-many-requests";
    public static final String UNAVAILABLE = PREFIX + "unavailable";
    public static final String INTERNAL = PREFIX + "internal";

    private ProblemTypes() {
    }
}
