package org.hygie.auth.server.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Growing delays between failed logins, counted per client address (against a password spray:
 * many names from one computer) and per name from one address (against guessing one account's
 * password). After {@code freeFailures} failures of a key, each further failure makes its next
 * try wait 1 s, then 2, 4, 8... up to {@code maxDelay}; a try made before then is refused at once
 * (429), without any password check, so that no request thread is held and no BCrypt work is spent.
 * A success from an address clears the count of that name from there (the person knows the
 * password), not the address's own. A key is forgotten after {@link #forgetAfter} without failure.
 *
 * <p>Counting per name and address rather than per name alone is what keeps an attacker from
 * keeping a user out: tries from the attacker's computer slow the attacker only. The counts are kept
 * in memory, per server: a restart clears them (the lock of an account, in the database, stays).
 * Unknown names are counted exactly like known ones, so that the answers tell nothing about which
 * exist. Each map is bounded ({@code maxEntries}): past it, idle entries go first, and a name from
 * a full map is not counted (its address still is).
 */
final class LoginThrottle {
    /** The delay after the first failure past the free ones; it doubles with each further one. */
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    private final int addressFreeFailures;
    private final int accountFreeFailures;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final int maxEntries;
    private final Map<String, Entry> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Entry> byAccount = new ConcurrentHashMap<>();

    /** Failures of one key: how many, the last one, and until when its next try must wait. */
    private record Entry(int failures, Instant lastFailure, Instant blockedUntil) {
    }

    LoginThrottle(int addressFreeFailures, int accountFreeFailures, Duration maxDelay, int maxEntries) {
        if (addressFreeFailures < 1 || accountFreeFailures < 1) {
            throw new IllegalArgumentException("throttle failures must be 1 or more, not " + addressFreeFailures + " and "
                    + accountFreeFailures);
        }
        if (maxDelay.compareTo(FIRST_DELAY) < 0) {
            throw new IllegalArgumentException("throttleMaxSeconds must be 1 or more, not " + maxDelay.toSeconds());
        }
        this.addressFreeFailures = addressFreeFailures;
        this.accountFreeFailures = accountFreeFailures;
        this.maxDelay = maxDelay;
        // longer than the longest delay, or waiting it out would start the free tries again
        this.forgetAfter = maxDelay.multipliedBy(4).compareTo(Duration.ofHours(1)) > 0 ? maxDelay.multipliedBy(4)
                : Duration.ofHours(1);
        this.maxEntries = maxEntries;
    }

    /**
     * @param address the client's address
     * @param username the name tried, normalized
     * @return how long this client must still wait before trying this name; zero when it may
     */
    Duration waitFor(String address, String username, Instant now) {
        Duration byIp = remaining(byAddress.get(address), now);
        Duration byName = remaining(byAccount.get(key(address, username)), now);
        return byIp.compareTo(byName) >= 0 ? byIp : byName;
    }

    /** Counts a failed login of this name from this address. */
    void failed(String address, String username, Instant now) {
        count(byAddress, address, addressFreeFailures, now);
        count(byAccount, key(address, username), accountFreeFailures, now);
    }

    /** The right password from this address: its tries of this name start again from zero. */
    void succeeded(String address, String username) {
        byAccount.remove(key(address, username));
    }

    /** Forgets the failures of this name from every address (its password was reset). */
    void forget(String username) {
        byAccount.keySet().removeIf(key -> key.endsWith('\u0000' + username));
    }

    /** @return the delay a key gets at its {@code failures}-th failure, {@code free} failures being without. */
    Duration delayAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private void count(Map<String, Entry> entries, String key, int free, Instant now) {
        if (!entries.containsKey(key) && entries.size() >= maxEntries && !makeRoom(entries, now)) {
            return;
        }
        entries.compute(key, (k, old) -> {
            int failures = old == null || isForgotten(old, now) ? 1 : old.failures() + 1;
            return new Entry(failures, now, now.plus(delayAfter(failures, free)));
        });
    }

    /** @return whether there is room once the forgotten entries, then those not blocking, are gone */
    private boolean makeRoom(Map<String, Entry> entries, Instant now) {
        entries.values().removeIf(e -> isForgotten(e, now));
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> !now.isBefore(e.blockedUntil()));
        }
        return entries.size() < maxEntries;
    }

    private boolean isForgotten(Entry entry, Instant now) {
        return !now.isBefore(entry.lastFailure().plus(forgetAfter));
    }

    private static Duration remaining(Entry entry, Instant now) {
        return entry == null || !now.isBefore(entry.blockedUntil()) ? Duration.ZERO
                : Duration.between(now, entry.blockedUntil());
    }

    private static String key(String address, String username) {
        return address + '\u0000' + username;
    }

    /** @return the number of entries kept, by address and by name from an address (for tests). */
    int[] sizes() {
        return new int[] { byAddress.size(), byAccount.size() };
    }
}
