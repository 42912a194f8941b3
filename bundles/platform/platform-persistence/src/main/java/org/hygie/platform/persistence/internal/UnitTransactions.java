package org.hygie.platform.persistence.internal;

import java.util.function.Function;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hygie.core.problem.SqlFailures;
import org.hygie.platform.persistence.Transactions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.EntityManager;

/**
 * Resource-local transactions of one unit: one session and one transaction per call, a read-write
 * one run again when the database aborted it to break a deadlock or a serialization conflict.
 */
final class UnitTransactions implements Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(UnitTransactions.class);
    private final String unit;
    private final SessionFactory sessionFactory;

    UnitTransactions(String unit, SessionFactory sessionFactory) {
        this.unit = unit;
        this.sessionFactory = sessionFactory;
    }

    @Override
    public String unit() {
        return unit;
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return run(work, false);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !TransientFailures.isTransient(e)) {
                    throw e;
                }
                LOG.info("Unit {}: transaction aborted by the database ({}), attempt {} of {}; running it again",
                        unit, SqlFailures.sqlState(e), attempt, ATTEMPTS);
                TransientFailures.pause(attempt);
            }
        }
    }

    @Override
    public <T> T readOnly(Function<EntityManager, T> work) {
        return run(work, true);
    }

    private <T> T run(Function<EntityManager, T> work, boolean readOnly) {
        try (Session session = sessionFactory.openSession()) {
            Transaction tx = session.getTransaction();
            tx.begin();
            try {
                if (readOnly) {
                    // No dirty checking nor flush, and PostgreSQL refuses writes (BEGIN READ ONLY); the pool
                    // resets the connection's read-only flag when it gets the connection back.
                    session.setDefaultReadOnly(true);
                    session.setHibernateFlushMode(FlushMode.MANUAL);
                    session.doWork(connection -> connection.setReadOnly(true));
                }
                T result = work.apply(session);
                tx.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(tx, e);
                throw e;
            }
        }
    }

    private static void rollback(Transaction tx, Throwable cause) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    @Override
    public String toString() {
        return "Transactions[" + unit + "]";
    }
}
