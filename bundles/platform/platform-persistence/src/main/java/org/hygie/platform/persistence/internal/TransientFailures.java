package org.hygie.platform.persistence.internal;

import java.util.concurrent.ThreadLocalRandom;

import org.hygie.core.problem.SqlFailures;

/**
 * Failures that say nothing about the work, only about its timing: PostgreSQL aborted the
 * transaction to break a deadlock, or because it could not be serialized with another one. Run
 * again, the same work then meets the other transaction's outcome (committed or rolled back).
 */
final class TransientFailures {
    /** The longest pause before another attempt, so that the two rivals do not meet again at once. */
    static final int MAX_PAUSE_MS = 50;

    private TransientFailures() {
    }

    /** @return whether the failure's SQLState says deadlock or serialization failure */
    static boolean isTransient(Throwable failure) {
        return SqlFailures.isRetryable(failure);
    }

    /** Waits a random while, longer after each attempt (at most {@value #MAX_PAUSE_MS} ms). */
    static void pause(int attempt) {
        int bound = Math.min(MAX_PAUSE_MS, 10 * attempt);
        try {
            Thread.sleep(1 + ThreadLocalRandom.current().nextInt(bound));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
