package io.github.tickets4j.jpa;

import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A host that owns the transactions, as Spring's or a container's transaction interceptor would around each call
 * into Tickets4j: an entity manager per thread that outlives its transactions (so a stale persistence context would
 * show), a resource-local transaction begun before each outermost desk call and ended after it. When the call
 * fails the host commits whatever it may: it rolls back only when the transaction was marked rollback-only. So a
 * failed use case leaves nothing behind only if the storage marked it.
 */
final class EmulatedHost implements AutoCloseable {
    private final EntityManagerFactory factory;
    private final Map<Thread, EntityManager> managers = new ConcurrentHashMap<>();

    EmulatedHost(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** The entity manager of the current thread, the one host-managed storage is given. */
    EntityManager entityManager() {
        return managers.computeIfAbsent(Thread.currentThread(), t -> factory.createEntityManager());
    }

    /** Host-managed storage over this host's entity managers. */
    JpaStorage storage(TestDatabase db, Numbering numbering) {
        return JpaStorage.builder(factory, db.kind).numbering(numbering).hostManaged(this::entityManager).build();
    }

    /** The storage with each outermost call run in a transaction this host begins and ends. */
    TicketStorage aroundEachCall(JpaStorage storage) {
        Transactions host = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return EmulatedHost.this.inTransaction(() -> storage.transactions().inTransaction(work));
            }
        };
        return new TicketStorage() {
            @Override
            public TicketStore tickets() {
                return storage.tickets();
            }

            @Override
            public GuestPasses guestPasses() {
                return storage.guestPasses();
            }

            @Override
            public NumberSequence numbers() {
                return storage.numbers();
            }

            @Override
            public Transactions transactions() {
                return host;
            }

            @Override
            public List<String> problems() {
                return storage.problems();
            }
        };
    }

    /** Runs work in a host transaction, joining the one open on this thread. */
    <T> T inTransaction(Supplier<T> work) {
        EntityTransaction tx = entityManager().getTransaction();
        if (tx.isActive()) {
            return work.get();
        }
        tx.begin();
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            try {
                end(tx);
            } catch (RuntimeException failedToEnd) {
                e.addSuppressed(failedToEnd);
            }
            throw e;
        }
        end(tx);
        return result;
    }

    /** Commits unless marked rollback-only: a host that caught the failure and carried on. */
    private static void end(EntityTransaction tx) {
        if (tx.getRollbackOnly()) {
            tx.rollback();
        } else {
            tx.commit();
        }
    }

    @Override
    public void close() {
        managers.values().forEach(em -> {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        });
        managers.clear();
    }
}
