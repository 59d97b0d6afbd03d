package io.github.tickets4j.core.workflow;

import static io.github.tickets4j.core.workflow.DeskFixture.ADMIN;
import static io.github.tickets4j.core.workflow.DeskFixture.OPERATIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.RuleViolationException;
import io.github.tickets4j.core.TransitionNotAllowedException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeCategory;
import io.github.tickets4j.core.ticket.TicketCommand.ChangePriority;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketCommand.SetHiddenFromCustomer;
import io.github.tickets4j.core.ticket.TicketEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seed 004, the ISP billing ticketing: free movement between working statuses, MINOR..CRITICAL, types, hiding. */
class IspBillingWorkflowTest extends PresetContract {
    /** The statuses agents move freely between. */
    static final List<String> WORKING =
            List.of("WORK_IN_PROGRESS", "WAITING_FOR_CUSTOMER", "WAITING_ON_AGENT", "RESOLVED");

    @Override
    Workflow workflow() {
        return Workflows.ispBilling();
    }

    @Override
    List<String> documentedStatuses() {
        return List.of("NEW", "WORK_IN_PROGRESS", "WAITING_FOR_CUSTOMER", "WAITING_ON_AGENT", "RESOLVED", "CLOSED");
    }

    // "change the status ... directly from the tickets table" between the working statuses, and "change the
    // status on closed" once handled; a closed ticket is only listed.
    @Override
    Set<String> documentedMoves() {
        Set<String> moves = new HashSet<>();
        for (String to : WORKING) {
            moves.add("NEW>" + to);
            WORKING.stream().filter(from -> !from.equals(to)).forEach(from -> moves.add(from + ">" + to));
        }
        List.of("NEW", "WORK_IN_PROGRESS", "WAITING_FOR_CUSTOMER", "WAITING_ON_AGENT", "RESOLVED")
                .forEach(from -> moves.add(from + ">CLOSED"));
        return moves;
    }

    @Override
    String documentedInitialStatus() {
        return "NEW";
    }

    @Test
    void statusesCanBeNamedAsTheSeedWritesThem() {
        DeskFixture f = fixture();
        Ticket ticket = f.run(OPERATIONS, f.open(), new ChangeStatus("Work in Progress"));
        assertEquals("WORK_IN_PROGRESS", ticket.status().name());
        assertEquals("WAITING_ON_AGENT", f.run(OPERATIONS, ticket, new ChangeStatus(" waiting on agent")).status().name());
    }

    @Test
    void prioritiesAreMinorMajorCriticalWithMinorByDefault() {
        DeskFixture f = fixture();
        assertEquals(List.of("MINOR", "MAJOR", "CRITICAL"), f.desk().workflow().priorities());
        Ticket ticket = f.open();
        assertEquals(Optional.of("MINOR"), ticket.priority());
        assertEquals(Optional.of("CRITICAL"), f.run(OPERATIONS, ticket, new ChangePriority("critical")).priority());
        ValidationFailedException refused = f.refuses(ValidationFailedException.class, OPERATIONS, ticket,
                new ChangePriority("URGENT"));
        assertEquals("priority", refused.violations().get(0).field());
    }

    @Test
    void ticketTypesAreTheFiveDocumentedOnesInAnyCase() {
        DeskFixture f = fixture();
        Ticket ticket = f.desk().create(OPERATIONS,
                CreateTicket.titled("Router keeps rebooting").category("incident").build());
        assertEquals(Optional.of("Incident"), ticket.category());
        assertEquals(Optional.of("Feature request"),
                f.run(OPERATIONS, ticket, new ChangeCategory("FEATURE REQUEST")).category());
        ValidationFailedException refused = f.refuses(ValidationFailedException.class, OPERATIONS, ticket,
                new ChangeCategory("Bug"));
        assertEquals("category", refused.violations().get(0).field());
    }

    @Test
    void anUndeclaredTypeAtCreationIsRefusedAndCreatesNothing() {
        DeskFixture f = fixture();
        assertThrows(ValidationFailedException.class,
                () -> f.desk().create(OPERATIONS, CreateTicket.titled("Router").category("Bug").build()));
        assertEquals(0, f.count());
    }

    @Test
    void aTicketCanBeHiddenFromTheCustomerAndShownAgain() {
        DeskFixture f = fixture();
        Ticket ticket = f.open();
        assertFalse(ticket.hiddenFromCustomer());
        Ticket hidden = f.run(OPERATIONS, ticket, new SetHiddenFromCustomer(true));
        assertTrue(hidden.hiddenFromCustomer());
        assertInstanceOf(TicketEvent.HiddenFromCustomer.class, f.events().get(f.events().size() - 1));
        f.refuses(RuleViolationException.class, OPERATIONS, hidden, new SetHiddenFromCustomer(true));
        assertFalse(f.run(OPERATIONS, hidden, new SetHiddenFromCustomer(false)).hiddenFromCustomer());
        assertInstanceOf(TicketEvent.ShownToCustomer.class, f.events().get(f.events().size() - 1));
    }

    @Test
    void aTicketCanBeCreatedHidden() {
        DeskFixture f = fixture();
        assertTrue(f.desk().create(OPERATIONS, CreateTicket.titled("Internal check").hiddenFromCustomer(true).build()).hiddenFromCustomer());
    }

    @Test
    void aClosedTicketIsNotReopened() {
        DeskFixture f = fixture();
        f.refuses(TransitionNotAllowedException.class, ADMIN, f.run(ADMIN, f.open(), new Close()),
                new Reopen("again"));
    }
}
