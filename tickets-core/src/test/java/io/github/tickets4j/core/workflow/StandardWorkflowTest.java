package io.github.tickets4j.core.workflow;

import static io.github.tickets4j.core.workflow.DeskFixture.ADMIN;
import static io.github.tickets4j.core.workflow.DeskFixture.NOW;
import static io.github.tickets4j.core.workflow.DeskFixture.OPERATIONS;
import static io.github.tickets4j.core.workflow.DeskFixture.OWN_PROJECT;
import static io.github.tickets4j.core.workflow.DeskFixture.SALES;
import static io.github.tickets4j.core.workflow.DeskFixture.assertClosedStampMatchesStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.TransitionNotAllowedException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.ChangePriority;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seed 000, the default workflow: OPEN, IN_PROGRESS, CLOSED; only an Admin reopens. */
class StandardWorkflowTest extends PresetContract {
    private static final LocalDate CALL_BACK = LocalDate.of(2026, 3, 5);

    @Override
    Workflow workflow() {
        return Workflows.standard();
    }

    @Override
    List<String> documentedStatuses() {
        return List.of("OPEN", "IN_PROGRESS", "CLOSED");
    }

    // "Tickets start as OPEN, move to IN_PROGRESS when work begins, close when issue is resolved";
    // closing from OPEN ("Close Ticket" on any open ticket) and "Admin can reopen tickets if needed".
    @Override
    Set<String> documentedMoves() {
        return Set.of("OPEN>IN_PROGRESS", "OPEN>CLOSED", "IN_PROGRESS>CLOSED", "CLOSED>OPEN");
    }

    @Override
    String documentedInitialStatus() {
        return "OPEN";
    }

    @Override
    Set<String> documentedReopenings() {
        return Set.of("CLOSED>OPEN");
    }

    static List<Actor> workers() {
        return List.of(SALES, OPERATIONS, ADMIN);
    }

    @ParameterizedTest
    @MethodSource("workers")
    void everyWorkingRoleStartsAndClosesATicketStampingClosedAtAndBy(Actor worker) {
        DeskFixture f = fixture();
        Ticket ticket = f.open(worker, OWN_PROJECT);
        Ticket started = f.run(worker, ticket, new ChangeStatus("in_progress"));
        assertEquals("IN_PROGRESS", started.status().name());
        assertClosedStampMatchesStatus(started, worker);
        Ticket closed = f.run(worker, started, new Close("Panel replaced"));
        assertEquals("CLOSED", closed.status().name());
        assertClosedStampMatchesStatus(closed, worker);
        assertTrue(f.events().get(f.events().size() - 1) instanceof TicketEvent.Closed);
    }

    @Test
    void closeGoesStraightFromOpenToClosed() {
        DeskFixture f = fixture();
        Ticket closed = f.run(SALES, f.open(SALES, OWN_PROJECT), new Close());
        assertEquals("CLOSED", closed.status().name());
        assertEquals(Optional.of(NOW), closed.closedAt());
        assertEquals(Optional.of(SALES.id()), closed.closedBy());
    }

    @Test
    void closingClearsThePendingFollowUpDate() {
        DeskFixture f = fixture();
        Ticket ticket = f.run(SALES, f.open(SALES, OWN_PROJECT), new AddFollowUp("Call back", CALL_BACK));
        assertEquals(Optional.of(CALL_BACK), ticket.followUpDate());
        assertEquals(Optional.empty(), f.run(SALES, ticket, new Close()).followUpDate());
    }

    @Test
    void adminReopensAClosedTicketToOpenAndTheClosedStampIsCleared() {
        DeskFixture f = fixture();
        Ticket closed = f.run(SALES, f.open(SALES, OWN_PROJECT), new Close());
        Ticket reopened = f.run(ADMIN, closed, new Reopen("Panel fails again"));
        assertEquals("OPEN", reopened.status().name());
        assertEquals(Optional.empty(), reopened.closedAt());
        assertEquals(Optional.empty(), reopened.closedBy());
        assertTrue(f.events().get(f.events().size() - 1) instanceof TicketEvent.Reopened);
    }

    @Test
    void aReopenedTicketCanBeWorkedAndClosedAgain() {
        DeskFixture f = fixture();
        Ticket ticket = f.run(ADMIN, f.run(SALES, f.open(SALES, OWN_PROJECT), new Close()), new Reopen());
        Ticket again = f.run(SALES, f.run(SALES, ticket, new ChangeStatus("IN_PROGRESS")), new Close());
        assertClosedStampMatchesStatus(again, SALES);
    }

    @ParameterizedTest
    @MethodSource("nonAdminWorkers")
    void onlyAdminMayReopenAClosedTicket(Actor worker) {
        DeskFixture f = fixture();
        Ticket closed = f.run(worker, f.open(worker, OWN_PROJECT), new Close());
        AccessDeniedException denied = f.refuses(AccessDeniedException.class, worker, closed, new Reopen());
        assertTrue(denied.getMessage().contains(worker.id().value()), denied.getMessage());
        assertTrue(denied.getMessage().contains(closed.number().value()), denied.getMessage());
        f.refuses(AccessDeniedException.class, worker, closed, new ChangeStatus("OPEN"));
    }

    static List<Actor> nonAdminWorkers() {
        return List.of(SALES, OPERATIONS);
    }

    @Test
    void aClosedTicketCannotBeClosedAgainEvenByAdmin() {
        DeskFixture f = fixture();
        Ticket closed = f.run(ADMIN, f.open(), new Close());
        TransitionNotAllowedException refused = f.refuses(TransitionNotAllowedException.class, ADMIN, closed,
                new Close());
        assertTrue(refused.getMessage().contains("closed already"), refused.getMessage());
    }

    @Test
    void anOpenTicketCannotBeReopened() {
        DeskFixture f = fixture();
        f.refuses(TransitionNotAllowedException.class, ADMIN, f.open(), new Reopen());
    }

    @Test
    void anUnknownTargetStatusIsRefusedAsInvalidInputNamingTheField() {
        DeskFixture f = fixture();
        ValidationFailedException refused = f.refuses(ValidationFailedException.class, ADMIN, f.open(),
                new ChangeStatus("RESOLVED"));
        assertEquals("to", refused.violations().get(0).field());
    }

    @Test
    void theDefaultWorkflowHasNoPrioritiesSoChangingOneIsRefused() {
        DeskFixture f = fixture();
        Ticket ticket = f.open();
        assertEquals(Optional.empty(), ticket.priority());
        ValidationFailedException refused = f.refuses(ValidationFailedException.class, ADMIN, ticket,
                new ChangePriority("HIGH"));
        assertEquals("priority", refused.violations().get(0).field());
    }
}
