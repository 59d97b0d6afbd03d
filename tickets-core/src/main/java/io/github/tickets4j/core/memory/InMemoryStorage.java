package io.github.tickets4j.core.memory;

import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
import java.util.function.Supplier;

/**
 * Tickets in memory: a store, guest passes, a number sequence and transactions that undo a failed use case's writes (to
 * tickets and passes alike). For tests, demos and hosts that keep nothing. Use cases that write run one at a time (one
 * write lock); reads of tickets (searches, dashboards, reports, history) see the last committed state as one consistent
 * snapshot and never wait for writers, nor make them wait. Numbers drawn for a failed creation stay drawn (a gap), as
 * with a database sequence. Thread-safe.
 */
public final class InMemoryStorage implements TicketStorage {
    private final InMemoryTicketStore store = new InMemoryTicketStore();
    private final InMemoryGuestPasses guestPasses = new InMemoryGuestPasses(store);
    private final InMemoryNumberSequence numbers;
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return store.inTransaction(() -> guestPasses.undoneOnFailure(work));
        }

        @Override
        public <T> T readOnly(Supplier<T> work) {
            return store.readOnly(work);
        }
    };

    /** Creates empty storage whose first number is 1. */
    public InMemoryStorage() {
        this(0);
    }

    /**
     * Creates empty storage continuing a number series.
     *
     * @param lastIssued the last number issued before, at least 0
     * @throws IllegalArgumentException if {@code lastIssued} is negative
     */
    public InMemoryStorage(long lastIssued) {
        this.numbers = new InMemoryNumberSequence(lastIssued);
    }

    @Override
    public TicketStore tickets() {
        return store;
    }

    @Override
    public GuestPasses guestPasses() {
        return guestPasses;
    }

    @Override
    public NumberSequence numbers() {
        return numbers;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
