package io.github.tickets4j.jpa;

import io.github.tickets4j.core.TicketsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Short transactions of the adapter's own, beside the desk call's: each in a fresh entity manager of a
 * resource-local persistence unit, committed at once. They take numbers for {@link Numbering#SEQUENCE} and
 * {@link Numbering#blocks(int)}, and create a new tenant's first rows, so that nothing the desk call's transaction
 * does can undo or wait on them. Only the adapter's counter rows are written in them, so a run that lost a lock
 * conflict, or found a row created meanwhile (H2), simply runs again. Thread-safe.
 */
final class OwnTransactions {
    /** How often in all a transaction runs that lost a race. */
    private static final int ATTEMPTS = 3;
    private final EntityManagerFactory factory;

    /** @param factory a resource-local persistence unit on the tickets' database, never null */
    OwnTransactions(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * Runs work in a transaction of its own and commits it, again after a lost race.
     *
     * @param work the work, given the transaction's entity manager; never null
     * @param <T> its result type
     * @return the work's result
     * @throws NotResourceLocal if the unit hands out no resource-local transaction (JTA)
     * @throws TicketsException if the database fails; exceptions of the work travel on unchanged
     */
    <T> T run(Function<EntityManager, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(work);
            } catch (PersistenceException e) {
                if (attempt == ATTEMPTS || !Failures.mayRunAgain(e)) {
                    throw Failures.translate(e, null);
                }
            }
        }
    }

    private <T> T runOnce(Function<EntityManager, T> work) {
        EntityManager em;
        try {
            em = factory.createEntityManager();
        } catch (IllegalStateException closed) {
            throw Failures.translateMisuse(closed, null);
        }
        try {
            EntityTransaction tx;
            try {
                tx = em.getTransaction();
            } catch (IllegalStateException jta) {
                throw new NotResourceLocal(jta);
            }
            tx.begin();
            try {
                T result = work.apply(em);
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                JpaTransactions.rollback(tx, e);
                throw e;
            }
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw Failures.translateMisuse(e, null);
        } finally {
            em.close();
        }
    }

    /** The persistence unit hands out no resource-local transaction: it is a JTA unit. */
    static final class NotResourceLocal extends TicketsException {
        private static final long serialVersionUID = 1L;

        private NotResourceLocal(IllegalStateException cause) {
            super("Tickets4j takes ticket numbers in resource-local transactions of its own, and the persistence unit"
                    + " refused one (" + cause.getMessage() + "): it uses JTA. Give a resource-local unit on the same"
                    + " database with JpaStorage.builder(...).allocateBlocksWith(...), or number with"
                    + " Numbering.GAPLESS", cause);
        }
    }
}
