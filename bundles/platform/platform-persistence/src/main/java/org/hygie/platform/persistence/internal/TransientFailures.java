package org.hygie.platform.persistence.internal;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Failures that say nothing about the work, only about its timing: PostgreSQL aborted the
 * transaction to break a deadlock, or because it could not be serialized with another one. Run
 * again, the same work then meets the other transaction's outcome (committed or rolled back).
 */
final class TransientFailures {
    static final String DEADLOCK = "40P01";
    static final String SERIALIZATION = "40001";
    /** The longest pause before another attempt, so that the two rivals do not meet again at once. */
    static final int MAX_PAUSE_MS = 50;

    private TransientFailures() {
    }

    /** @return whether a {@link SQLException} in the causes says deadlock or serialization failure */
    static boolean isTransient(Throwable failure) {
        String state = sqlState(failure);
        return DEADLOCK.equals(state) || SERIALIZATION.equals(state);
    }

    /** @return the SQLState of the first {@link SQLException} among the causes that has one, or null */
    static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null) {
                        return s.getSQLState();
                    }
                }
            }
        }
        return null;
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
