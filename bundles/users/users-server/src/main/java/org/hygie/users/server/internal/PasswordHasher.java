package org.hygie.users.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * BCrypt hashing of passwords, with a dummy hash to spend the same time on unknown usernames.
 *
 * <p>BCrypt only reads 72 bytes, and spring-security-crypto 6.3+ refuses longer input, while the
 * policy allows 128 characters (up to 512 UTF-8 bytes). A password longer than 72 bytes is
 * therefore first reduced with SHA-256 (base64, 51 characters with its marker) so that every one
 * of its characters counts; shorter passwords go to BCrypt unchanged.
 */
final class PasswordHasher {
    static final int MIN_COST = 10;
    static final int MAX_COST = 31;
    private static final int BCRYPT_MAX_BYTES = 72;

    private final BCryptPasswordEncoder encoder;
    private final String dummyHash;

    /** @throws IllegalArgumentException for a cost below 10: too fast to resist offline guessing */
    PasswordHasher(int cost, SecureRandom random) {
        if (cost < MIN_COST || cost > MAX_COST) {
            throw new IllegalArgumentException("bcryptCost must be between " + MIN_COST + " and " + MAX_COST + ", not " + cost);
        }
        this.encoder = new BCryptPasswordEncoder(cost, random);
        byte[] noise = new byte[16];
        random.nextBytes(noise);
        this.dummyHash = encoder.encode(Base64.getEncoder().encodeToString(noise));
    }

    /** @return a salted BCrypt hash of the password. */
    String hash(String password) {
        return encoder.encode(prepare(password));
    }

    /** @return whether the password matches the hash; false for a null hash. */
    boolean matches(String password, String hash) {
        if (hash == null) {
            return matchesNobody(password);
        }
        return encoder.matches(prepare(password == null ? "" : password), hash);
    }

    /**
     * Spends the time of a real check and answers false: for unknown usernames, so that timing
     * does not tell which usernames exist.
     */
    boolean matchesNobody(String password) {
        encoder.matches(prepare(password == null ? "" : password), dummyHash);
        return false;
    }

    /** @return whether the hash was made with a lower cost than the configured one. */
    boolean needsUpgrade(String hash) {
        return encoder.upgradeEncoding(hash);
    }

    static String prepare(String password) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= BCRYPT_MAX_BYTES) {
            return password;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "sha256:" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
