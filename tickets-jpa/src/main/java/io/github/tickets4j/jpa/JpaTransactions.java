package io.github.tickets4j.jpa;

import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.jpa.internal.Failures;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs use cases in JPA transactions and tells the store and the number sequences which {@link EntityManager} to
 * use. Two ways to run:
 * <ul>
 * <li>{@link #resourceLocal(EntityManagerFactory)}: Tickets4j opens an entity manager and a resource-local
 * transaction per use case, commits when it returns and rolls back when it throws. A store call made outside
 * {@link #inTransaction(Supplier)} (the desk's searches and counts) runs in a short transaction of its own.</li>
 * <li>{@link #hostManaged(Supplier)}: the host owns the transaction (JTA, Spring, a CDI interceptor…) and supplies
 * the entity manager bound to it; {@link #inTransaction(Supplier)} only runs the work, which joins the host's
 * transaction, so the ticket, its number and the host's own writes commit or roll back together.</li>
 * </ul>
 * Instances are thread-safe. Pass the same instance to the desk, the store and the number sequence.
 */
public final class JpaTransactions implements Transactions {
    private final EntityManagerFactory factory;
    private final Supplier<EntityManager> hostManager;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    private JpaTransactions(EntityManagerFactory factory, Supplier<EntityManager> hostManager) {
        this.factory = factory;
        this.hostManager = hostManager;
    }

    /**
     * Creates a runner that manages resource-local transactions itself.
     *
     * @param factory the factory of a persistence unit holding {@link TicketsPersistence#managedClasses()}, with
     *     resource-local transactions; never null
     * @return the runner, never null
     * @throws NullPointerException if {@code factory} is null
     */
    public static JpaTransactions resourceLocal(EntityManagerFactory factory) {
        return new JpaTransactions(Objects.requireNonNull(factory, "factory"), null);
    }

    /**
     * Creates a runner for transactions the host manages. Every desk call must then run inside the host's
     * transaction.
     *
     * @param entityManager supplies the entity manager joined to the host's current transaction (for example a
     *     container-injected or Spring shared entity manager); called on every store access; never null
     * @return the runner, never null
     * @throws NullPointerException if {@code entityManager} is null
     */
    public static JpaTransactions hostManaged(Supplier<EntityManager> entityManager) {
        return new JpaTransactions(null, Objects.requireNonNull(entityManager, "entityManager"));
    }

    /**
     * Runs work in one transaction. Resource-local: joins the transaction already open on this thread, or begins
     * one, commits it when the work returns and rolls it back when it throws. Host-managed: runs the work in the
     * host's transaction.
     *
     * @param work the use case, never null
     * @param <T> its result type
     * @return the work's result
     * @throws io.github.tickets4j.core.TicketsException if the commit fails (a
     *     {@link io.github.tickets4j.core.ConcurrentTicketModificationException} when another transaction won);
     *     exceptions of the work travel on unchanged after the rollback
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return withEntityManager(em -> work.get());
    }

    /**
     * Gives work the entity manager of the current transaction: the host's, the one open on this thread, or a new
     * one in a transaction of its own (resource-local only).
     */
    <T> T withEntityManager(Function<EntityManager, T> work) {
        if (hostManager != null) {
            return work.apply(hostManager.get());
        }
        EntityManager open = current.get();
        if (open != null) {
            return work.apply(open);
        }
        return inNewTransaction(work);
    }

    private <T> T inNewTransaction(Function<EntityManager, T> work) {
        EntityManager em = open();
        current.set(em);
        try {
            EntityTransaction tx = em.getTransaction();
            begin(tx);
            T result;
            try {
                result = work.apply(em);
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
        }
    }

    private static void begin(EntityTransaction tx) {
        try {
            tx.begin();
        } catch (PersistenceException e) {
            throw Failures.translate(e, null);
        }
    }

    /** Rolls back, keeping the failure that caused it as the one that travels. */
    private static void rollback(EntityTransaction tx, Throwable cause) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
