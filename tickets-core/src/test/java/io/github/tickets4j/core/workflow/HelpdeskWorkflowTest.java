package io.github.tickets4j.core.workflow;

import static io.github.tickets4j.core.workflow.DeskFixture.ADMIN;
import static io.github.tickets4j.core.workflow.DeskFixture.OPERATIONS;
import static io.github.tickets4j.core.workflow.DeskFixture.OWN_PROJECT;
import static io.github.tickets4j.core.workflow.DeskFixture.SALES;
import static io.github.tickets4j.core.workflow.DeskFixture.assertClosedStampMatchesStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.PickUp;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seed 003, the workforce-management helpdesk: assign and pick up keep NEW; only the creator reopens. */
class HelpdeskWorkflowTest extends PresetContract {

    @Override
    Workflow workflow() {
        return Workflows.helpdesk();
    }

    @Override
    List<String> documentedStatuses() {
        return List.of("NEW", "SCHEDULED", "IN_PROGRESS", "CLOSED", "REOPENED");
    }

    // Schedule, Start, Close "once the issue fixed" from any open stage, ReOpen "once the ticket is closed";
    // a reopened ticket is scheduled again.
    @Override
    Set<String> documentedMoves() {
        return Set.of("NEW>SCHEDULED", "SCHEDULED>IN_PROGRESS", "NEW>CLOSED", "SCHEDULED>CLOSED",
                "IN_PROGRESS>CLOSED", "REOPENED>CLOSED", "CLOSED>REOPENED", "REOPENED>SCHEDULED");
    }

    @Override
    String documentedInitialStatus() {
        return "NEW";
    }

    @Override
    Set<String> documentedReopenings() {
        return Set.of("CLOSED>REOPENED");
    }

    @Test
    void assigningKeepsTheTicketNew() {
        DeskFixture f = fixture();
        Ticket assigned = f.run(OPERATIONS, f.open(), new Assign(UserId.of("tina")));
        assertEquals("NEW", assigned.status().name());
        assertEquals(Optional.of(UserId.of("tina")), assigned.assignee());
    }

    @Test
    void pickingUpKeepsTheTicketNewAndAssignsItToThePicker() {
        DeskFixture f = fixture();
        Ticket picked = f.run(OPERATIONS, f.open(), new PickUp());
        assertEquals("NEW", picked.status().name());
        assertEquals(Optional.of(OPERATIONS.id()), picked.assignee());
    }

    @Test
    void scheduleStartAndCloseWalkTheTicketThroughItsStages() {
        DeskFixture f = fixture();
        Ticket ticket = f.run(OPERATIONS, f.open(), new PickUp());
        Ticket scheduled = f.run(OPERATIONS, ticket, new ChangeStatus("SCHEDULED"));
        assertEquals("SCHEDULED", scheduled.status().name());
        Ticket started = f.run(OPERATIONS, scheduled, new ChangeStatus("IN_PROGRESS"));
        assertEquals("IN_PROGRESS", started.status().name());
        Ticket closed = f.run(OPERATIONS, started, new Close());
        assertClosedStampMatchesStatus(closed, OPERATIONS);
        assertEquals(Optional.of(OPERATIONS.id()), closed.assignee());
    }

    @Test
    void theCreatorReopensAClosedTicketIntoReopenedEvenWithoutTheReopenPermission() {
        DeskFixture f = fixture();
        Ticket closed = f.run(ADMIN, f.open(SALES, OWN_PROJECT), new Close());
        Ticket reopened = f.run(SALES, closed, new Reopen("Still no signal"));
        assertEquals("REOPENED", reopened.status().name());
        assertClosedStampMatchesStatus(reopened, SALES);
        assertEquals("SCHEDULED", f.run(SALES, reopened, new ChangeStatus("SCHEDULED")).status().name());
    }

    @Test
    void aCreatorWhoMayNoLongerViewTheTicketIsToldItDoesNotExist() {
        DeskFixture f = fixture();
        Ticket closed = f.run(ADMIN, f.open(SALES, OWN_PROJECT), new Close());
        f.hostDirectory().project(OWN_PROJECT, DeskFixture.CUSTOMER);
        TicketNotFoundException hidden = f.refuses(TicketNotFoundException.class, SALES, closed, new Reopen());
        assertEquals(closed.number().value(), hidden.ticket());
    }

    @Test
    void nobodyButTheCreatorMayReopenNotEvenAnAdmin() {
        DeskFixture f = fixture();
        Ticket closed = f.run(ADMIN, f.open(OPERATIONS, OWN_PROJECT), new Close());
        for (Actor other : List.of(ADMIN, Actor.of("olivia", Role.OPERATIONS))) {
            AccessDeniedException denied = f.refuses(AccessDeniedException.class, other, closed, new Reopen());
            assertTrue(denied.getMessage().contains("creator"), denied.getMessage());
            assertTrue(denied.getMessage().contains(other.id().value()), denied.getMessage());
        }
    }
}
