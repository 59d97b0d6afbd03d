package io.github.tickets4j.core.spi;

import java.util.function.Supplier;

/**
 * Runs a use case as one unit of work: everything it wrote stays, or nothing does. The core never begins or
 * commits a transaction itself; adapters implement this port for their storage.
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
     * A runner that only calls the work: for stores whose every call is atomic on its own, or hosts that manage
     * transactions around the desk themselves.
     *
     * @return the runner, never null
     */
    static Transactions none() {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
    }
}
