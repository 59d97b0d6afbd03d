package io.github.tickets4j.core.desk;

import static io.github.tickets4j.core.desk.TestDesk.ADA;
import static io.github.tickets4j.core.desk.TestDesk.FAY;
import static io.github.tickets4j.core.desk.TestDesk.MIA;
import static io.github.tickets4j.core.desk.TestDesk.OLA;
import static io.github.tickets4j.core.desk.TestDesk.SAM;
import static io.github.tickets4j.core.desk.TestDesk.SID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.RuleViolationException;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.TransitionNotAllowedException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.AddTag;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangePriority;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.ClearDueDate;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.PickUp;
import io.github.tickets4j.core.ticket.TicketCommand.RemoveTag;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketCommand.SetHiddenFromCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.Unassign;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.workflow.Workflows;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each kind of refusal (validation, access denied, transition not allowed, rule violation, not found) leaves
 * everything as it was: no ticket saved, same versions and histories, no event, and no ticket number consumed.
 */
class RefusalsChangeNothingTest {
    private final TestDesk t = TestDesk.standard();

    @Test
    void anInvalidCreationSavesNothingAndConsumesNoNumber() {
        t.open("First");
        t.assertRefused(ValidationFailedException.class, () -> t.desk.create(SAM, t.valid(" ").build()));
        t.assertNextNumberIs(2);
    }

    @Test
    void aCreationForAnUnknownProjectIsRefusedAndConsumesNoNumber() {
        ValidationFailedException e = t.assertRefused(ValidationFailedException.class,
                () -> t.desk.create(OLA, t.valid("Lost").project(ProjectId.of("P-404")).build()));
        assertEquals("project", e.violations().get(0).field());
        t.assertNextNumberIs(1);
    }

    @Test
    void financeMayNotCreateAndTheRefusalConsumesNoNumber() {
        t.open("First");
        AccessDeniedException e = t.assertRefused(AccessDeniedException.class,
                () -> t.desk.create(FAY, t.valid("Budget question").build()));
        assertEquals(Permission.CREATE, e.permission());
        t.assertNextNumberIs(2);
    }

    @Test
    void salesMayNotCreateForAProjectNotAssignedToThem() {
        t.assertRefused(AccessDeniedException.class, () -> t.desk.create(SID, t.valid("Not my project").build()));
        t.assertRefused(AccessDeniedException.class, () -> t.desk.create(SAM, CreateTicket.titled("No project").build()));
        t.assertNextNumberIs(1);
    }

    @Test
    void anInvalidCommandLeavesTheTicketAsItWas() {
        Ticket ticket = t.open("Noise from the inverter");
        t.assertRefused(ValidationFailedException.class, () -> t.run(SAM, ticket, new AddFollowUp("   ")));
        t.assertRefused(ValidationFailedException.class,
                () -> t.run(SAM, ticket, new AddFollowUp("Call", t.today().minusDays(1))));
    }

    @Test
    void financeAndManagementMayNotChangeATicket() {
        Ticket ticket = t.open("Read only for finance");
        t.assertRefused(AccessDeniedException.class, () -> t.run(FAY, ticket, new AddFollowUp("Looked at it")));
        t.assertRefused(AccessDeniedException.class, () -> t.run(MIA, ticket, new Close()));
        t.assertRefused(AccessDeniedException.class, () -> t.run(FAY, ticket, new AddTag("finance")));
    }

    @Test
    void salesIsToldATicketOfAProjectNotAssignedToThemDoesNotExist() {
        Ticket ticket = t.open("Sam's project");
        TicketNotFoundException hidden = t.assertRefused(TicketNotFoundException.class,
                () -> t.run(SID, ticket, new AddFollowUp("Hello")));
        assertEquals("Ticket " + ticket.number().value() + " does not exist", hidden.getMessage());
        t.assertRefused(TicketNotFoundException.class, () -> t.run(SID, ticket, new PickUp()));
        assertTrue(t.desk.find(SID, ticket.number()).isEmpty(), "sid may not even see it");
    }

    @Test
    void salesCannotFollowUpOnAClosedTicket() {
        Ticket ticket = t.open("Closed for sales");
        t.run(SAM, ticket, new Close());
        AccessDeniedException e = t.assertRefused(AccessDeniedException.class,
                () -> t.run(SAM, ticket, new AddFollowUp("One more thing")));
        assertEquals(Permission.MODIFY_CLOSED, e.permission());
        t.assertRefused(AccessDeniedException.class, () -> t.run(OLA, ticket, new AddTag("late")));
    }

    @Test
    void onlyAnAdminReopensAClosedTicket() {
        Ticket ticket = t.open("Reopen me");
        t.run(SAM, ticket, new Close());
        t.assertRefused(AccessDeniedException.class, () -> t.run(SAM, ticket, new Reopen()));
        t.assertRefused(AccessDeniedException.class, () -> t.run(OLA, ticket, new ChangeStatus("OPEN")));
    }

    @Test
    void onlyAnAdminDeletes() {
        Ticket ticket = t.open("Keep me");
        AccessDeniedException e = t.assertRefused(AccessDeniedException.class,
                () -> t.desk.delete(OLA, ticket.number()));
        assertEquals(Permission.DELETE, e.permission());
        t.assertRefused(AccessDeniedException.class, () -> t.desk.delete(SAM, ticket.number()));
    }

    @Test
    void aMoveTheWorkflowDoesNotAllowIsRefused() {
        Ticket ticket = t.open("Back and forth");
        t.run(SAM, ticket, new ChangeStatus("IN_PROGRESS"));
        TransitionNotAllowedException e = t.assertRefused(TransitionNotAllowedException.class,
                () -> t.run(SAM, ticket, new ChangeStatus("OPEN")));
        assertEquals("IN_PROGRESS", e.from());
        t.assertRefused(TransitionNotAllowedException.class, () -> t.run(SAM, ticket, new ChangeStatus("IN_PROGRESS")));
        t.assertRefused(TransitionNotAllowedException.class, () -> t.run(ADA, ticket, new Reopen()));
    }

    @Test
    void closingAClosedTicketIsRefusedEvenForAnAdmin() {
        Ticket ticket = t.open("Closed twice");
        t.run(SAM, ticket, new Close());
        t.assertRefused(TransitionNotAllowedException.class, () -> t.run(ADA, ticket, new Close()));
    }

    @Test
    void acceptingACrmTicketWithoutACustomerIsRefused() {
        TestDesk crm = TestDesk.with(Workflows.crmSupport());
        Ticket ticket = crm.desk.create(OLA, CreateTicket.titled("Web form enquiry").build());
        crm.assertRefused(TransitionNotAllowedException.class, () -> crm.run(OLA, ticket, new ChangeStatus("OPEN")));
    }

    @Test
    void ruleViolationsLeaveTheTicketAsItWas() {
        Ticket ticket = t.open("Rules");
        t.run(SAM, ticket, new AddTag("billing"));
        t.run(SAM, ticket, new Assign(OLA.id()));

        t.assertRefused(RuleViolationException.class, () -> t.run(SAM, ticket, new AddTag("BILLING")));
        t.assertRefused(RuleViolationException.class, () -> t.run(SAM, ticket, new RemoveTag("solar")));
        t.assertRefused(RuleViolationException.class, () -> t.run(SAM, ticket, new Assign(OLA.id())));
        t.assertRefused(RuleViolationException.class, () -> t.run(OLA, ticket, new PickUp()));
        t.assertRefused(RuleViolationException.class, () -> t.run(SAM, ticket, new SetHiddenFromCustomer(false)));
        t.assertRefused(RuleViolationException.class, () -> t.run(SAM, ticket, new ClearDueDate()));
    }

    @Test
    void unassigningAnUnassignedTicketIsARuleViolation() {
        Ticket ticket = t.open("Nobody holds me");
        t.assertRefused(RuleViolationException.class, () -> t.run(OLA, ticket, new Unassign()));
    }

    @Test
    void settingTheSamePriorityIsARuleViolation() {
        TestDesk crm = TestDesk.with(Workflows.crmSupport());
        Ticket ticket = crm.open("Medium by default");
        crm.assertRefused(RuleViolationException.class, () -> crm.run(OLA, ticket, new ChangePriority("medium")));
    }

    @Test
    void aCommandOnAMissingTicketIsNotFound() {
        t.open("The only one");
        TicketNumber missing = t.desk.number("re00000099");
        TicketNotFoundException e = t.assertRefused(TicketNotFoundException.class,
                () -> t.desk.execute(ADA, missing, new AddFollowUp("Hello?")));
        assertEquals("RE00000099", e.ticket());
        t.assertRefused(TicketNotFoundException.class, () -> t.desk.delete(ADA, missing));
        assertTrue(t.desk.find(ADA, missing).isEmpty());
        t.assertNextNumberIs(2);
    }

    @Test
    void aNumberOfAnotherFormatIsRefusedAsInvalid() {
        ValidationFailedException e = t.assertRefused(ValidationFailedException.class,
                () -> t.desk.number("XX123"));
        assertEquals(List.of("ticketNumber"), e.violations().stream().map(Violation::field).toList());
    }
}
