package org.hygie.core.problem;

import java.sql.SQLException;

/**
 * What a database failure says, wherever it sits among the causes: JPA, Hibernate and the
 * connection pool wrap the driver's {@link SQLException}, and a batch chains its own next
 * exceptions. The codes are PostgreSQL's SQLStates, which areas translate into answers (a unique
 * violation into a 409, say) and the platform into retries.
 */
public final class SqlFailures {
    public static final String UNIQUE_VIOLATION = "23505";
    public static final String FOREIGN_KEY_VIOLATION = "23503";
    public static final String EXCLUSION_VIOLATION = "23P01";
    public static final String DEADLOCK = "40P01";
    public static final String SERIALIZATION_FAILURE = "40001";

    private SqlFailures() {
    }

    /**
     * @return the first {@link SQLException} among the causes (and their next exceptions) that
     *         carries a SQLState, or null when there is none
     */
    public static SQLException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
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
}
