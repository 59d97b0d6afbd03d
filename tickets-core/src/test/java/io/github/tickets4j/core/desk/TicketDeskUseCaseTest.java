package io.github.tickets4j.core.desk;

import io.github.tickets4j.core.ticket.TenantId;
import static io.github.tickets4j.core.desk.TestDesk.ADA;
import static io.github.tickets4j.core.desk.TestDesk.C7;
import static io.github.tickets4j.core.desk.TestDesk.OLA;
import static io.github.tickets4j.core.desk.TestDesk.P100;
import static io.github.tickets4j.core.desk.TestDesk.P200;
import static io.github.tickets4j.core.desk.TestDesk.SAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.ticket.FollowUp;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.Audience;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The desk's use cases around a ticket's life with the default workflow and role matrix: creation, follow-ups,
 * status changes, closing, reopening and deletion; what each changes, and that it writes one history entry and one
 * event. The commands that change other fields: {@link TicketFieldsUseCaseTest}.
 */
class TicketDeskUseCaseTest {
    private final TestDesk t = TestDesk.standard();

    @Test
    void creatingFromAProjectLinksTheProjectsCustomerAndStartsOpen() {
        Ticket ticket = t.open("Solar panel not generating power");

        assertEquals("RE00000001", ticket.number().value());
        assertEquals("OPEN", ticket.status().name());
        assertEquals(Optional.of(P100), ticket.project());
        assertEquals(Optional.of(C7), ticket.customer());
        assertEquals(TestDesk.START, ticket.createdAt());
        assertEquals(SAM.id(), ticket.createdBy());
        assertEquals(0, ticket.version());
        assertTrue(ticket.closedAt().isEmpty());
        assertEquals(ticket, t.stored(ticket));
    }

    @Test
    void creationWritesOneCreatedEntryAndPublishesOneCreatedEvent() {
        Ticket ticket = t.open("Inverter shows error 42");

        List<TimelineEntry> history = t.history(ticket);
        TimelineEntry entry = history.get(0);
        assertEquals(1, history.size());
        assertEquals(0, entry.sequence(), "the creation's entry is numbered with version 0");
        assertEquals(TimelineAction.CREATED, entry.action());
        assertEquals(SAM.id(), entry.actor());
        assertEquals(Optional.of("OPEN"), entry.to());
        assertEquals(Audience.PUBLIC, entry.audience());
        TicketEvent.Created created = assertInstanceOf(TicketEvent.Created.class, t.events.last());
        assertEquals(1, t.events.count());
        assertEquals(entry, created.timelineEntry());
        assertEquals(Audience.PUBLIC, created.audience());
        assertEquals(Optional.of(C7), created.customer());
    }

    @Test
    void numbersAreIssuedInCreationOrderStartingAtRe00000001() {
        assertEquals("RE00000001", t.open("First").number().value());
        assertEquals("RE00000002", t.open("Second").number().value());
        assertEquals("RE00000003", t.desk.create(OLA, t.valid("Third").project(P200).build()).number().value());
    }

    @Test
    void followUpRecordsNoteDateVisibilityAndAuthor() {
        Ticket ticket = t.open("Customer needs installation date update");
        LocalDate callback = t.today().plusDays(2);

        TicketEvent.FollowUpAdded added = t.step(SAM, ticket,
                new AddFollowUp("Called the customer", callback).visibleToCustomer(),
                TimelineAction.FOLLOW_UP_ADDED, TicketEvent.FollowUpAdded.class);

        FollowUp followUp = t.followUps(ticket).get(0);
        assertEquals(added.followUp(), followUp, "the follow-up read back from its entry is the one the event holds");
        assertEquals("Called the customer", followUp.note());
        assertEquals(Optional.of(callback), followUp.followUpDate());
        assertEquals(Audience.PUBLIC, followUp.audience());
        assertEquals(SAM.id(), followUp.author());
        assertEquals(t.now(), followUp.createdAt());
    }

    @Test
    void followUpWithADateMovesTheTicketsFollowUpDateAndOneWithoutKeepsIt() {
        Ticket ticket = t.open("Panel output low");
        LocalDate first = t.today().plusDays(5);
        LocalDate sooner = t.today().plusDays(1);

        t.run(SAM, ticket, new AddFollowUp("Monitoring", first));
        assertEquals(Optional.of(first), t.stored(ticket).followUpDate());
        t.run(SAM, ticket, new AddFollowUp("Customer called back", sooner));
        assertEquals(Optional.of(sooner), t.stored(ticket).followUpDate());
        t.run(SAM, ticket, new AddFollowUp("Sent the manual"));
        assertEquals(Optional.of(sooner), t.stored(ticket).followUpDate());
    }

    @Test
    void followUpWithoutVisibilityIsInternal() {
        Ticket ticket = t.open("Meter reading");
        Ticket after = t.run(OLA, ticket, new AddFollowUp("Checked the logs"));
        assertEquals(Audience.INTERNAL, t.followUps(after).get(0).audience());
        assertEquals(Audience.INTERNAL, t.events.last().audience());
    }

    @Test
    void followUpsAndHistoryAreListedNewestFirst() {
        Ticket ticket = t.open("Flickering display");
        t.tick();
        t.run(SAM, ticket, new AddFollowUp("First call"));
        t.tick();
        Ticket after = t.run(OLA, ticket, new AddFollowUp("Second call"));

        assertEquals(List.of("Second call", "First call"), t.followUps(after).stream().map(FollowUp::note).toList());
        List<Instant> times = t.history(after).stream().map(TimelineEntry::at).toList();
        assertEquals(List.of(TestDesk.START.plusSeconds(120), TestDesk.START.plusSeconds(60), TestDesk.START), times);
        assertEquals(List.of(TimelineAction.FOLLOW_UP_ADDED, TimelineAction.FOLLOW_UP_ADDED, TimelineAction.CREATED),
                t.history(after).stream().map(TimelineEntry::action).toList());
    }

    @Test
    void changingStatusRecordsFromToAndReason() {
        Ticket ticket = t.open("Installation problem");

        TicketEvent.StatusChanged changed = t.step(SAM, ticket,
                new ChangeStatus("in_progress", "Technician on the way"),
                TimelineAction.STATUS_CHANGED, TicketEvent.StatusChanged.class);

        assertEquals("IN_PROGRESS", t.stored(ticket).status().name());
        TimelineEntry entry = t.newest(ticket);
        assertEquals(Optional.of("OPEN"), entry.from());
        assertEquals(Optional.of("IN_PROGRESS"), entry.to());
        assertEquals(Optional.of("Technician on the way"), entry.detail());
        assertEquals("START", changed.transition());
    }

    @Test
    void closingStampsClosedAtAndByAndClearsTheFollowUpDate() {
        Ticket ticket = t.open("Warranty question");
        t.run(SAM, ticket, new AddFollowUp("Waiting for papers", t.today().plusDays(3)));

        TicketEvent.Closed closed = t.step(OLA, ticket, new Close("Papers received"),
                TimelineAction.CLOSED, TicketEvent.Closed.class);

        Ticket after = t.stored(ticket);
        assertEquals("CLOSED", after.status().name());
        assertEquals(Optional.of(t.now()), after.closedAt());
        assertEquals(Optional.of(OLA.id()), after.closedBy());
        assertEquals(Optional.empty(), after.followUpDate());
        assertEquals("OPEN", closed.from());
        assertEquals(Optional.of("Papers received"), closed.note());
    }

    @Test
    void closingFromInProgressAlsoStampsClosedAtAndBy() {
        Ticket ticket = t.open("Roof leak");
        t.run(SAM, ticket, new ChangeStatus("IN_PROGRESS"));
        Ticket closed = t.run(SAM, ticket, new Close());
        assertEquals(Optional.of(SAM.id()), closed.closedBy());
        assertEquals("IN_PROGRESS", t.newest(closed).from().orElseThrow());
    }

    @Test
    void adminReopensAClosedTicketAndClosedAtAndByAreCleared() {
        Ticket ticket = t.open("Documentation request");
        t.run(SAM, ticket, new Close());

        TicketEvent.Reopened reopened = t.step(ADA, ticket, new Reopen("Customer called again"),
                TimelineAction.REOPENED, TicketEvent.Reopened.class);

        Ticket after = t.stored(ticket);
        assertEquals("OPEN", after.status().name());
        assertTrue(after.closedAt().isEmpty());
        assertTrue(after.closedBy().isEmpty());
        assertEquals("CLOSED", reopened.from());
        assertEquals(Optional.of("Customer called again"), reopened.reason());
    }

    @Test
    void adminAddsAFollowUpToAClosedTicket() {
        Ticket ticket = t.open("Compliance issue");
        t.run(SAM, ticket, new Close());
        t.step(ADA, ticket, new AddFollowUp("Filed the compliance report"), TimelineAction.FOLLOW_UP_ADDED,
                TicketEvent.FollowUpAdded.class);
        assertEquals("CLOSED", t.stored(ticket).status().name());
    }

    @Test
    void adminDeletesATicketWithItsHistoryAndPublishesDeleted() {
        Ticket ticket = t.open("Duplicate request");
        t.run(SAM, ticket, new AddFollowUp("Same as RE00000007"));
        t.tick();
        int published = t.events.count();

        t.desk.delete(ADA, ticket.number());

        assertTrue(t.store.findByNumber(TenantId.DEFAULT, ticket.number()).isEmpty());
        assertTrue(t.store.findById(TenantId.DEFAULT, ticket.id()).isEmpty());
        assertEquals(List.of(), t.store.history(TenantId.DEFAULT, ticket.id(), HistoryQuery.newest(10)), "the history went with it");
        assertTrue(t.desk.find(ADA, ticket.number()).isEmpty());
        assertTrue(t.tickets().isEmpty());
        assertEquals(published + 1, t.events.count());
        TicketEvent.Deleted deleted = assertInstanceOf(TicketEvent.Deleted.class, t.events.last());
        assertEquals(ticket.number(), deleted.occurrence().number());
        assertEquals(ADA.id(), deleted.occurrence().actor());
        assertEquals(t.now(), deleted.occurrence().at());
        assertEquals("Duplicate request", deleted.title());
    }

    @Test
    void aDeletedTicketsNumberIsNeverIssuedAgain() {
        t.open("One");
        Ticket two = t.open("Two");
        t.desk.delete(ADA, two.number());

        assertEquals("RE00000003", t.open("Three").number().value());
        t.assertRefused(TicketNotFoundException.class,
                () -> t.desk.execute(SAM, two.number(), new AddFollowUp("Anyone there?")));
    }
}
