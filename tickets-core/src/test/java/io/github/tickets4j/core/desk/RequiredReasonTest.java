package io.github.tickets4j.core.desk;

import static io.github.tickets4j.core.desk.TestDesk.OLA;
import static io.github.tickets4j.core.desk.TestDesk.SAM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Transition;
import io.github.tickets4j.core.workflow.TransitionRule;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A reason a transition requires is an input rule: the desk checks it with the workflow's other input rules once
 * the ticket is loaded, before the policy and the decision, and names the command's own field.
 */
class RequiredReasonTest {

    @Test
    void aMissingReasonIsRefusedAsInputBeforeThePolicyIsAsked() {
        TestDesk ecommerce = TestDesk.with(Workflows.ecommerce());
        Ticket closed = ecommerce.run(SAM, ecommerce.open("Refund"), new Close());
        // Sales may not reopen (seed 000), but the command is incomplete first of all.
        ValidationFailedException incomplete = ecommerce.assertRefused(ValidationFailedException.class,
                () -> ecommerce.run(SAM, closed, new Reopen()));
        assertEquals(List.of(new Violation("reason", "is required to go from CLOSED to OPEN")),
                incomplete.violations());
        ecommerce.assertRefused(AccessDeniedException.class, () -> ecommerce.run(SAM, closed, new Reopen("Lost")));
    }

    @Test
    void aCloseThatMustBeExplainedNamesTheNote() {
        Workflow explained = Workflow.builder("explained").status("OPEN", StatusCategory.OPEN)
                .status("DONE", StatusCategory.CLOSED).initial("OPEN")
                .transition(new Transition("FINISH", "OPEN", "DONE", TransitionRule.permitted(), true, Set.of()))
                .transition("REVIVE", "DONE", "OPEN").build();
        TestDesk t = TestDesk.with(explained);
        Ticket ticket = t.open("Explain yourself");
        ValidationFailedException refused = t.assertRefused(ValidationFailedException.class,
                () -> t.run(OLA, ticket, new Close("   ")));
        assertEquals(List.of(new Violation("note", "is required to go from OPEN to DONE")), refused.violations());
        t.assertRefused(ValidationFailedException.class, () -> t.run(OLA, ticket, new ChangeStatus("done")));
        assertEquals("DONE", t.run(OLA, ticket, new Close("Fixed")).status().name());
    }
}
