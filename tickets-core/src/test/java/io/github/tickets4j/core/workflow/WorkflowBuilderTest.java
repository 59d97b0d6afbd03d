package io.github.tickets4j.core.workflow;

import static io.github.tickets4j.core.workflow.DeskFixture.ADMIN;
import static io.github.tickets4j.core.workflow.DeskFixture.OPERATIONS;
import static io.github.tickets4j.core.workflow.DeskFixture.assertClosedStampMatchesStatus;
import static io.github.tickets4j.core.workflow.StatusCategory.ACTIVE;
import static io.github.tickets4j.core.workflow.StatusCategory.CLOSED;
import static io.github.tickets4j.core.workflow.StatusCategory.NEW;
import static io.github.tickets4j.core.workflow.StatusCategory.OPEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.ConfigurationException;
import io.github.tickets4j.core.TransitionNotAllowedException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A host-defined workflow is refused at build time, naming the problem, unless it can work. */
class WorkflowBuilderTest {

    /** A minimal valid definition: TODO to DONE. */
    private static Workflow.Builder minimal() {
        return Workflow.builder("minimal").status("TODO", OPEN).status("DONE", CLOSED).initial("TODO")
                .transition("FINISH", "TODO", "DONE");
    }

    private static String refusal(UnaryOperator<Workflow.Builder> definition) {
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> definition.apply(minimal()).build());
        return refused.getMessage();
    }

    private static void assertRefusedNaming(String expected, UnaryOperator<Workflow.Builder> definition) {
        String message = refusal(definition);
        assertTrue(message.contains(expected), () -> "expected '" + expected + "' in: " + message);
    }

    @Test
    void theMinimalDefinitionIsAccepted() {
        Workflow workflow = minimal().build();
        assertEquals("TODO", workflow.initial().name());
        assertEquals(Optional.of("DONE"), workflow.closeTransitionFrom("TODO").map(Transition::to));
    }

    @Test
    void aWorkflowWithoutNameIsRefused() {
        assertThrows(ConfigurationException.class, () -> Workflow.builder("  "));
    }

    @Test
    void aWorkflowWithoutStatusesIsRefused() {
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> Workflow.builder("empty").initial("OPEN").build());
        assertTrue(refused.getMessage().contains("declares no status"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Workflow empty is invalid"), refused.getMessage());
    }

    @Test
    void aWorkflowWithoutInitialStatusIsRefused() {
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> Workflow.builder("w").status("TODO", OPEN).status("DONE", CLOSED)
                        .transition("FINISH", "TODO", "DONE").build());
        assertTrue(refused.getMessage().contains("names no initial status"), refused.getMessage());
    }

    @Test
    void anUndeclaredInitialStatusIsRefused() {
        assertRefusedNaming("initial status BACKLOG is not declared", b -> b.initial("backlog"));
    }

    @Test
    void aClosedInitialStatusIsRefused() {
        assertRefusedNaming("initial status DONE is in the closed category", b -> b.initial("DONE"));
    }

    @Test
    void aTransitionFromAnUndeclaredStatusIsRefused() {
        assertRefusedNaming("transition PARK leaves unknown status PARKED", b -> b.transition("PARK", "PARKED", "DONE"));
    }

    @Test
    void aTransitionToAnUndeclaredStatusIsRefused() {
        assertRefusedNaming("transition PARK goes to unknown status PARKED", b -> b.transition("PARK", "TODO", "PARKED"));
    }

    @Test
    void aTransitionFromAStatusToItselfIsRefused() {
        assertRefusedNaming("transition TOUCH goes from TODO to itself", b -> b.transition("TOUCH", "TODO", "TODO"));
    }

    @Test
    void aSecondTransitionBetweenTheSameStatusesIsRefusedEvenUnderAnotherName() {
        assertRefusedNaming("transition TODO -> DONE is declared twice", b -> b.transition("SKIP", "todo", "done"));
    }

    @Test
    void aStatusDeclaredTwiceIsRefused() {
        assertRefusedNaming("status TODO is declared twice", b -> b.status("todo", ACTIVE));
    }

    @Test
    void aWorkflowWithoutClosedStatusIsRefused() {
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> Workflow.builder("endless").status("TODO", OPEN).status("DOING", ACTIVE).initial("TODO")
                        .transition("START", "TODO", "DOING").build());
        assertTrue(refused.getMessage().contains("no status is in the CLOSED category"), refused.getMessage());
    }

    @Test
    void aStatusNoTransitionLeadsToIsRefused() {
        assertRefusedNaming("status ORPHAN cannot be reached from TODO",
                b -> b.status("ORPHAN", ACTIVE).transition("DROP", "ORPHAN", "DONE"));
    }

    @Test
    void aStatusFromWhichNoClosedStatusCanBeReachedIsRefused() {
        assertRefusedNaming("status LIMBO can never reach a closed status",
                b -> b.status("LIMBO", ACTIVE).transition("PARK", "TODO", "LIMBO"));
    }

    @Test
    void aDefaultPriorityThatIsNotDeclaredIsRefused() {
        assertRefusedNaming("default priority URGENT is not declared",
                b -> b.priorities("LOW", "HIGH").defaultPriority("urgent"));
    }

    @Test
    void requiringAPriorityWithoutDeclaringAnyIsRefused() {
        assertRefusedNaming("a priority is required but none is declared", b -> b.priorityRequired(true));
    }

    @Test
    void aPriorityDeclaredTwiceIsRefused() {
        assertRefusedNaming("priority HIGH is declared twice", b -> b.priorities("HIGH", "high"));
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        String message = refusal(b -> b.initial("NOPE").transition("LOOP", "DONE", "DONE").priorityRequired(true));
        assertTrue(message.contains("initial status NOPE is not declared"), message);
        assertTrue(message.contains("goes from DONE to itself"), message);
        assertTrue(message.contains("none is declared"), message);
    }

    /** Triage, fix, verify, done; only a lead may reopen, and going back to triage needs a reason. */
    private static Workflow hostDefined() {
        return Workflow.builder("field-service")
                .status("TRIAGE", NEW).status("FIXING", ACTIVE).status("DONE", CLOSED)
                .initial("triage")
                .transition("ACCEPT", "TRIAGE", "FIXING")
                .transition(new Transition("BOUNCE", "FIXING", "TRIAGE", TransitionRule.permitted(), true, Set.of()))
                .transition("FINISH", "FIXING", "DONE")
                .transition(new Transition("REVIVE", "DONE", "FIXING", TransitionRule.roles(Role.ADMIN), false,
                        Set.of()))
                .priorities("P3", "P2", "P1").defaultPriority("P3")
                .build();
    }

    @Test
    void aHostDefinedWorkflowRunsEndToEndThroughTheDesk() {
        DeskFixture f = DeskFixture.with(hostDefined());
        Ticket ticket = f.open(OPERATIONS, DeskFixture.OWN_PROJECT);
        assertEquals("TRIAGE", ticket.status().name());
        assertEquals(Optional.of("P3"), ticket.priority());
        f.refuses(TransitionNotAllowedException.class, OPERATIONS, ticket, new Close());

        Ticket fixing = f.run(OPERATIONS, ticket, new ChangeStatus("fixing"));
        f.refuses(ValidationFailedException.class, OPERATIONS, fixing,
                new ChangeStatus("TRIAGE"));
        Ticket done = f.run(OPERATIONS, fixing, new Close("Fuse replaced"));
        assertEquals("DONE", done.status().name());
        assertClosedStampMatchesStatus(done, OPERATIONS);

        f.refuses(AccessDeniedException.class, OPERATIONS, done, new Reopen());
        Ticket revived = f.run(ADMIN, done, new Reopen());
        assertEquals("FIXING", revived.status().name());
        assertClosedStampMatchesStatus(revived, ADMIN);
    }

    @Test
    void aClosedTicketIsNotClosedAgainButMayMoveWithinTheClosedCategoryKeepingItsStamp() {
        DeskFixture f = DeskFixture.with(minimal().status("ARCHIVED", CLOSED).transition("ARCHIVE", "DONE", "ARCHIVED")
                .build());
        Ticket done = f.run(OPERATIONS, f.open(OPERATIONS, DeskFixture.OWN_PROJECT), new Close());
        TransitionNotAllowedException refused = f.refuses(TransitionNotAllowedException.class, ADMIN, done,
                new Close());
        assertTrue(refused.getMessage().contains("closed already"), refused.getMessage());
        Ticket archived = f.run(ADMIN, done, new ChangeStatus("ARCHIVED"));
        assertEquals("ARCHIVED", archived.status().name());
        assertClosedStampMatchesStatus(archived, OPERATIONS);
    }

    @Test
    void malformedNamesAreRefusedAsConfigurationProblemsNamingTheName() {
        assertRefusedNaming("status 'in progress!'", b -> b.status("in progress!", ACTIVE));
        assertRefusedNaming("initial status '1st'", b -> b.initial("1st"));
        assertRefusedNaming("priority 'p-1'", b -> b.priorities("p-1"));
    }

    @Test
    void aCategoryDeclaredTwiceIsRefused() {
        assertRefusedNaming("category 'billing' is declared twice", b -> b.categories("Billing", "billing"));
    }

    @Test
    void aRolesRuleWithoutRolesIsAConfigurationProblem() {
        assertThrows(ConfigurationException.class, TransitionRule::roles);
    }
}
