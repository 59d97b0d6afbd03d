package io.github.tickets4j.core.spi;

import java.util.function.Supplier;

/**
 * Runs a use case as one unit of work: everything it wrote stays, or nothing does. The core never begins or
 * commits a transaction itself; adapters implement this port for their storage (see {@link TicketStorage}).
 */
public interface Transactions {

    /**
     * Runs work in a transaction, joining one already open on this thread. When the work throws, everything it
     * wrote is undone and the exception travels on unchanged.
     *
     * @param work the use case, never null
     * @param <T> its result type
     * @return the work's result
     */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs work that only reads, joining a unit of work already open on this thread. A storage that can should let
     * it see one consistent state throughout (a snapshot) without making writers wait; the default runs it as an
     * ordinary transaction.
     *
     * @param work the reads, never null
     * @param <T> its result type
     * @return the work's result
     */
    default <T> T readOnly(Supplier<T> work) {
        return inTransaction(work);
    }
}
