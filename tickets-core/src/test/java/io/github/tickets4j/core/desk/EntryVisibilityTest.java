package io.github.tickets4j.core.desk;

import static io.github.tickets4j.core.desk.TestDesk.ADA;
import static io.github.tickets4j.core.desk.TestDesk.FIELD;
import static io.github.tickets4j.core.desk.TestDesk.OLA;
import static io.github.tickets4j.core.desk.TestDesk.SAM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.AddTag;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeTeam;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketCommand.SetDueDate;
import io.github.tickets4j.core.ticket.TicketCommand.SetHiddenFromCustomer;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.Audience;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every history entry carries a visibility, and its event the same: creation, status changes, closing and reopening
 * are public; a follow-up is as public as its author said (internal unless told); everything else is internal. An
 * event of a ticket hidden from its customer is internal whatever its entry says.
 */
class EntryVisibilityTest {
    private final TestDesk t = TestDesk.standard();

    @Test
    void anInternalFollowUpIsAnInternalEntryAndAPublicOneAPublicEntryAndTheirEventsSaySo() {
        Ticket ticket = t.open("Notes");
        t.run(SAM, ticket, new AddFollowUp("Customer sounds annoyed"));
        TicketEvent internal = t.events.last();
        t.run(SAM, ticket, new AddFollowUp("We are on it").visibleToCustomer());
        TicketEvent shared = t.events.last();

        List<TimelineEntry> history = t.history(ticket);
        assertEquals(Audience.PUBLIC, history.get(0).audience());
        assertEquals(Audience.INTERNAL, history.get(1).audience());
        assertEquals(Audience.PUBLIC, shared.audience());
        assertEquals(Audience.INTERNAL, internal.audience());
        assertEquals(Audience.PUBLIC, t.followUps(ticket).get(0).audience());
        assertEquals(Audience.INTERNAL, t.followUps(ticket).get(1).audience());
    }

    @Test
    void statusEntriesArePublicAndHousekeepingIsInternalInTheHistoryAndOnTheEventsOfAShownTicket() {
        Ticket ticket = t.open("Everything once");
        Map<TicketCommand, Audience> expected = new LinkedHashMap<>();
        expected.put(new ChangeStatus("IN_PROGRESS"), Audience.PUBLIC);
        expected.put(new Assign(OLA.id()), Audience.INTERNAL);
        expected.put(new AddTag("roof"), Audience.INTERNAL);
        expected.put(new ChangeTeam(FIELD), Audience.INTERNAL);
        expected.put(new SetDueDate(Instant.parse("2026-04-01T10:00:00Z")), Audience.INTERNAL);
        expected.put(new SetHiddenFromCustomer(true), Audience.INTERNAL);
        expected.put(new Close(), Audience.PUBLIC);
        expected.put(new Reopen(), Audience.PUBLIC);
        for (Map.Entry<TicketCommand, Audience> step : expected.entrySet()) {
            boolean hidden = t.stored(ticket).hiddenFromCustomer();
            t.run(ADA, ticket, step.getKey());
            assertEquals(step.getValue(), t.newest(ticket).audience(), step.getKey().toString());
            assertEquals(hidden ? Audience.INTERNAL : step.getValue(), t.events.last().audience(),
                    step.getKey().toString());
        }
        TimelineEntry created = t.history(ticket).get(expected.size());
        assertEquals(TimelineAction.CREATED, created.action());
        assertEquals(Audience.PUBLIC, created.audience());
    }
}
