package io.github.tickets4j.core.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.query.HistoryPage;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.DirectChanges;
import io.github.tickets4j.core.ticket.FollowUp;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TimelineEntry;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A command costs the same on a ticket with a long history as on a new one, shown structurally: the ticket's state
 * holds no history, the desk never reads the history to decide, the store receives one entry to append, and the
 * in-memory store appends it without copying or walking what is there.
 */
class HistoryCostTest {
    private static final int ENTRIES = 10_000;
    private static final Actor OLA = Actor.of("ola", Role.OPERATIONS);

    @Test
    void theTicketsStateHoldsNoHistory() {
        for (Field field : Ticket.class.getDeclaredFields()) {
            Class<?> type = field.getType();
            assertFalse(TimelineEntry.class.isAssignableFrom(type) || FollowUp.class.isAssignableFrom(type),
                    field.getName());
            if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || type.isArray()) {
                ParameterizedType generic = (ParameterizedType) field.getGenericType();
                assertEquals(List.of(String.class), List.of(generic.getActualTypeArguments()),
                        "only the tags are a collection: " + field.getName());
            }
        }
    }

    @Test
    void aCommandOnATicketWith10000EntriesReadsNoHistoryAndAppendsOneEntryWithoutCopying() {
        CountingStorage storage = new CountingStorage(new InMemoryStorage());
        TicketDesk desk = TicketDesk.builder().storage(storage).directory(new InMemoryDirectory())
                .clock(java.time.Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC))
                .zone(ZoneOffset.UTC).build();
        Ticket ticket = desk.create(OLA, CreateTicket.titled("Chatty").build());
        Ticket longLived = grow(storage.tickets(), ticket, ENTRIES - 1);
        TimelineEntry newestBefore = storage.tickets().history(TenantId.DEFAULT, ticket.id(), HistoryQuery.newest(1)).get(0);
        storage.historyReads.set(0);
        storage.updates.clear();

        Ticket after = desk.execute(OLA, ticket.number(), new AddFollowUp("Still here"));

        assertEquals(0, storage.historyReads.get(), "deciding the command read no history");
        assertEquals(1, storage.updates.size(), "one write");
        Change written = storage.updates.get(0);
        assertEquals(1, written.entries().size(), "the write carries the one new entry, not the history");
        assertEquals(longLived.version(), written.expectedVersion());
        assertEquals(ENTRIES, after.version());
        List<TimelineEntry> top = storage.tickets().history(TenantId.DEFAULT, ticket.id(), HistoryQuery.newest(2));
        assertEquals(written.entries().get(0), top.get(0));
        assertSame(newestBefore, top.get(1), "the old entries were neither copied nor rebuilt");
    }

    @Test
    void aPageDeepInsideALongHistoryHoldsExactlyTheEntriesBelowTheCursor() {
        InMemoryStorage storage = new InMemoryStorage();
        TicketDesk desk = TicketDesk.builder().storage(storage).directory(new InMemoryDirectory())
                .zone(ZoneOffset.UTC).build();
        Ticket ticket = desk.create(OLA, CreateTicket.titled("Deep").build());
        grow(storage.tickets(), ticket, ENTRIES - 1);
        for (long before : new long[] {1, 2, 3, 17, 4096, 5000, 9998, 9999, ENTRIES, ENTRIES + 5}) {
            HistoryPage page = desk.history(OLA, ticket.number(), HistoryQuery.newest(3).before(before));
            long newest = Math.min(before, ENTRIES) - 1;
            assertEquals(LongStream.iterate(newest, s -> s >= Math.max(0, newest - 2), s -> s - 1).boxed().toList(),
                    page.entries().stream().map(TimelineEntry::sequence).toList(), "before " + before);
        }
        assertEquals(List.of(), desk.history(OLA, ticket.number(), HistoryQuery.newest(3).before(0)).entries());
    }

    /** Adds entries through the store the quick way: changes made by hand, written by the store. */
    private static Ticket grow(TicketStore store, Ticket ticket, int entries) {
        Ticket current = ticket;
        for (int i = 0; i < entries; i++) {
            Change change = DirectChanges.hiddenToggled(current, OLA.id(), current.lastActivityAt());
            store.update(change);
            current = change.ticket();
        }
        return current;
    }
}
