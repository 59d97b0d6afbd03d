package io.github.tickets4j.jpa;

import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.spi.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The unit of work {@link JpaStorage}'s store and numbering share: a {@link Session} per use case, on this thread.
 * <ul>
 * <li>Resource-local: the outermost call opens an entity manager and a transaction, commits when the work returns
 * and rolls back when it throws. A store or sequence call outside a use case runs in a short transaction of its
 * own.</li>
 * <li>Host-managed: the work runs in the host's transaction, through the entity manager the host supplies. When a
 * use case that wrote something fails, its writes must not reach the host's commit: the transaction is marked
 * rollback-only, through the host's hook if it gave one, else through the entity manager's resource-local
 * transaction. A use case refused before it wrote anything leaves the host's transaction as it was.</li>
 * </ul>
 * Thread-safe; each thread has its own session.
 */
final class JpaTransactions implements Transactions {
    private final EntityManagerFactory factory;
    private final Supplier<EntityManager> hostManager;
    private final Runnable markRollbackOnly;
    private final ThreadLocal<Session> current = new ThreadLocal<>();

    private JpaTransactions(EntityManagerFactory factory, Supplier<EntityManager> hostManager,
            Runnable markRollbackOnly) {
        this.factory = factory;
        this.hostManager = hostManager;
        this.markRollbackOnly = markRollbackOnly;
    }

    /** Transactions Tickets4j begins and ends itself. */
    static JpaTransactions resourceLocal(EntityManagerFactory factory) {
        return new JpaTransactions(Objects.requireNonNull(factory, "factory"), null, null);
    }

    /** The host's transactions; {@code markRollbackOnly} may be null (the entity manager's own is then used). */
    static JpaTransactions hostManaged(Supplier<EntityManager> entityManager, Runnable markRollbackOnly) {
        return new JpaTransactions(null, Objects.requireNonNull(entityManager, "entityManager"), markRollbackOnly);
    }

    /**
     * Runs work as one use case, joining the one running on this thread. Resource-local: in a transaction of its
     * own, committed when the work returns, rolled back when it throws. Host-managed: in the host's transaction,
     * marked rollback-only when the work throws after it wrote.
     *
     * @param work the use case, never null
     * @param <T> its result type
     * @return the work's result
     * @throws TicketsException if the commit fails (a
     *     {@link io.github.tickets4j.core.ConcurrentTicketModificationException} when another transaction won), or
     *     if a failed host-managed use case wrote and the host's transaction cannot be marked rollback-only;
     *     otherwise exceptions of the work travel on unchanged
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return inSession(session -> work.get());
    }

    /** Gives work the session of the use case running on this thread, or runs it as a use case of its own. */
    <T> T inSession(Function<Session, T> work) {
        Session open = current.get();
        if (open != null) {
            return work.apply(open);
        }
        return hostManager != null ? inHostTransaction(work) : inNewTransaction(work);
    }

    private <T> T inHostTransaction(Function<Session, T> work) {
        EntityManager em;
        try {
            em = hostManager.get();
        } catch (RuntimeException e) {
            throw new TicketsException("The entity manager supplier given to JpaStorage.builder(...).hostManaged(...)"
                    + " failed: " + e, e);
        }
        if (em == null) {
            throw new TicketsException("The entity manager supplier given to JpaStorage.builder(...).hostManaged(...)"
                    + " returned null; it must return the entity manager joined to the host's current transaction");
        }
        Session session = new Session(em);
        current.set(session);
        try {
            return work.apply(session);
        } catch (RuntimeException | Error e) {
            if (session.hasWritten()) {
                rollbackOnly(em, e);
            }
            throw e;
        } finally {
            current.remove();
        }
    }

    /**
     * Makes sure the host's commit cannot keep what a failed use case wrote: through the host's hook, else through
     * the entity manager's resource-local transaction. When neither works, the failure travels wrapped in an
     * exception saying so, because the host's transaction would otherwise commit half a use case.
     */
    private void rollbackOnly(EntityManager em, Throwable failure) {
        if (markRollbackOnly != null) {
            try {
                markRollbackOnly.run();
                return;
            } catch (RuntimeException e) {
                throw cannotRollBack("the onFailure hook threw " + e, failure, e);
            }
        }
        try {
            EntityTransaction tx = em.getTransaction();
            if (tx.isActive()) {
                tx.setRollbackOnly();
            }
        } catch (IllegalStateException | PersistenceException e) {
            // JTA and container- or Spring-shared entity managers do not hand out their transaction.
            throw cannotRollBack("the entity manager is not resource-local (" + e.getMessage() + ")", failure, e);
        }
    }

    private static TicketsException cannotRollBack(String why, Throwable failure, Throwable reason) {
        TicketsException e = new TicketsException("A Tickets4j use case failed after it wrote to the host's"
                + " transaction, and that transaction could not be marked rollback-only: " + why + ". Do not commit"
                + " it. Configure JpaStorage.builder(...).hostManaged(...).onFailure(...) with your transaction"
                + " manager's rollback-only call (Spring: TransactionAspectSupport.currentTransactionStatus()"
                + ".setRollbackOnly(); JTA: TransactionSynchronizationRegistry.setRollbackOnly()). The use case"
                + " failed with: " + failure, failure);
        e.addSuppressed(reason);
        return e;
    }

    private <T> T inNewTransaction(Function<Session, T> work) {
        EntityManager em = open();
        Session session = new Session(em);
        current.set(session);
        try {
            EntityTransaction tx = em.getTransaction();
            begin(tx);
            T result;
            try {
                result = work.apply(session);
            } catch (RuntimeException | Error e) {
                rollback(tx, e);
                throw e;
            }
            try {
                tx.commit();
            } catch (PersistenceException e) {
                rollback(tx, e);
                throw Failures.translate(e, null);
            }
            return result;
        } finally {
            current.remove();
            em.close();
        }
    }

    private EntityManager open() {
        try {
            return factory.createEntityManager();
        } catch (PersistenceException e) {
            throw Failures.translate(e, null);
        } catch (IllegalStateException closed) {
            throw Failures.translateMisuse(closed, null);
        }
    }

    private static void begin(EntityTransaction tx) {
        try {
            tx.begin();
        } catch (PersistenceException e) {
            throw Failures.translate(e, null);
        } catch (IllegalStateException e) {
            throw Failures.translateMisuse(e, null);
        }
    }

    /** Rolls back, keeping the failure that caused it as the one that travels. */
    static void rollback(EntityTransaction tx, Throwable cause) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
