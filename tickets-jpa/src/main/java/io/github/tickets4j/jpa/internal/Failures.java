package io.github.tickets4j.jpa.internal;

import io.github.tickets4j.core.ConcurrentTicketModificationException;
import io.github.tickets4j.core.TicketsException;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * Turns persistence exceptions into the core's exceptions, so hosts never catch a provider's or JPA's type. Lock
 * conflicts (optimistic, pessimistic, deadlock, serialization failure) become
 * {@link ConcurrentTicketModificationException}: reloading and retrying is the cure for all of them.
 */
public final class Failures {
    private Failures() {
    }

    /**
     * Translates a persistence exception.
     *
     * @param e the exception, never null
     * @param ticket the ticket number concerned, may be null when unknown
     * @return the exception to throw, never null
     */
    public static TicketsException translate(PersistenceException e, String ticket) {
        String label = ticket == null ? "a ticket" : ticket;
        if (e instanceof OptimisticLockException || e instanceof PessimisticLockException
                || e instanceof LockTimeoutException || isLockConflict(e)) {
            return new ConcurrentTicketModificationException(label, e);
        }
        if (e instanceof EntityExistsException || isUniqueViolation(e)) {
            return new TicketsException("Ticket " + label + " is stored already", e);
        }
        return new TicketsException("The database refused or failed the operation on " + label + ": "
                + e.getMessage(), e);
    }

    /**
     * SQLSTATE 23505 is a unique-key violation on PostgreSQL and H2; MariaDB reports it as 23000 with error 1062.
     * The adapter inserts without looking first, so this is how a clash of id or number shows.
     */
    private static boolean isUniqueViolation(Throwable e) {
        return anySqlCause(e, sql -> "23505".equals(sql.getSQLState())
                || "23000".equals(sql.getSQLState()) && sql.getErrorCode() == 1062);
    }

    /** SQLSTATE class 40 is "transaction rollback": serialization failures and deadlocks, on every database. */
    private static boolean isLockConflict(Throwable e) {
        return anySqlCause(e, sql -> sql.getSQLState() != null && sql.getSQLState().startsWith("40"));
    }

    private static boolean anySqlCause(Throwable e, Predicate<SQLException> test) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && test.test(sql)) {
                return true;
            }
        }
        return false;
    }
}
