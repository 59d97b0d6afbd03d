package io.github.tickets4j.core;

import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.Transition;
import io.github.tickets4j.core.workflow.Workflow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The desk's own input rules, beyond the commands' annotations: dates not in the past, targets that exist in the
 * host's directory, names the workflow knows, and the reasons its transitions require. Each method lists every
 * violation it finds.
 */
final class CommandRules {
    private final Directory directory;

    /**
     * Creates the rules.
     *
     * @param directory the host's directory, never null
     */
    CommandRules(Directory directory) {
        this.directory = directory;
    }

    /**
     * The rules of a creation.
     *
     * @param command the command, may be null (then the annotations report it)
     * @param workflow the workflow the command names, empty when the desk has none of that name
     * @param workflows the names the desk knows, for the message, never null
     * @return the violations, never null
     */
    List<Violation> creation(CreateTicket command, Optional<Workflow> workflow, List<String> workflows) {
        List<Violation> found = new ArrayList<>();
        if (command == null) {
            return found;
        }
        command.project().ifPresent(p -> project(p, found));
        command.customer().ifPresent(c -> customer(c, command.project(), found));
        command.team().ifPresent(t -> team(t, found));
        command.assignee().ifPresent(a -> assignee(a, found));
        if (workflow.isEmpty()) {
            found.add(new Violation("workflow", "must be one of " + workflows));
            return found;
        }
        Workflow w = workflow.get();
        if (command.priority().isPresent()) {
            priority(w, command.priority().get(), found);
        } else if (w.priorityRequired() && w.defaultPriority().isEmpty()) {
            found.add(new Violation("priority", "is required, one of " + w.priorities()));
        }
        if (command.category().isPresent()) {
            category(w, command.category().get(), found);
        } else if (w.categoryRequired()) {
            found.add(new Violation("category", "is required" + (w.categories().isEmpty() ? ""
                    : ", one of " + w.categories())));
        }
        return found;
    }

    /**
     * The rules of a command that need neither the ticket nor its workflow: dates and targets.
     *
     * @param command the command, may be null (then the annotations report it)
     * @param today today as the actor sees it, never null
     * @return the violations, never null
     */
    List<Violation> command(TicketCommand command, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (command instanceof TicketCommand.AddFollowUp c) {
            notPast(c.followUpDate(), today, found);
        } else if (command instanceof TicketCommand.SetFollowUpDate c) {
            notPast(Optional.ofNullable(c.followUpDate()), today, found);
        } else if (command instanceof TicketCommand.Assign c && c.assignee() != null) {
            assignee(c.assignee(), found);
        } else if (command instanceof TicketCommand.ChangeTeam c && c.team() != null) {
            team(c.team(), found);
        } else if (command instanceof TicketCommand.LinkCustomer c && c.customer() != null) {
            c.project().ifPresent(p -> project(p, found));
            customer(c.customer(), c.project(), found);
        }
        return found;
    }

    /**
     * The rules of a command that need the loaded ticket and its workflow: statuses, priorities and categories the
     * workflow knows, and the reason (or, for a close, the note) a transition requires. Checked before the policy
     * and the aggregate decide, so a command that breaks several of them is refused once, naming all.
     *
     * @param command the command whose own constraints hold, never null
     * @param ticket the ticket as loaded, never null
     * @param workflow the ticket's workflow, which knows its status; never null
     * @return the violations, never null
     */
    List<Violation> command(TicketCommand command, Ticket ticket, Workflow workflow) {
        List<Violation> found = new ArrayList<>();
        String from = ticket.status().name();
        if (command instanceof TicketCommand.ChangeStatus c) {
            Optional<Status> to = workflow.status(c.to());
            if (to.isEmpty()) {
                found.add(new Violation("to", "must be one of " + workflow.statuses().stream().map(Status::name)
                        .toList() + " (workflow " + workflow.ref() + ")"));
            } else {
                workflow.transition(from, to.get().name()).ifPresent(t -> reasonGiven(t, "reason", c.reason(), found));
            }
        } else if (command instanceof TicketCommand.Close c) {
            workflow.closeTransitionFrom(from).ifPresent(t -> reasonGiven(t, "note", c.note(), found));
        } else if (command instanceof TicketCommand.Reopen c) {
            workflow.reopenTransitionFrom(from).ifPresent(t -> reasonGiven(t, "reason", c.reason(), found));
        } else if (command instanceof TicketCommand.ChangePriority c) {
            priority(workflow, c.priority(), found);
        } else if (command instanceof TicketCommand.ChangeCategory c) {
            category(workflow, c.category(), found);
        } else if (command instanceof TicketCommand.ClearCategory && workflow.categoryRequired()) {
            found.add(new Violation("category", "is required by workflow " + workflow.name()
                    + " and cannot be cleared"));
        }
        return found;
    }

    /** A transition that requires a reason refuses a command without one; which field holds it is the command's. */
    private static void reasonGiven(Transition transition, String field, Optional<String> given,
            List<Violation> found) {
        if (transition.reasonRequired() && given.isEmpty()) {
            found.add(new Violation(field, "is required to go from " + transition.from() + " to "
                    + transition.to()));
        }
    }

    private static void notPast(Optional<LocalDate> date, LocalDate today, List<Violation> found) {
        date.filter(d -> d.isBefore(today)).ifPresent(
                d -> found.add(new Violation("followUpDate", "must not be before today (" + today + ")")));
    }

    private void project(ProjectId project, List<Violation> found) {
        if (!directory.projectExists(project)) {
            found.add(new Violation("project", "project " + project + " does not exist"));
        }
    }

    private void customer(CustomerId customer, Optional<ProjectId> project, List<Violation> found) {
        if (!directory.customerExists(customer)) {
            found.add(new Violation("customer", "customer " + customer + " does not exist"));
            return;
        }
        Optional<CustomerId> owner = project.flatMap(directory::customerOf);
        if (owner.isPresent() && !owner.get().equals(customer)) {
            found.add(new Violation("customer", "customer " + customer + " does not own project " + project.get()
                    + " (its customer is " + owner.get() + ")"));
        }
    }

    private void team(TeamId team, List<Violation> found) {
        if (!directory.teamExists(team)) {
            found.add(new Violation("team", "team " + team + " does not exist"));
        }
    }

    private void assignee(UserId user, List<Violation> found) {
        if (directory.user(user).isEmpty()) {
            found.add(new Violation("assignee", "user " + user + " does not exist"));
        }
    }

    private static void priority(Workflow workflow, String priority, List<Violation> found) {
        if (priority != null && !priority.isBlank() && workflow.priority(priority).isEmpty()) {
            found.add(new Violation("priority", workflow.priorities().isEmpty()
                    ? "workflow " + workflow.name() + " has no priorities"
                    : "must be one of " + workflow.priorities()));
        }
    }

    private static void category(Workflow workflow, String category, List<Violation> found) {
        if (workflow.category(category).isEmpty()) {
            found.add(new Violation("category", "must be one of " + workflow.categories()));
        }
    }
}
