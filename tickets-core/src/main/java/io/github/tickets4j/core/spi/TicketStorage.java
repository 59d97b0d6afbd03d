package io.github.tickets4j.core.spi;

import java.util.List;

/**
 * What an adapter hands a desk: its ticket store, its guest passes, its number sequence and the transactions they
 * all run in, made together so they cannot be mismatched. Everything one use case does through {@link #tickets()},
 * {@link #guestPasses()} and {@link #numbers()} inside {@link #transactions()} commits or is undone as one: a failed
 * creation leaves no ticket, and a number drawn for it is either not consumed (gapless numbering) or a gap
 * (sequences), never a second ticket's. The testkit's store, sequence and transaction contracts prove an
 * implementation.
 */
public interface TicketStorage {
    /** @return the store, never null; the same instance on every call */
    TicketStore tickets();

    /** @return the guest passes, stored beside the tickets inside {@link #transactions()}; never null */
    GuestPasses guestPasses();

    /** @return the number sequence, drawing inside {@link #transactions()}; never null */
    NumberSequence numbers();

    /** @return the unit of work that store and numbers run in; never null */
    Transactions transactions();

    /**
     * Lists what keeps this storage from working as configured (a persistence unit without the adapter's entity
     * classes, say), each with what to do about it. The desk's builder reports them with its own problems.
     *
     * @return the problems, empty when there are none; never null
     */
    default List<String> problems() {
        return List.of();
    }
}
