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
import io.github.tickets4j.core.ticket.TicketCommand.SetHidden;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.Visibility;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every history entry carries a visibility, and its event the same: creation, status changes, closing and reopening
 * are public; a follow-up is as public as its author said (internal unless told); everything else is internal.
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
        assertEquals(Visibility.PUBLIC, history.get(0).visibility());
        assertEquals(Visibility.INTERNAL, history.get(1).visibility());
        assertEquals(Visibility.PUBLIC, shared.visibility());
        assertEquals(Visibility.INTERNAL, internal.visibility());
        assertEquals(Visibility.PUBLIC, t.followUps(ticket).get(0).visibility());
        assertEquals(Visibility.INTERNAL, t.followUps(ticket).get(1).visibility());
    }

    @Test
    void statusEntriesArePublicAndHousekeepingIsInternalInTheHistoryAndOnTheEvents() {
        Ticket ticket = t.open("Everything once");
        Map<TicketCommand, Visibility> expected = new LinkedHashMap<>();
        expected.put(new ChangeStatus("IN_PROGRESS"), Visibility.PUBLIC);
        expected.put(new Assign(OLA.id()), Visibility.INTERNAL);
        expected.put(new AddTag("roof"), Visibility.INTERNAL);
        expected.put(new ChangeTeam(FIELD), Visibility.INTERNAL);
        expected.put(new SetDueDate(Instant.parse("2026-04-01T10:00:00Z")), Visibility.INTERNAL);
        expected.put(new SetHidden(true), Visibility.INTERNAL);
        expected.put(new Close(), Visibility.PUBLIC);
        expected.put(new Reopen(), Visibility.PUBLIC);
        for (Map.Entry<TicketCommand, Visibility> step : expected.entrySet()) {
            t.run(ADA, ticket, step.getKey());
            assertEquals(step.getValue(), t.newest(ticket).visibility(), step.getKey().toString());
            assertEquals(step.getValue(), t.events.last().visibility(), step.getKey().toString());
        }
        TimelineEntry created = t.history(ticket).get(expected.size());
        assertEquals(TimelineAction.CREATED, created.action());
        assertEquals(Visibility.PUBLIC, created.visibility());
    }
}
