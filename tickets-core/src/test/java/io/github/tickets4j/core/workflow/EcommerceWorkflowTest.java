package io.github.tickets4j.core.workflow;

import static io.github.tickets4j.core.workflow.DeskFixture.ADMIN;
import static io.github.tickets4j.core.workflow.DeskFixture.OPERATIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.ClearCategory;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seed 002, the e-commerce admin workflow: its transition table, a reason to reopen, priority and category. */
class EcommerceWorkflowTest extends PresetContract {

    @Override
    Workflow workflow() {
        return Workflows.ecommerce();
    }

    @Override
    List<String> documentedStatuses() {
        return List.of("OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED");
    }

    // The seed's "Status Transitions" table, row by row.
    @Override
    Set<String> documentedMoves() {
        return Set.of("OPEN>IN_PROGRESS", "OPEN>CLOSED", "IN_PROGRESS>RESOLVED", "IN_PROGRESS>CLOSED",
                "RESOLVED>CLOSED", "RESOLVED>OPEN", "CLOSED>OPEN");
    }

    @Override
    String documentedInitialStatus() {
        return "OPEN";
    }

    @Override
    Set<String> documentedReopenings() {
        return Set.of("CLOSED>OPEN");
    }

    @Override
    CreateTicket.Builder draft(CreateTicket.Builder draft) {
        return draft.priority("MEDIUM").category("Shipping");
    }

    @Test
    void goingBackFromResolvedToOpenNeedsAReason() {
        DeskFixture f = fixture();
        Ticket resolved = f.driveTo(f.open(), "RESOLVED");
        ValidationFailedException refused = f.refuses(ValidationFailedException.class, OPERATIONS, resolved,
                new ChangeStatus("OPEN"));
        assertEquals(List.of("reason"), refused.violations().stream().map(Violation::field).toList());
        Ticket reopened = f.run(OPERATIONS, resolved, new ChangeStatus("OPEN", "Parcel still lost"));
        assertEquals("OPEN", reopened.status().name());
        assertEquals(Optional.empty(), reopened.resolvedAt());
    }

    @Test
    void reopeningAClosedTicketNeedsAReasonAndThenClearsTheClosedStamp() {
        DeskFixture f = fixture();
        Ticket closed = f.driveTo(f.open(), "CLOSED");
        ValidationFailedException refused = f.refuses(ValidationFailedException.class, ADMIN, closed,
                new Reopen());
        assertEquals("reason", refused.violations().get(0).field());
        f.refuses(ValidationFailedException.class, ADMIN, closed, new Reopen("   "));
        Ticket reopened = f.run(ADMIN, closed, new Reopen("Customer got the wrong size"));
        assertEquals("OPEN", reopened.status().name());
        assertEquals(Optional.empty(), reopened.closedAt());
        assertEquals(Optional.empty(), reopened.closedBy());
    }

    @Test
    void creationWithoutPriorityAndCategoryIsRefusedNamingBothAndCreatesNothing() {
        DeskFixture f = fixture();
        ValidationFailedException refused = assertThrows(ValidationFailedException.class,
                () -> f.desk().create(OPERATIONS, CreateTicket.titled("Refund not received").build()));
        assertEquals(List.of("category", "priority"),
                refused.violations().stream().map(Violation::field).toList());
        assertEquals(0, f.count());
        assertTrue(f.events().isEmpty());
    }

    @Test
    void prioritiesAreLowMediumHighWithoutDefault() {
        DeskFixture f = fixture();
        assertEquals(List.of("LOW", "MEDIUM", "HIGH"), f.desk().workflow().priorities());
        assertEquals(Optional.empty(), f.desk().workflow().defaultPriority());
        ValidationFailedException refused = assertThrows(ValidationFailedException.class, () -> f.desk()
                .create(OPERATIONS, CreateTicket.titled("Refund").priority("URGENT").category("Billing").build()));
        assertEquals("priority", refused.violations().get(0).field());
    }

    @Test
    void aTicketWithPriorityAndCategoryIsCreatedOpen() {
        DeskFixture f = fixture();
        Ticket ticket = f.desk().create(OPERATIONS,
                CreateTicket.titled("Refund not received").priority("high").category("Payments").build());
        assertEquals("OPEN", ticket.status().name());
        assertEquals(Optional.of("HIGH"), ticket.priority());
        assertEquals(Optional.of("Payments"), ticket.category());
    }

    @Test
    void theRequiredCategoryCannotBeClearedLater() {
        DeskFixture f = fixture();
        Ticket ticket = f.desk().create(OPERATIONS,
                CreateTicket.titled("Refund not received").priority("high").category("Payments").build());
        ValidationFailedException refused = f.refuses(ValidationFailedException.class, OPERATIONS, ticket,
                new ClearCategory());
        assertEquals("category", refused.violations().get(0).field());
    }
}
