package io.github.tickets4j.core.desk;

import static io.github.tickets4j.core.desk.TestDesk.ADA;
import static io.github.tickets4j.core.desk.TestDesk.OLA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.query.HistoryPage;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.AddTag;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.RemoveTag;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketCommand.SetHiddenFromCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.Unassign;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.Audience;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Paging through any history, with any page size, any action filter and either visibility, yields exactly the
 * entries the commands wrote (as their events report them) that the filter accepts, newest first, each once; and a
 * customer-facing read never returns an internal entry.
 */
class HistoryPagingPropertiesTest {

    @Property(tries = 120)
    void pagingYieldsExactlyTheFilteredHistoryNewestFirstWithoutDuplicates(
            @ForAll("commands") @Size(max = 40) List<TicketCommand> commands,
            @ForAll @IntRange(min = 1, max = 12) int pageSize,
            @ForAll("actionFilters") Set<TimelineAction> actions, @ForAll boolean publicOnly) {
        TestDesk t = TestDesk.standard();
        Ticket ticket = t.open("Paged history");
        commands.forEach(c -> attempt(t, ticket, c));
        HistoryQuery query = HistoryQuery.newest(pageSize).only(actions.toArray(TimelineAction[]::new));
        query = publicOnly ? query.publicOnly() : query;

        List<TimelineEntry> written = new ArrayList<>();
        t.events.events().forEach(e -> written.add(0, e.timelineEntry()));
        List<TimelineEntry> expected = written.stream().filter(query::test).toList();
        List<TimelineEntry> read = readAll(t, ticket, query);

        assertEquals(expected, read);
        assertEquals(read.size(), new HashSet<>(read).size(), "no entry twice");
        assertTrue(!publicOnly || read.stream().allMatch(e -> e.audience() == Audience.PUBLIC));
    }

    @Property(tries = 80)
    void aCustomerFacingReadNeverReturnsAnInternalEntry(
            @ForAll("commands") @Size(max = 30) List<TicketCommand> commands,
            @ForAll @IntRange(min = 1, max = 5) int pageSize) {
        TestDesk t = TestDesk.standard();
        Ticket ticket = t.open("Public history");
        commands.forEach(c -> attempt(t, ticket, c));
        List<TimelineEntry> read = readAll(t, ticket, HistoryQuery.newest(pageSize).publicOnly());
        read.forEach(e -> assertEquals(Audience.PUBLIC, e.audience(), e::toString));
        // The entry's own audience: an event of a hidden ticket is internal, its public entry still public.
        long published = t.events.events().stream()
                .filter(e -> e.timelineEntry().audience() == Audience.PUBLIC).count();
        assertEquals(published, read.size(), "every public entry is there");
    }

    /** Reads every page of a query, checking each page is full except the last, which says it is the last. */
    private static List<TimelineEntry> readAll(TestDesk t, Ticket ticket, HistoryQuery first) {
        List<TimelineEntry> all = new ArrayList<>();
        Optional<HistoryQuery> next = Optional.of(first);
        while (next.isPresent()) {
            HistoryPage page = t.desk.history(ADA, ticket.number(), next.get());
            assertTrue(page.entries().size() <= first.limit());
            if (page.next().isPresent()) {
                assertEquals(first.limit(), page.entries().size(), "only the last page may be short");
            }
            all.addAll(page.entries());
            next = page.next();
        }
        return all;
    }

    /** Runs a command; refusals are part of any history's life and simply write nothing. */
    private static void attempt(TestDesk t, Ticket ticket, TicketCommand command) {
        try {
            t.run(ADA, ticket, command);
        } catch (TicketsException refused) {
            // Nothing was written, which the oracle (the published events) reflects.
        }
    }

    @Provide
    Arbitrary<List<TicketCommand>> commands() {
        Arbitrary<String> tags = Arbitraries.of("solar", "billing", "vip");
        Arbitrary<TicketCommand> one = Arbitraries.oneOf(
                Arbitraries.of("Checked", "Called", "Waiting").map(n -> (TicketCommand) new AddFollowUp(n)),
                Arbitraries.of("Told the customer", "Sent the part").map(
                        n -> (TicketCommand) new AddFollowUp(n).visibleToCustomer()),
                tags.map(AddTag::new), tags.map(RemoveTag::new),
                Arbitraries.of(new ChangeStatus("IN_PROGRESS"), new Close(), new Reopen(), new SetHiddenFromCustomer(true),
                        new SetHiddenFromCustomer(false), new Assign(OLA.id()), new Unassign()));
        return one.list();
    }

    @Provide
    Arbitrary<Set<TimelineAction>> actionFilters() {
        return Arbitraries.subsetOf(TimelineAction.CREATED, TimelineAction.FOLLOW_UP_ADDED, TimelineAction.TAGGED,
                TimelineAction.UNTAGGED, TimelineAction.STATUS_CHANGED, TimelineAction.CLOSED,
                TimelineAction.REOPENED, TimelineAction.HIDDEN, TimelineAction.ASSIGNED).ofMaxSize(3);
    }
}
