package io.github.tickets4j.core;

import io.github.tickets4j.core.access.AccessTarget;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketEvent.Occurrence;
import io.github.tickets4j.core.workflow.Requirement;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Transition;
import io.github.tickets4j.core.workflow.TransitionRule;
import io.github.tickets4j.core.workflow.Workflow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The commands that move a ticket along its workflow: change status, close, reopen. Each finds its transition in
 * the workflow the ticket records; whether the transition's required reason was given is an input rule. The
 * transition's rule and the policy decide who may take it, with the move's permission: close, reopen or change
 * status. Entering the closed category stamps closed at/by and clears the follow-up date; leaving it clears closed
 * at/by and the resolution with its rating; entering the resolved category stamps resolved at and the resolution note.
 */
final class Moves {
    private Moves() {
    }

    /** {@link TicketCommand.ChangeStatus}: the workflow's transition from the current status to the one named. */
    record ChangeStatus(TicketCommand.ChangeStatus command) implements Handler {
        @Override
        public Permission permission() {
            return Permission.CHANGE_STATUS;
        }

        @Override
        public void checkState(Ticket ticket, Workflow workflow, List<Violation> found) {
            Optional<Status> to = workflow.status(command.to());
            if (to.isEmpty()) {
                found.add(new Violation("to", "must be one of " + workflow.statuses().stream().map(Status::name)
                        .toList() + " (workflow " + workflow.ref() + ")"));
            } else {
                reasonGiven(workflow.transition(ticket.status().name(), to.get().name()), "reason",
                        command.reason(), found);
            }
        }

        @Override
        public Change decide(Attempt a) {
            // checkState refused unknown statuses already; should a caller skip it, still no raw exception.
            Status target = a.workflow().status(command.to()).orElseThrow(() -> ValidationFailedException.of("to",
                    "is not a status of workflow " + a.workflow().ref()));
            return move(a, a.workflow().transition(a.ticket().status().name(), target.name()),
                    Moves.permission(a.ticket().status(), target), target.name(), "the workflow has no such transition",
                    command.reason());
        }
    }

    /** {@link TicketCommand.Close}: the workflow's close transition from the current status. */
    record Close(TicketCommand.Close command) implements Handler {
        @Override
        public Permission permission() {
            return Permission.CLOSE;
        }

        @Override
        public boolean forCustomers(List<Violation> found) {
            return true;
        }

        @Override
        public void checkState(Ticket ticket, Workflow workflow, List<Violation> found) {
            reasonGiven(workflow.closeTransitionFrom(ticket.status().name()), "note", command.note(), found);
        }

        @Override
        public Change decide(Attempt a) {
            return move(a, a.workflow().closeTransitionFrom(a.ticket().status().name()), permission(),
                    "a closed status", a.ticket().status().isClosed() ? "it is closed already"
                            : "the workflow allows no closing from here", command.note());
        }
    }

    /** {@link TicketCommand.Reopen}: the workflow's reopen transition from the current, closed status. */
    record Reopen(TicketCommand.Reopen command) implements Handler {
        @Override
        public Permission permission() {
            return Permission.REOPEN;
        }

        @Override
        public boolean forCustomers(List<Violation> found) {
            return true;
        }

        @Override
        public void checkState(Ticket ticket, Workflow workflow, List<Violation> found) {
            reasonGiven(workflow.reopenTransitionFrom(ticket.status().name()), "reason", command.reason(), found);
        }

        @Override
        public Change decide(Attempt a) {
            return move(a, a.workflow().reopenTransitionFrom(a.ticket().status().name()), permission(),
                    "an open status", a.ticket().status().isClosed() ? "the workflow allows no reopening"
                            : "it is not closed", command.reason());
        }
    }

    /**
     * A transition that requires a reason refuses a command without one; which field holds it is the command's. A
     * missing transition is the decision's to refuse.
     */
    private static void reasonGiven(Optional<Transition> transition, String field, Optional<String> given,
            List<Violation> found) {
        if (transition.isPresent() && transition.get().reasonRequired() && given.isEmpty()) {
            found.add(new Violation(field, "is required to go from " + transition.get().from() + " to "
                    + transition.get().to()));
        }
    }

    /**
     * Moves along the transition found, or refuses the move when the workflow has none: after asking the policy
     * for the move's permission, so that an actor who may not take such a step at all is denied access and learns
     * nothing about the ticket's state.
     */
    private static Change move(Attempt a, Optional<Transition> found, Permission permission, String to,
            String whyNot, Optional<String> reason) {
        if (found.isEmpty()) {
            a.guard().require(a.actor(), permission, AccessTarget.of(a.ticket()));
            throw new TransitionNotAllowedException(a.ticket().number().value(), a.ticket().status().name(), to,
                    whyNot);
        }
        return move(a, found.get(), reason);
    }

    /** Authorises the transition, decides the move, then authorises what it moves the ticket to. */
    private static Change move(Attempt a, Transition transition, Optional<String> reason) {
        Ticket ticket = a.ticket();
        Status target = a.workflow().status(transition.to()).orElseThrow();
        Permission permission = permission(ticket.status(), target);
        Permission asked = transition.rule().accept(new RuleCheck(a, transition, permission));
        if (asked == Permission.CHANGE_STATUS || asked == Permission.CLOSE) {
            a.guard().requireChange(a.actor(), asked, ticket);
        } else {
            // Reopening is how a closed ticket opens again, so it needs no right to change closed tickets; nor does
            // the creator's own transition, which only asks that they still see the ticket.
            a.guard().require(a.actor(), asked, AccessTarget.of(ticket));
        }
        for (Requirement requirement : transition.requirements()) {
            requireMet(requirement, ticket, target);
        }
        return a.authorised(permission, a.change(event(a, transition, target, reason), b -> {
            Instant at = a.now();
            b.status(target);
            if (closing(ticket.status(), target)) {
                b.closedAt(at).closedBy(a.actor().id()).followUpDate(null);
            } else if (reopening(ticket.status(), target)) {
                b.closedAt(null).closedBy(null);
            }
            StatusCategory category = target.category();
            if (category == StatusCategory.RESOLVED
                    || (category == StatusCategory.CLOSED && ticket.resolvedAt().isEmpty())) {
                // A new resolution: whatever was rated before was the earlier one, and this one is rated afresh.
                b.resolvedAt(at).rating(null);
                reason.ifPresent(b::resolutionNote);
            } else if (category != StatusCategory.CLOSED) {
                b.resolvedAt(null).resolutionNote(null).rating(null);
            }
            return b;
        }));
    }

    /** A move into the closed category is a closing, one out of it a reopening, any other a status change. */
    private static TicketEvent event(Attempt a, Transition transition, Status target, Optional<String> reason) {
        Occurrence occurrence = a.occurrence();
        String from = a.ticket().status().name();
        if (closing(a.ticket().status(), target)) {
            return new TicketEvent.Closed(occurrence, from, target.name(), reason);
        }
        return reopening(a.ticket().status(), target)
                ? new TicketEvent.Reopened(occurrence, from, target.name(), reason)
                : new TicketEvent.StatusChanged(occurrence, from, target.name(), transition.name(), reason);
    }

    private static void requireMet(Requirement requirement, Ticket ticket, Status target) {
        Optional<String> unmet = switch (requirement) {
            case CUSTOMER_LINKED -> ticket.customer().isPresent() ? Optional.empty()
                    : Optional.of("the ticket must be linked to a customer first");
            case ASSIGNEE_SET -> ticket.assignee().isPresent() ? Optional.empty()
                    : Optional.of("the ticket must be assigned first");
        };
        if (unmet.isPresent()) {
            throw new TransitionNotAllowedException(ticket.number().value(), ticket.status().name(), target.name(),
                    unmet.get());
        }
    }

    /**
     * Checks a transition's own rule and names the permission the policy must then grant: the move's own, or for
     * the creator's transition only the right to view the ticket.
     */
    private record RuleCheck(Attempt a, Transition transition, Permission permission)
            implements TransitionRule.Visitor<Permission> {
        @Override
        public Permission permitted() {
            return permission;
        }

        @Override
        public Permission roles(TransitionRule.Roles rule) {
            if (rule.roles().stream().noneMatch(a.actor()::has)) {
                throw denied("transition " + transition.name() + " is reserved to roles "
                        + new TreeSet<>(rule.roles().stream().map(Object::toString).toList()));
            }
            return permission;
        }

        @Override
        public Permission creator() {
            if (!a.ticket().createdBy().equals(a.actor().id())) {
                throw denied("only the ticket's creator may take transition " + transition.name());
            }
            return Permission.VIEW;
        }

        private AccessDeniedException denied(String reason) {
            return new AccessDeniedException(a.actor().id(), permission, AccessTarget.of(a.ticket()).label(), reason);
        }
    }

    private static boolean closing(Status from, Status to) {
        return !from.isClosed() && to.isClosed();
    }

    private static boolean reopening(Status from, Status to) {
        return from.isClosed() && !to.isClosed();
    }

    private static Permission permission(Status from, Status to) {
        if (closing(from, to)) {
            return Permission.CLOSE;
        }
        return reopening(from, to) ? Permission.REOPEN : Permission.CHANGE_STATUS;
    }
}
