package io.github.tickets4j.jpa;

import io.github.tickets4j.core.ConcurrentTicketModificationException;
import io.github.tickets4j.core.NumbersExhaustedException;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.jpa.internal.CounterRows;
import io.github.tickets4j.jpa.internal.Failures;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The numbers of {@link Numbering#blocks(int)}: per tenant, a block of values taken from the tenant's counter row
 * in a short resource-local transaction of its own, handed out from memory in increasing order. The creating
 * transaction never touches the counter row, so creations never wait for each other's commits; a node's threads of
 * one tenant wait for each other only while a block is taken. Values of a block not handed out when the node stops
 * are never issued (gaps); the counter only moves forward, so no node ever issues a value twice. Thread-safe.
 */
final class NumberBlocks {
    /** A block allocation that lost a deadlock or serialization race is tried again this often in all. */
    private static final int ATTEMPTS = 3;
    private final EntityManagerFactory factory;
    private final CounterRows counters;
    private final int size;
    private final Map<TenantId, Block> blocks = new ConcurrentHashMap<>();

    /**
     * @param factory a resource-local persistence unit on the tickets' database, never null
     * @param counters the counter rows, never null
     * @param size how many values a block holds, at least 1
     */
    NumberBlocks(EntityManagerFactory factory, CounterRows counters, int size) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.size = size;
    }

    /** A tenant's current block on this node: the next value to hand out and the last value it holds. */
    private static final class Block {
        private long next = 1;
        private long last;
    }

    /**
     * Hands out the tenant's next value, taking a new block when this node's is used up.
     *
     * @param tenant the tenant, never null
     * @param maximum the largest value the number format can show
     * @return the value
     * @throws NumbersExhaustedException if the next value would exceed {@code maximum}; the block and the counter
     *     are left as they were
     * @throws TicketsException if the database fails
     */
    long next(TenantId tenant, long maximum) {
        Block block = blocks.computeIfAbsent(tenant, t -> new Block());
        synchronized (block) {
            if (block.next > block.last) {
                CounterRows.Range taken = take(tenant.value(), maximum);
                block.next = taken.first();
                block.last = taken.last();
            }
            if (block.next > maximum) {
                throw new NumbersExhaustedException(maximum);
            }
            return block.next++;
        }
    }

    /** Takes a block in a transaction of its own, again after a lost deadlock (MariaDB) or serialization race. */
    private CounterRows.Range take(String tenant, long maximum) {
        for (int attempt = 1; ; attempt++) {
            try {
                return takeOnce(tenant, maximum);
            } catch (ConcurrentTicketModificationException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private CounterRows.Range takeOnce(String tenant, long maximum) {
        EntityManager em;
        try {
            em = factory.createEntityManager();
        } catch (PersistenceException e) {
            throw Failures.translate(e, null);
        } catch (IllegalStateException closed) {
            throw Failures.translateMisuse(closed, null);
        }
        try {
            EntityTransaction tx = em.getTransaction();
            tx.begin();
            try {
                CounterRows.Range taken = counters.take(em, tenant, size, maximum);
                tx.commit();
                return taken;
            } catch (RuntimeException e) {
                JpaTransactions.rollback(tx, e);
                throw e;
            }
        } catch (PersistenceException e) {
            throw Failures.translate(e, null);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw Failures.translateMisuse(e, null);
        } finally {
            em.close();
        }
    }
}
