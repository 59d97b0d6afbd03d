package io.github.tickets4j.core.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.DirectChanges;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The in-memory store's history reads, which seek the cursor by jumps rather than walking from the newest entry,
 * return exactly what {@link HistoryQuery#test} accepts, newest first, for any history length, cursor, filter and
 * limit.
 */
class InMemoryHistoryPropertiesTest {
    private static final UserId OLA = UserId.of("ola");
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @Property(tries = 300)
    void aSliceIsExactlyTheAcceptedEntriesBelowTheCursorNewestFirst(@ForAll @IntRange(min = 1, max = 700) int length,
            @ForAll @LongRange(min = 0, max = 710) long before, @ForAll boolean cursor,
            @ForAll @IntRange(min = 1, max = 60) int limit, @ForAll boolean publicOnly, @ForAll boolean notesOnly) {
        TicketStore store = new InMemoryStorage().tickets();
        Written history = fill(store, length);
        List<TimelineEntry> written = history.entries();
        HistoryQuery query = HistoryQuery.newest(limit);
        query = cursor ? query.before(before) : query;
        query = publicOnly ? query.publicOnly() : query;
        query = notesOnly ? query.only(TimelineAction.FOLLOW_UP_ADDED) : query;

        List<TimelineEntry> expected = new ArrayList<>();
        for (int i = written.size() - 1; i >= 0 && expected.size() < limit; i--) {
            if (query.test(written.get(i))) {
                expected.add(written.get(i));
            }
        }
        assertEquals(expected, store.history(TenantId.DEFAULT, history.ticket(), query));
    }

    /** A ticket written to a store and its entries, oldest first. */
    private record Written(TicketId ticket, List<TimelineEntry> entries) {
    }

    /** Writes a ticket with the given number of entries: follow-ups, public every third, and hiding or showing. */
    private static Written fill(TicketStore store, int length) {
        Workflow standard = Workflows.standard();
        Change change = DirectChanges.created(new TicketNumber("RE", 1, 8), standard, "Long", Optional.empty(), OLA,
                AT);
        store.insert(change);
        List<TimelineEntry> written = new ArrayList<>(change.entries());
        for (int i = 1; i < length; i++) {
            Ticket current = change.ticket();
            change = i % 2 == 0 ? DirectChanges.hiddenToggled(current, OLA, AT)
                    : DirectChanges.followUp(current, "Note " + i, i % 3 == 0 ? Audience.PUBLIC : Audience.INTERNAL,
                            OLA, AT);
            store.update(change);
            written.addAll(change.entries());
        }
        return new Written(change.ticket().id(), written);
    }
}
