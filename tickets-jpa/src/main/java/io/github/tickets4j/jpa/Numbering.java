package io.github.tickets4j.jpa;

import io.github.tickets4j.core.ConfigurationException;

/**
 * How {@link JpaStorage} issues ticket numbers, one series per tenant. Within a tenant every strategy issues each
 * value at most once, also across every node sharing the database; they differ in gaps, in order across nodes and
 * in waiting. The tickets-jpa README compares them.
 * <ul>
 * <li>{@link #SEQUENCE}: one database sequence for every tenant. Never waits; gaps after rollbacks and, with
 * several tenants, the size of the other tenants' activity (a tenant's numbers do not start at 1).</li>
 * <li>{@link #GAPLESS}: a counter row per tenant, advanced inside the creating transaction. 1, 2, 3… without gaps;
 * a tenant's creations queue one commit at a time.</li>
 * <li>{@link #blocks(int)}: a counter row per tenant, advanced by a block at a time in a short transaction of its
 * own; a node hands the block's numbers out from memory. Never waits for another creation; gaps.</li>
 * </ul>
 */
public sealed interface Numbering permits Numbering.Sequence, Numbering.Gapless, Numbering.Blocks {
    /**
     * The database sequence {@code t4j_ticket_number_seq}, drawn with native SQL and shared by every tenant:
     * creations never wait for each other; a creation that fails or rolls back leaves its number unused (a gap),
     * and so does every number another tenant draws. Numbers increase in issue order across all nodes. The
     * default.
     */
    Numbering SEQUENCE = new Sequence();

    /**
     * A counter row per tenant in {@code t4j_number_counter}, created with the tenant's first ticket and increased
     * inside the creating transaction: a rollback gives the number back, so a tenant's numbers run 1, 2, 3…
     * without gaps, but the row stays locked until that transaction ends, so one tenant's creations queue one
     * commit at a time across all nodes (other tenants' do not wait). Pick it when an unbroken series is a
     * requirement and each tenant's creations per second are modest.
     */
    Numbering GAPLESS = new Gapless();

    /**
     * Numbers handed out from blocks: a node takes {@code size} numbers at a time from the tenant's counter row in
     * a short transaction of its own (its own entity manager, resource-local), then issues them from memory. Per
     * tenant, numbers are unique across nodes and increase in issue order within a node; nodes interleave, and
     * unused numbers are lost when a node stops or a creation rolls back (gaps). Creations never hold the counter
     * row, so they never wait for each other, and thousands of tenants need no database object each. Needs a
     * resource-local persistence unit for the block transactions (see
     * {@link JpaStorage.Builder#allocateBlocksWith(jakarta.persistence.EntityManagerFactory)}), and a connection
     * pool with room for the block transaction's connection next to the creating transaction's.
     *
     * @param size how many numbers a node takes at a time, 1 to 1,000,000
     * @return the strategy, never null
     * @throws ConfigurationException if {@code size} is outside 1 to 1,000,000
     */
    static Numbering blocks(int size) {
        return new Blocks(size);
    }

    /** The database-sequence strategy; use {@link #SEQUENCE}. */
    record Sequence() implements Numbering {
        @Override
        public String toString() {
            return "SEQUENCE";
        }
    }

    /** The gapless counter-row strategy; use {@link #GAPLESS}. */
    record Gapless() implements Numbering {
        @Override
        public String toString() {
            return "GAPLESS";
        }
    }

    /**
     * The block strategy; use {@link #blocks(int)}.
     *
     * @param size how many numbers a node takes at a time, 1 to {@value #MAX_SIZE}
     */
    record Blocks(int size) implements Numbering {
        /** The largest block. */
        public static final int MAX_SIZE = 1_000_000;

        /**
         * Checks the size.
         *
         * @throws ConfigurationException if {@code size} is outside 1 to {@value #MAX_SIZE}
         */
        public Blocks {
            if (size < 1 || size > MAX_SIZE) {
                throw new ConfigurationException("Numbering.blocks(size): size must be between 1 and " + MAX_SIZE
                        + ", was " + size);
            }
        }

        @Override
        public String toString() {
            return "blocks(" + size + ")";
        }
    }
}
