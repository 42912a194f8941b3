package org.hygie.core.problem;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a database failure says, wherever it sits among the causes: JPA, Hibernate and the
 * connection pool wrap the driver's {@link SQLException}, and a batch chains its own next
 * exceptions. The codes are PostgreSQL's SQLStates, which areas translate into answers (a unique
 * violation into a 409, say) and the platform into retries and 503s. The one place that reads
 * them: name a new one here rather than typing its code elsewhere.
 */
public final class SqlFailures {
    public static final String UNIQUE_VIOLATION = "23505";
    public static final String FOREIGN_KEY_VIOLATION = "23503";
    public static final String EXCLUSION_VIOLATION = "23P01";
    public static final String DEADLOCK = "40P01";
    public static final String SERIALIZATION_FAILURE = "40001";
    /** The class (first two characters) of every connection exception: lost, refused, broken. */
    public static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** Class 08 in full: the connection broke while in use. */
    public static final String CONNECTION_FAILURE = "08006";
    public static final String TOO_MANY_CONNECTIONS = "53300";
    public static final String ADMIN_SHUTDOWN = "57P01";
    public static final String CRASH_SHUTDOWN = "57P02";
    public static final String CANNOT_CONNECT_NOW = "57P03";
    /**
     * The class of every data exception: a value PostgreSQL will not take (a date out of its range,
     * a NUL byte in text, a number too large for its column).
     */
    public static final String DATA_EXCEPTION_CLASS = "22";

    /** The transaction lost a race the database broke; the same work run again may succeed. */
    private static final Set<String> RETRYABLE = Set.of(DEADLOCK, SERIALIZATION_FAILURE);
    /** Besides class 08: the database cannot serve now, whatever the request. */
    private static final Set<String> UNAVAILABLE = Set.of(DEADLOCK, SERIALIZATION_FAILURE, TOO_MANY_CONNECTIONS,
            ADMIN_SHUTDOWN, CRASH_SHUTDOWN, CANNOT_CONNECT_NOW);

    private SqlFailures() {
    }

    /**
     * @return the first {@link SQLException} among the causes (and their next exceptions) that
     *         carries a SQLState, or null when there is none
     */
    public static SQLException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null) {
                        return s;
                    }
                }
            }
        }
        return null;
    }

    /** @return the SQLState the failure carries, or null */
    public static String sqlState(Throwable failure) {
        SQLException sql = find(failure);
        return sql == null ? null : sql.getSQLState();
    }

    /** @return whether the failure carries this SQLState */
    public static boolean is(Throwable failure, String sqlState) {
        return sqlState.equals(sqlState(failure));
    }

    /**
     * @return whether the failure or one of its causes passes the test, for what a SQLState does
     *         not say (the persistence provider's own exceptions, say); a cycle of causes ends the walk
     */
    public static boolean anyCause(Throwable failure, Predicate<? super Throwable> test) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether PostgreSQL aborted the transaction to break a deadlock or because it could not
     *         be serialized with another: run again, the work meets the other's outcome
     */
    public static boolean isRetryable(Throwable failure) {
        String state = sqlState(failure);
        return state != null && RETRYABLE.contains(state);
    }

    /**
     * @return whether the failure says only that the database could not serve now: no pooled
     *         connection in time, connection lost or refused, too many clients, shutting down, or a
     *         deadlock or serialization conflict (once its retries are spent); a later try may succeed
     */
    public static boolean isUnavailable(Throwable failure) {
        if (anyCause(failure, SQLTransientException.class::isInstance)) {
            return true; // SQLTransientConnectionException: the pool gave no connection in time
        }
        String state = sqlState(failure);
        return state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || UNAVAILABLE.contains(state));
    }

    /**
     * @return whether PostgreSQL refused a value itself (class {@value #DATA_EXCEPTION_CLASS}): the
     *         request carried it, and a field rule should have refused it first
     */
    public static boolean isDataException(Throwable failure) {
        String state = sqlState(failure);
        return state != null && state.startsWith(DATA_EXCEPTION_CLASS);
    }

    private static Throwable next(Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }
}
