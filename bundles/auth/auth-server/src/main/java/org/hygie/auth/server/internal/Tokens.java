package org.hygie.auth.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Bearer tokens: 32 random bytes (256 bits) from {@link SecureRandom}, base64url without padding
 * (43 characters). Only their SHA-256 is stored: a fast hash is enough here (unlike passwords),
 * since a token has far too much entropy to be guessed from its hash.
 */
final class Tokens {
    static final int BYTES = 32;
    static final int LENGTH = 43;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random;

    Tokens(SecureRandom random) {
        this.random = random;
    }

    /** @return a new token, to hand to the client once. */
    String generate() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** @return the SHA-256 of the token, lower-case hex (64 characters): what the database keeps. */
    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** @return whether the text could be one of our tokens; anything else is refused without a query. */
    static boolean isWellFormed(String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    /**
     * @return the token of an {@code Authorization: Bearer <token>} header value, or null when the
     *         header is absent or of another scheme
     */
    static String fromAuthorization(String header) {
        if (header == null) {
            return null;
        }
        String value = header.strip();
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).equalsIgnoreCase("Bearer")) {
            return null;
        }
        return value.substring(space + 1).strip();
    }
}
