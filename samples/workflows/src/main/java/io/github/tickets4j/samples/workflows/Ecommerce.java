package io.github.tickets4j.samples.workflows;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.access.PermissionScope;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangePriority;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.Transition;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Seed 002, an e-commerce admin's ticket guide ({@link Workflows#ecommerce()}): its transition table, a payment
 * ticket escalated and reassigned with reasons, resolved, closed and reopened with a reason when the issue
 * persists; analytics by priority, status and assignee.
 */
final class Ecommerce extends Scenario {
    private static final Role SUPPORT = Role.of("SUPPORT");
    private static final Actor SARA = Actor.of("sara", SUPPORT);
    private static final Actor SEAN = Actor.of("sean", SUPPORT);
    private static final CustomerId SHOPPER = CustomerId.of("C-88123");
    private static final CustomerId ACCOUNT_HOLDER = CustomerId.of("C-90210");

    Ecommerce() {
        super("002", "E-commerce admin tickets: transition table, reopen reason, escalation");
    }

    @Override
    void play(PrintStream out) {
        Workflow workflow = Workflows.ecommerce();
        // Support staff may also reopen: the seed's table sends CLOSED and RESOLVED tickets back to OPEN.
        RoleMatrix policy = RoleMatrix.builder().grant(SUPPORT, PermissionScope.ALL, WORK)
                .grant(SUPPORT, PermissionScope.ALL, Permission.REOPEN).build();
        InMemoryDirectory directory = new InMemoryDirectory().customer(SHOPPER).customer(ACCOUNT_HOLDER)
                .user(SARA, SEAN);
        Stage stage = new Stage(out, LocalDateTime.parse("2026-05-04T08:00"), workflow, policy, directory);
        transitionTable(stage, workflow);

        stage.at("2026-05-04T09:00");
        stage.attemptCreate(SARA, "create a ticket without category and priority",
                CreateTicket.titled("Order #5512 charged twice").customer(SHOPPER));
        TicketNumber order = stage.create(SARA, CreateTicket.titled("Order #5512 charged twice").customer(SHOPPER)
                .category("Payments").priority("MEDIUM").assignee(SARA.id()));
        stage.act(SARA, order, new ChangeStatus("IN_PROGRESS"));
        stage.at("2026-05-04T10:00");
        stage.act(SARA, order, new ChangePriority("HIGH", "Customer charged twice; refund due today"));
        stage.act(SARA, order, new Assign(SEAN.id(), "Requires payments expertise"));
        stage.attempt(SEAN, order, "send it back to OPEN", new ChangeStatus("OPEN"));
        stage.at("2026-05-04T14:00");
        stage.act(SEAN, order, new ChangeStatus("RESOLVED", "Duplicate charge refunded"));
        stage.at("2026-05-05T09:00");
        stage.act(SEAN, order, new Close("Customer confirmed"));

        stage.at("2026-05-05T11:00");
        TicketNumber shipping = stage.create(SARA, CreateTicket.titled("Do you ship to Norway?")
                .category("Product question").priority("MEDIUM").assignee(SARA.id()));
        stage.act(SARA, shipping, new ChangePriority("LOW", "General inquiry"));
        stage.at("2026-05-05T11:20");
        stage.act(SARA, shipping, new AddFollowUp("Yes, within five working days"));
        stage.act(SARA, shipping, new Close());

        stage.at("2026-05-06T10:00");
        stage.attempt(SARA, order, "reopen it without a reason", new Reopen());
        stage.act(SARA, order, new Reopen("Refund has not arrived"));
        stage.act(SEAN, order, new ChangeStatus("IN_PROGRESS"));
        stage.at("2026-05-06T16:00");
        stage.act(SEAN, order, new Close("Bank confirmed the refund; closed again"));

        stage.at("2026-05-06T17:00");
        stage.create(SARA, CreateTicket.titled("Cannot access my account").customer(ACCOUNT_HOLDER)
                .category("Account").priority("HIGH").assignee(SEAN.id()));

        stage.timeline(SARA, order);
        stage.statistics(SARA, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 6), Dimension.PRIORITY,
                Dimension.STATUS, Dimension.CATEGORY, Dimension.ASSIGNEE);
    }

    private static void transitionTable(Stage stage, Workflow workflow) {
        stage.say("Transition table of workflow '" + workflow.name() + "':");
        for (Status s : workflow.statuses()) {
            List<Transition> next = workflow.transitionsFrom(s.name());
            stage.say(String.format("  %-12s -> %s", s.name(), next.stream()
                    .map(t -> t.to() + " (" + t.name() + (t.reasonRequired() ? ", reason required" : "") + ")")
                    .collect(Collectors.joining(", "))));
        }
        stage.say("");
    }
}
