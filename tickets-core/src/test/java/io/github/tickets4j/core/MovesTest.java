package io.github.tickets4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status commands' handlers, below the desk. */
class MovesTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Actor ADA = Actor.of("ada", Role.ADMIN);

    /** The desk checks a transition's required reason as input; the decision itself does not refuse its absence. */
    @Test
    void theDecisionLeavesTheRequiredReasonToTheInputRules() {
        Workflow ecommerce = Workflows.ecommerce();
        Guard guard = new Guard(RoleMatrix.standard(), new InMemoryDirectory());
        Ticket open = Creation.decide(ADA, TicketNumberFormat.DEFAULT.format(1), ecommerce,
                CreateTicket.titled("Decided directly").build(), NOW).ticket();
        Ticket closed = new Moves.Close(new TicketCommand.Close())
                .decide(new Attempt(ADA, open, ecommerce, NOW, guard)).ticket();
        Handler reopen = new Moves.Reopen(new TicketCommand.Reopen());

        List<Violation> found = new ArrayList<>();
        reopen.checkState(closed, ecommerce, found);
        assertEquals(List.of(new Violation("reason", "is required to go from CLOSED to OPEN")), found);
        assertEquals("OPEN", reopen.decide(new Attempt(ADA, closed, ecommerce, NOW, guard)).ticket().status().name());
    }
}
