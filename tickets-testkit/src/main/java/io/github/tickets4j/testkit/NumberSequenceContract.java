package io.github.tickets4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.NumbersExhaustedException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.testkit.fixtures.Actors;
import io.github.tickets4j.testkit.fixtures.DeskFixture;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link TicketStorage}'s {@link NumberSequence} must keep; rules N01 to N09 of
 * {@link ContractRule}: values above those issued, increasing, unique under parallel calls, within the maximum and
 * never reissued (N01 to N06), and one series per tenant, each from 1, that neither advances nor exhausts another
 * (N07 to N09). Extend it and override {@link #newStorage(long)}: each call must give storage holding no tickets
 * whose default tenant's numbers continue after the value it is given, and where no other tenant has drawn any
 * (reset the rows or sequences there). Every draw runs in the storage's own transactions.
 */
public abstract class NumberSequenceContract {
    private static final long WIDE = 99_999_999L;
    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId GLOBEX = TenantId.of("globex");

    private final List<TicketStorage> used = new ArrayList<>();

    /** For subclasses. */
    protected NumberSequenceContract() {
    }

    /**
     * Creates the storage under test, the default tenant's numbers continuing after a value already issued, no other
     * tenant's series started. A test may call it more than once; it stops using the previous storage before the
     * next call.
     *
     * @param lastIssued the last value issued before in the default tenant, at least 0 (0: the first value will be
     *     the first ever)
     * @return storage holding no tickets, never null
     */
    protected abstract TicketStorage newStorage(long lastIssued);

    /**
     * Releases a storage after its test (close connections, drop data). Does nothing unless overridden.
     *
     * @param storage a storage the test used, never null
     */
    protected void releaseStorage(TicketStorage storage) {
    }

    @AfterEach
    final void dropStorages() {
        used.forEach(this::releaseStorage);
        used.clear();
    }

    private TicketStorage storage(long lastIssued) {
        TicketStorage storage = Objects.requireNonNull(newStorage(lastIssued), "newStorage returned null");
        used.add(storage);
        return storage;
    }

    @Test
    void sequence_N01_continuesAboveTheLastIssuedValueWithinTheMaximum() {
        long first = next(storage(0), WIDE);
        assertTrue(first >= 1 && first <= WIDE, "first value " + first);
        long continued = next(storage(41), WIDE);
        assertTrue(continued > 41 && continued <= WIDE, "value after 41 was " + continued);
    }

    @Test
    void sequence_N02_everyValueIsAboveAllBefore() {
        TicketStorage storage = storage(0);
        long previous = 0;
        for (int i = 0; i < 200; i++) {
            long value = next(storage, WIDE);
            assertTrue(value > previous, "value " + value + " issued after " + previous);
            previous = value;
        }
    }

    @Test
    void sequence_N03_parallelCallersNeverShareAValue() throws Exception {
        TicketStorage storage = storage(0);
        int threads = 8;
        int calls = 100;
        List<List<Long>> issued = Concurrently.inParallel(threads, calls, () -> next(storage, WIDE));
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
        TicketStorage storage = storage(97);
        long last = next(storage, 99);
        if (last < 99) {
            assertEquals(99, next(storage, 99), "a sequence without gaps ends at the maximum");
        }
        NumbersExhaustedException e = assertThrows(NumbersExhaustedException.class, () -> next(storage, 99));
        assertTrue(e.getMessage().contains("99"), "the message names the maximum: " + e.getMessage());
        TicketStorage full = storage(99);
        assertThrows(NumbersExhaustedException.class, () -> next(full, 99));
    }

    @Test
    void sequence_N05_afterExhaustionOnlyNewValuesAreIssued() {
        TicketStorage storage = storage(98);
        long last = next(storage, 99);
        assertThrows(NumbersExhaustedException.class, () -> next(storage, last));
        long after = next(storage, 999);
        assertTrue(after > last && after <= 999, "value after exhaustion was " + after + ", last was " + last);
    }

    @Test
    void sequence_N06_deletedTicketsNumberIsNeverGivenAgain() {
        TicketDesk desk = DeskFixture.builder().storage(storage(0)).zone(ZoneOffset.UTC).build().desk();
        Ticket first = desk.create(Actors.admin(), CreateTicket.titled("First").build());
        Ticket second = desk.create(Actors.admin(), CreateTicket.titled("Second").build());
        desk.delete(Actors.admin(), second.number());
        Ticket third = desk.create(Actors.admin(), CreateTicket.titled("Third").build());
        assertNotEquals(second.number(), third.number());
        assertTrue(third.number().compareTo(second.number()) > 0 && second.number().compareTo(first.number()) > 0,
                "numbers in issue order: " + List.of(first.number(), second.number(), third.number()));
    }

    @Test
    void sequence_N07_eachTenantsSeriesStartsAtOneWhateverOthersDraw() {
        TicketStorage storage = storage(0);
        List<Long> acme = new ArrayList<>();
        List<Long> globex = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            acme.add(next(storage, ACME, WIDE));
        }
        for (int i = 0; i < 10; i++) {
            globex.add(next(storage, GLOBEX, WIDE));
            acme.add(next(storage, ACME, WIDE));
        }
        assertEquals(LongStream.rangeClosed(1, 15).boxed().toList(), acme, "Acme's series while Globex draws");
        assertEquals(LongStream.rangeClosed(1, 10).boxed().toList(), globex, "Globex's series after Acme drew");
        assertEquals(1, next(storage, TenantId.DEFAULT, WIDE), "the default tenant's series, untouched so far");
    }

    @Test
    void sequence_N08_parallelCallersInSeveralTenantsNeverShareAValueInATenant() throws Exception {
        TicketStorage storage = storage(0);
        int threads = 8;
        int calls = 100;
        List<TenantId> tenants = List.of(ACME, GLOBEX);
        List<List<List<Long>>> issued = Concurrently.inParallel(threads, calls,
                () -> tenants.stream().map(t -> next(storage, t, WIDE)).toList());
        for (int t = 0; t < tenants.size(); t++) {
            Set<Long> distinct = new HashSet<>();
            for (List<List<Long>> mine : issued) {
                int tenant = t;
                List<Long> values = mine.stream().map(pair -> pair.get(tenant)).toList();
                for (int i = 1; i < values.size(); i++) {
                    assertTrue(values.get(i) > values.get(i - 1), "one caller's values in " + tenants.get(t)
                            + " must increase: " + values);
                }
                distinct.addAll(values);
            }
            assertEquals(threads * calls, distinct.size(), "values issued twice in " + tenants.get(t)
                    + " under parallel calls");
        }
    }

    @Test
    void sequence_N09_exhaustingOneTenantLeavesAnotherUsable() {
        TicketStorage storage = storage(0);
        long last = 0;
        for (int i = 0; i < 3; i++) {
            last = next(storage, ACME, 3);
        }
        assertEquals(3, last, "Acme's series ends at the maximum");
        assertThrows(NumbersExhaustedException.class, () -> next(storage, ACME, 3));
        assertEquals(List.of(1L, 2L, 3L), List.of(next(storage, GLOBEX, 3), next(storage, GLOBEX, 3),
                next(storage, GLOBEX, 3)), "Globex's series after Acme's ran out");
        assertThrows(NumbersExhaustedException.class, () -> next(storage, GLOBEX, 3));
        assertEquals(1, next(storage, TenantId.DEFAULT, 3), "the default tenant's series");
        long after = next(storage, ACME, 9);
        assertTrue(after > 3 && after <= 9, "Acme's series under a larger maximum went on with " + after);
    }

    /** Draws one value of the default tenant in the storage's own unit of work, as the desk does. */
    private static long next(TicketStorage storage, long maximum) {
        return next(storage, TenantId.DEFAULT, maximum);
    }

    /** Draws one value of a tenant in the storage's own unit of work, as the desk does. */
    private static long next(TicketStorage storage, TenantId tenant, long maximum) {
        return storage.transactions().inTransaction(() -> storage.numbers().next(tenant, maximum));
    }
}
