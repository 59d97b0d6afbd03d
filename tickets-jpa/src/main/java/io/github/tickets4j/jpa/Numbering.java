package io.github.tickets4j.jpa;

import io.github.tickets4j.core.ConfigurationException;

/**
 * How {@link JpaStorage} issues ticket numbers: one series per tenant, starting at 1, kept in the tenant's counter
 * row ({@code t4j_number_counter}, created with the tenant's first number). Every strategy issues each value of a
 * tenant at most once, also across every node sharing the database; they differ in gaps, in order across nodes and
 * in waiting. All three share the counter row, so a database may switch between them. The tickets-jpa README
 * compares them.
 * <ul>
 * <li>{@link #SEQUENCE}: one number at a time, each taken in a short transaction of its own, like a database
 * sequence's. Never waits for another creation's commit; a failed creation leaves a gap.</li>
 * <li>{@link #GAPLESS}: advanced inside the creating transaction. 1, 2, 3… without gaps; a tenant's creations queue
 * one commit at a time.</li>
 * <li>{@link #blocks(int)}: a block of numbers at a time, taken in a short transaction of its own; a node hands the
 * block's numbers out from memory. Never waits for another creation; gaps.</li>
 * </ul>
 */
public sealed interface Numbering permits Numbering.Sequence, Numbering.Gapless, Numbering.Blocks {
    /**
     * What a database sequence gives, per tenant: each number is taken from the tenant's counter row in a short
     * transaction of its own (its own entity manager, resource-local), a block of one. Creations never wait for
     * each other's commits, only for the moment another node takes its number; a creation that fails or rolls back
     * leaves its number unused (a gap). Numbers increase in issue order across all nodes. Needs a resource-local
     * persistence unit and a second connection while the creating transaction holds one, as {@link #blocks(int)}
     * does, and costs a commit per number.
     */
    Numbering SEQUENCE = new Sequence();

    /**
     * The tenant's counter row increased inside the creating transaction: a rollback gives the number back, so a
     * tenant's numbers run 1, 2, 3… without gaps, but the row stays locked until that transaction ends, so one
     * tenant's creations queue one commit at a time across all nodes (other tenants' do not wait). Runs entirely in
     * the desk call's transaction, JTA included, and needs no second connection. The default: pick another when
     * one tenant creates so many tickets per second that its creations queue.
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

    /** The one-number-at-a-time strategy; use {@link #SEQUENCE}. */
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
         * @param size how many numbers a node takes at a time, 1 to {@value #MAX_SIZE}
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
