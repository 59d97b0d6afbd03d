package io.github.tickets4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.NumbersExhaustedException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.memory.InMemoryTicketStore;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.testkit.fixtures.Actors;
import io.github.tickets4j.testkit.fixtures.DeskFixture;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link NumberSequence} must keep; rules N01 to N06 of {@link ContractRule}. Extend it and
 * override {@link #newSequence(long)}; a sequence kept in a database also overrides {@link #transactions()}, and
 * each call to {@code newSequence} must start from the state it is given (reset the row or sequence there).
 */
public abstract class NumberSequenceContract {
    private static final long WIDE = 99_999_999L;

    /** For subclasses. */
    protected NumberSequenceContract() {
    }

    /**
     * Creates the sequence under test, continuing after a value already issued.
     *
     * @param lastIssued the last value issued before, at least 0 (0: the first value will be the first ever)
     * @return the sequence, never null
     */
    protected abstract NumberSequence newSequence(long lastIssued);

    /**
     * The transactions the sequence's calls run in.
     *
     * @return the runner; {@link Transactions#none()} unless overridden
     */
    protected Transactions transactions() {
        return Transactions.none();
    }

    @Test
    void sequence_N01_continuesAboveTheLastIssuedValueWithinTheMaximum() {
        long first = next(newSequence(0), WIDE);
        assertTrue(first >= 1 && first <= WIDE, "first value " + first);
        long continued = next(newSequence(41), WIDE);
        assertTrue(continued > 41 && continued <= WIDE, "value after 41 was " + continued);
    }

    @Test
    void sequence_N02_everyValueIsAboveAllBefore() {
        NumberSequence sequence = newSequence(0);
        long previous = 0;
        for (int i = 0; i < 200; i++) {
            long value = next(sequence, WIDE);
            assertTrue(value > previous, "value " + value + " issued after " + previous);
            previous = value;
        }
    }

    @Test
    void sequence_N03_parallelCallersNeverShareAValue() throws Exception {
        NumberSequence sequence = newSequence(0);
        int threads = 8;
        int calls = 100;
        List<List<Long>> issued = Concurrently.inParallel(threads, calls, () -> next(sequence, WIDE));
        Set<Long> distinct = new HashSet<>();
        for (List<Long> mine : issued) {
            for (int i = 1; i < mine.size(); i++) {
                assertTrue(mine.get(i) > mine.get(i - 1), "one caller's values must increase: " + mine);
            }
            distinct.addAll(mine);
        }
        assertEquals(threads * calls, distinct.size(), "values issued twice under parallel calls");
    }

    @Test
    void sequence_N04_exhaustionFailsClearly() {
        NumberSequence sequence = newSequence(97);
        long last = next(sequence, 99);
        if (last < 99) {
            assertEquals(99, next(sequence, 99), "a sequence without gaps ends at the maximum");
        }
        NumbersExhaustedException e = assertThrows(NumbersExhaustedException.class, () -> next(sequence, 99));
        assertTrue(e.getMessage().contains("99"), "the message names the maximum: " + e.getMessage());
        assertThrows(NumbersExhaustedException.class, () -> next(newSequence(99), 99));
    }

    @Test
    void sequence_N05_afterExhaustionOnlyNewValuesAreIssued() {
        NumberSequence sequence = newSequence(98);
        long last = next(sequence, 99);
        assertThrows(NumbersExhaustedException.class, () -> next(sequence, last));
        long after = next(sequence, 999);
        assertTrue(after > last && after <= 999, "value after exhaustion was " + after + ", last was " + last);
    }

    @Test
    void sequence_N06_deletedTicketsNumberIsNeverGivenAgain() {
        NumberSequence sequence = newSequence(0);
        InMemoryTicketStore store = new InMemoryTicketStore();
        TicketDesk desk = DeskFixture.builder().store(store, store.transactions())
                .numbers(max -> next(sequence, max)).build().desk();
        Ticket first = desk.create(Actors.admin(), CreateTicket.titled("First").build());
        Ticket second = desk.create(Actors.admin(), CreateTicket.titled("Second").build());
        desk.delete(Actors.admin(), second.number());
        Ticket third = desk.create(Actors.admin(), CreateTicket.titled("Third").build());
        assertNotEquals(second.number(), third.number());
        assertTrue(third.number().compareTo(second.number()) > 0 && second.number().compareTo(first.number()) > 0,
                "numbers in issue order: " + List.of(first.number(), second.number(), third.number()));
    }

    private long next(NumberSequence sequence, long maximum) {
        return transactions().inTransaction(() -> sequence.next(maximum));
    }
}
