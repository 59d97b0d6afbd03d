package io.github.tickets4j.jpa;

import io.github.tickets4j.core.NumbersExhaustedException;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.ticket.TenantId;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The numbers of {@link Numbering#SEQUENCE} (blocks of one) and {@link Numbering#blocks(int)}: per tenant, a block
 * of values taken from the tenant's counter row in a short transaction of its own ({@link OwnTransactions}), handed
 * out from memory in increasing order. The creating transaction never touches the counter row, so creations never
 * wait for each other's commits; a node's threads of one tenant wait for each other only while a block is taken.
 * Values of a block not handed out when the node stops are never issued (gaps); the counter only moves forward, so
 * no node ever issues a value twice. Thread-safe.
 */
final class NumberBlocks {
    private final OwnTransactions own;
    private final CounterRows counters;
    private final int size;
    private final Map<TenantId, Block> blocks = new ConcurrentHashMap<>();

    /**
     * @param own the transactions blocks are taken in, never null
     * @param counters the counter rows, never null
     * @param size how many values a block holds, at least 1
     */
    NumberBlocks(OwnTransactions own, CounterRows counters, int size) {
        this.own = Objects.requireNonNull(own, "own");
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
     * @throws TicketsException if the database fails, or the unit hands out no resource-local transaction
     */
    long next(TenantId tenant, long maximum) {
        Block block = blocks.computeIfAbsent(tenant, t -> new Block());
        synchronized (block) {
            if (block.next > block.last) {
                CounterRows.Range taken = own.run(em -> counters.take(em, tenant.value(), size, maximum));
                block.next = taken.first();
                block.last = taken.last();
            }
            if (block.next > maximum) {
                throw new NumbersExhaustedException(maximum);
            }
            return block.next++;
        }
    }
}
