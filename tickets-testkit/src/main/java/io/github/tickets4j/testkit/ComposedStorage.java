package io.github.tickets4j.testkit;

import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
import java.util.List;
import java.util.Objects;

/**
 * A storage put together from parts: how the contracts put a faulty store in front of the one under test while
 * keeping its numbers and transactions.
 *
 * @param tickets the store, never null
 * @param guestPasses the guest passes, never null
 * @param numbers the number sequence, never null
 * @param transactions the unit of work both run in, never null
 * @param problems the storage's own problems, never null
 */
record ComposedStorage(TicketStore tickets, GuestPasses guestPasses, NumberSequence numbers,
        Transactions transactions, List<String> problems) implements TicketStorage {
    /** Checks the parts are present. */
    ComposedStorage {
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(guestPasses, "guestPasses");
        Objects.requireNonNull(numbers, "numbers");
        Objects.requireNonNull(transactions, "transactions");
        problems = List.copyOf(problems);
    }

    /** The same storage with another store in front: guest passes, numbers, transactions and problems stay. */
    static ComposedStorage withStore(TicketStorage storage, TicketStore store) {
        return new ComposedStorage(store, storage.guestPasses(), storage.numbers(), storage.transactions(),
                storage.problems());
    }
}
