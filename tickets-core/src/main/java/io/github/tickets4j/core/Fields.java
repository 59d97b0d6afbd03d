package io.github.tickets4j.core;

import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketEvent.Occurrence;
import io.github.tickets4j.core.workflow.Workflow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The commands that set one of a ticket's fields: priority, due date, customer, team, category, tags, and whether
 * it is hidden from the customer. They need the edit permission, and a command that would leave the field as it is
 * is refused.
 */
final class Fields {
    private Fields() {
    }

    /**
     * {@link TicketCommand.ChangePriority}: one of the workflow's priorities; raising it, or setting one where there
     * was none, is an escalation.
     */
    record Priority(TicketCommand.ChangePriority command) implements Handler {
        @Override
        public Permission permission() {
            return Permission.EDIT;
        }

        @Override
        public void checkState(Ticket ticket, Workflow workflow, List<Violation> found) {
            knownPriority(workflow, command.priority(), found);
        }

        @Override
        public Change decide(Attempt a) {
            return a.edit(permission(), () -> {
                Workflow workflow = a.workflow();
                // checkState refused unknown priorities already; should a caller skip it, still no raw exception.
                String priority = workflow.priority(command.priority()).orElseThrow(() -> ValidationFailedException
                        .of("priority", "is not a priority of workflow " + workflow.ref()));
                Optional<String> before = a.ticket().priority();
                a.requireChanged(before, Optional.of(priority), "priority " + priority);
                Occurrence occurrence = a.occurrence();
                boolean raised = workflow.priorities().indexOf(priority)
                        > before.map(workflow.priorities()::indexOf).orElse(-1);
                TicketEvent event = raised ? new TicketEvent.Escalated(occurrence, before, priority, command.reason())
                        : new TicketEvent.PriorityChanged(occurrence, before, priority, command.reason());
                return a.change(event, b -> b.priority(priority));
            });
        }
    }

    /**
     * {@link TicketCommand.SetDueDate} and {@link TicketCommand.ClearDueDate}.
     *
     * @param dueAt the new deadline, empty to clear
     */
    record DueDate(Optional<Instant> dueAt) implements Handler {
        @Override
        public Permission permission() {
            return Permission.EDIT;
        }

        @Override
        public Change decide(Attempt a) {
            return a.edit(permission(), () -> {
                Optional<Instant> before = a.ticket().dueAt();
                a.requireChanged(before, dueAt, "due date " + dueAt.map(Instant::toString).orElse("cleared"));
                return a.change(new TicketEvent.DueDateChanged(a.occurrence(), before, dueAt),
                        b -> b.dueAt(dueAt.orElse(null)));
            });
        }
    }

    /**
     * {@link TicketCommand.LinkCustomer}: the customer, and the project and contact when given (else they stay);
     * the project must be the customer's.
     */
    record Customer(TicketCommand.LinkCustomer command) implements Handler {
        @Override
        public Permission permission() {
            return Permission.EDIT;
        }

        @Override
        public void checkInput(Targets targets, LocalDate today, List<Violation> found) {
            if (command.customer() != null) {
                command.project().ifPresent(p -> targets.project(p, found));
                targets.customer(command.customer(), command.project(), found);
            }
        }

        @Override
        public Change decide(Attempt a) {
            CustomerId customer = command.customer();
            Optional<ProjectId> project = command.project();
            Optional<ContactId> contact = command.contact();
            Ticket ticket = a.ticket();
            return a.edit(permission(), () -> {
                if (ticket.customer().equals(Optional.of(customer))
                        && (project.isEmpty() || project.equals(ticket.project()))
                        && (contact.isEmpty() || contact.equals(ticket.contact()))) {
                    throw new RuleViolationException("Ticket " + ticket.number() + " is already linked to customer "
                            + customer);
                }
                return a.change(new TicketEvent.CustomerLinked(a.occurrence(), ticket.customer(), customer, project,
                        contact), b -> {
                            project.ifPresent(b::project);
                            contact.ifPresent(b::contact);
                            return b.customer(customer);
                        });
            });
        }
    }

    /**
     * {@link TicketCommand.ChangeTeam} and {@link TicketCommand.ClearTeam}; a team must exist.
     *
     * @param team the new team, empty to clear; empty too when the command lacks it (its constraints report that)
     */
    record Team(Optional<TeamId> team) implements Handler {
        @Override
        public Permission permission() {
            return Permission.EDIT;
        }

        @Override
        public void checkInput(Targets targets, LocalDate today, List<Violation> found) {
            team.ifPresent(t -> targets.team(t, found));
        }

        @Override
        public Change decide(Attempt a) {
            return a.edit(permission(), () -> {
                Optional<TeamId> before = a.ticket().team();
                a.requireChanged(before, team, "team " + team.map(TeamId::value).orElse("cleared"));
                return a.change(new TicketEvent.TeamChanged(a.occurrence(), before, team),
                        b -> b.team(team.orElse(null)));
            });
        }
    }

    /**
     * {@link TicketCommand.ChangeCategory} and {@link TicketCommand.ClearCategory}: one of the workflow's
     * categories, or none unless the workflow requires one.
     *
     * @param category the category as given (any case), empty to clear
     */
    record Category(Optional<String> category) implements Handler {
        @Override
        public Permission permission() {
            return Permission.EDIT;
        }

        @Override
        public void checkState(Ticket ticket, Workflow workflow, List<Violation> found) {
            if (category.isPresent()) {
                knownCategory(workflow, category.get(), found);
            } else if (workflow.categoryRequired()) {
                found.add(new Violation("category", "is required by workflow " + workflow.name()
                        + " and cannot be cleared"));
            }
        }

        @Override
        public Change decide(Attempt a) {
            return a.edit(permission(), () -> {
                // checkState refused unknown categories already; should a caller skip it, still no raw exception.
                Optional<String> wanted = category.map(c -> a.workflow().category(c).orElseThrow(
                        () -> ValidationFailedException.of("category", "is not a category of workflow "
                                + a.workflow().ref())));
                Optional<String> before = a.ticket().category();
                a.requireChanged(before, wanted, "category " + wanted.orElse("cleared"));
                return a.change(new TicketEvent.CategoryChanged(a.occurrence(), before, wanted),
                        b -> b.category(wanted.orElse(null)));
            });
        }
    }

    /**
     * {@link TicketCommand.AddTag} and {@link TicketCommand.RemoveTag}: a tag is added that the ticket does not have
     * yet, up to {@link Ticket#MAX_TAGS}, or removed that it has.
     *
     * @param tag the tag, normalised by the command
     * @param add whether the tag is added, else removed
     */
    record Tag(String tag, boolean add) implements Handler {
        @Override
        public Permission permission() {
            return Permission.EDIT;
        }

        @Override
        public Change decide(Attempt a) {
            Ticket ticket = a.ticket();
            return a.edit(permission(), () -> {
                if (ticket.tags().contains(tag) == add) {
                    throw new RuleViolationException("Ticket " + ticket.number() + " is "
                            + (add ? "already tagged " : "not tagged ") + tag);
                }
                if (add && ticket.tags().size() >= Ticket.MAX_TAGS) {
                    throw ValidationFailedException.of("tag", "a ticket holds at most " + Ticket.MAX_TAGS + " tags");
                }
                Set<String> tags = new TreeSet<>(ticket.tags());
                if (add) {
                    tags.add(tag);
                } else {
                    tags.remove(tag);
                }
                TicketEvent event = add ? new TicketEvent.Tagged(a.occurrence(), tag)
                        : new TicketEvent.Untagged(a.occurrence(), tag);
                return a.change(event, b -> b.tags(tags));
            });
        }
    }

    /**
     * {@link TicketCommand.SetHiddenFromCustomer}: hides the ticket from the customer, or shows it again (seed 004).
     *
     * @param hide whether the ticket is to be hidden
     */
    record Hidden(boolean hide) implements Handler {
        @Override
        public Permission permission() {
            return Permission.EDIT;
        }

        @Override
        public Change decide(Attempt a) {
            return a.edit(permission(), () -> {
                if (a.ticket().hiddenFromCustomer() == hide) {
                    throw new RuleViolationException("Ticket " + a.ticket().number() + " is already "
                            + (hide ? "hidden" : "visible"));
                }
                Occurrence occurrence = a.occurrence();
                TicketEvent event = hide ? new TicketEvent.HiddenFromCustomer(occurrence)
                        : new TicketEvent.ShownToCustomer(occurrence);
                return a.change(event, b -> b.hiddenFromCustomer(hide));
            });
        }
    }

    /** A priority must be one of the workflow's; a blank one is left to the command's own constraints. */
    static void knownPriority(Workflow workflow, String priority, List<Violation> found) {
        if (priority != null && !priority.isBlank() && workflow.priority(priority).isEmpty()) {
            found.add(new Violation("priority", workflow.priorities().isEmpty()
                    ? "workflow " + workflow.name() + " has no priorities"
                    : "must be one of " + workflow.priorities()));
        }
    }

    /** A category must be one of the workflow's, unless it declares none. */
    static void knownCategory(Workflow workflow, String category, List<Violation> found) {
        if (workflow.category(category).isEmpty()) {
            found.add(new Violation("category", "must be one of " + workflow.categories()));
        }
    }
}
