package org.hygie.platform.rest.internal;

import java.sql.SQLTransientException;
import java.util.Set;

import org.hygie.core.problem.SqlFailures;

/**
 * Failures of the database that say nothing about the request, only that the database could not
 * serve it now: no free connection in the pool, connection lost or refused, too many clients,
 * shutting down, a deadlock or serialization conflict that outlived its retries. The client may
 * simply try again a little later: a 503, not an incident to report.
 */
final class DatabaseTrouble {
    /** SQLStates, besides class 08 (connection exception), that a later attempt may not meet. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40P01", "40001", "53300", "57P01", "57P02", "57P03");

    private DatabaseTrouble() {
    }

    /** @return whether the failure, or one of its causes, is such a database failure */
    static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException) {
                return true; // SQLTransientConnectionException: the pool gave no connection in time
            }
        }
        String state = SqlFailures.sqlState(failure);
        return state != null && (state.startsWith("08") || TRANSIENT_STATES.contains(state));
    }
}
