package io.github.tickets4j.core.workflow;

import static io.github.tickets4j.core.workflow.DeskFixture.ADMIN;
import static io.github.tickets4j.core.workflow.DeskFixture.OPERATIONS;
import static io.github.tickets4j.core.workflow.DeskFixture.PROSPECT_PROJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TransitionNotAllowedException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.ChangePriority;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.LinkCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seed 001, the CRM support workflow: UNASSIGNED until a customer is linked, waiting states, four priorities. */
class CrmSupportWorkflowTest extends PresetContract {

    @Override
    Workflow workflow() {
        return Workflows.crmSupport();
    }

    @Override
    List<String> documentedStatuses() {
        return List.of("UNASSIGNED", "OPEN", "IN_PROGRESS", "WAITING_ON_CUSTOMER", "WAITING_ON_THIRD_PARTY",
                "RESOLVED", "CLOSED");
    }

    // "Typical workflow progression", steps 1 to 6 of the seed.
    @Override
    Set<String> documentedMoves() {
        return Set.of("UNASSIGNED>OPEN", "OPEN>IN_PROGRESS", "IN_PROGRESS>WAITING_ON_CUSTOMER",
                "IN_PROGRESS>WAITING_ON_THIRD_PARTY", "WAITING_ON_CUSTOMER>IN_PROGRESS",
                "WAITING_ON_THIRD_PARTY>IN_PROGRESS", "IN_PROGRESS>RESOLVED", "RESOLVED>CLOSED");
    }

    @Override
    String documentedInitialStatus() {
        return "UNASSIGNED";
    }

    @Test
    void anUnassignedTicketWithoutCustomerOpensOnlyOnceACustomerIsLinked() {
        DeskFixture f = fixture();
        Ticket ticket = f.open(OPERATIONS, PROSPECT_PROJECT);
        assertEquals(Optional.empty(), ticket.customer());
        TransitionNotAllowedException refused = f.refuses(TransitionNotAllowedException.class, OPERATIONS, ticket,
                new ChangeStatus("OPEN"));
        assertTrue(refused.getMessage().contains("customer"), refused.getMessage());

        f.hostDirectory().customer(CustomerId.of("C-9"));
        Ticket linked = f.run(OPERATIONS, ticket, new LinkCustomer(CustomerId.of("C-9")));
        assertEquals("UNASSIGNED", linked.status().name());
        assertTrue(f.events().get(f.events().size() - 1) instanceof TicketEvent.CustomerLinked);
        Ticket open = f.run(OPERATIONS, linked, new ChangeStatus("OPEN"));
        assertEquals("OPEN", open.status().name());
        assertEquals(Optional.of(CustomerId.of("C-9")), open.customer());
    }

    @Test
    void aTicketCreatedFromAProjectIsLinkedToItsCustomerAndOpensAtOnce() {
        DeskFixture f = fixture();
        Ticket open = f.run(OPERATIONS, f.open(), new ChangeStatus("OPEN"));
        assertEquals(Optional.of(DeskFixture.CUSTOMER), open.customer());
        assertEquals("OPEN", open.status().name());
    }

    @Test
    void prioritiesRunFromLowToUrgentAndNewTicketsGetMedium() {
        DeskFixture f = fixture();
        assertEquals(List.of("LOW", "MEDIUM", "HIGH", "URGENT"), f.desk().workflow().priorities());
        assertEquals(Optional.of("MEDIUM"), f.open().priority());
    }

    @Test
    void aPriorityNamedAtCreationIsKeptInItsDeclaredSpelling() {
        DeskFixture f = fixture();
        Ticket ticket = f.desk().create(OPERATIONS,
                CreateTicket.titled("Portal down").priority(" urgent ").build());
        assertEquals(Optional.of("URGENT"), ticket.priority());
    }

    @Test
    void anUndeclaredPriorityIsRefusedAndNoTicketIsCreated() {
        DeskFixture f = fixture();
        ValidationFailedException refused = assertThrows(ValidationFailedException.class,
                () -> f.desk().create(OPERATIONS, CreateTicket.titled("Portal down").priority("CRITICAL").build()));
        assertEquals("priority", refused.violations().get(0).field());
        assertTrue(refused.getMessage().contains("URGENT"), refused.getMessage());
        assertEquals(0, f.count());
        assertTrue(f.events().isEmpty());
    }

    @Test
    void raisingThePriorityIsAnEscalationAndLoweringItIsNot() {
        DeskFixture f = fixture();
        Ticket raised = f.run(OPERATIONS, f.open(), new ChangePriority("HIGH"));
        assertEquals(Optional.of("HIGH"), raised.priority());
        assertInstanceOf(TicketEvent.Escalated.class, f.events().get(f.events().size() - 1));
        f.run(OPERATIONS, raised, new ChangePriority("low"));
        assertInstanceOf(TicketEvent.PriorityChanged.class, f.events().get(f.events().size() - 1));
    }

    @Test
    void resolvingStampsTheResolutionWhichClosingKeeps() {
        DeskFixture f = fixture();
        Ticket resolved = f.run(ADMIN, f.driveTo(f.open(), "IN_PROGRESS"),
                new ChangeStatus("RESOLVED", "Password reset"));
        assertEquals(Optional.of(DeskFixture.NOW), resolved.resolvedAt());
        assertEquals(Optional.of("Password reset"), resolved.resolutionNote());
        Ticket closed = f.run(ADMIN, resolved, new Close());
        assertEquals(Optional.of(DeskFixture.NOW), closed.resolvedAt());
        assertEquals(Optional.of("Password reset"), closed.resolutionNote());
    }

    @Test
    void onlyAResolvedTicketCanBeClosed() {
        DeskFixture f = fixture();
        Ticket working = f.driveTo(f.open(), "IN_PROGRESS");
        TransitionNotAllowedException refused = f.refuses(TransitionNotAllowedException.class, ADMIN, working,
                new Close());
        assertEquals("IN_PROGRESS", refused.from());
    }

    @Test
    void aClosedTicketStaysClosedBecauseTheSeedHasNoReopening() {
        DeskFixture f = fixture();
        f.refuses(TransitionNotAllowedException.class, ADMIN, f.driveTo(f.open(), "CLOSED"),
                new Reopen("still broken"));
    }
}
