package io.github.tickets4j.core;

import io.github.tickets4j.core.access.AccessTarget;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.AddTag;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeCategory;
import io.github.tickets4j.core.ticket.TicketCommand.ChangePriority;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeTeam;
import io.github.tickets4j.core.ticket.TicketCommand.ClearCategory;
import io.github.tickets4j.core.ticket.TicketCommand.ClearDueDate;
import io.github.tickets4j.core.ticket.TicketCommand.ClearFollowUpDate;
import io.github.tickets4j.core.ticket.TicketCommand.ClearTeam;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.LinkCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.PickUp;
import io.github.tickets4j.core.ticket.TicketCommand.RemoveTag;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketCommand.SetDueDate;
import io.github.tickets4j.core.ticket.TicketCommand.SetFollowUpDate;
import io.github.tickets4j.core.ticket.TicketCommand.SetHiddenFromCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.Unassign;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.Transition;
import io.github.tickets4j.core.workflow.TransitionRule;
import io.github.tickets4j.core.workflow.Workflow;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs one validated command against a loaded ticket the actor may view: the policy decides whether the actor may,
 * the ticket's workflow which transition applies, the aggregate what changes, and then the targets of the change
 * are authorised (see {@link Guard#requireTargets}).
 */
final class Decider {
    private final Guard guard;

    /**
     * Creates the decider.
     *
     * @param guard the access guard, never null
     */
    Decider(Guard guard) {
        this.guard = guard;
    }

    /**
     * Decides a command.
     *
     * @param actor who acts, never null
     * @param ticket the ticket as loaded, never null
     * @param workflow the workflow the ticket records, never null
     * @param command the validated command, never null
     * @param now the current instant, never null
     * @return the change, never null
     */
    Change decide(Actor actor, Ticket ticket, Workflow workflow, TicketCommand command, Instant now) {
        Change change = decideOnly(actor, ticket, workflow, command, now);
        guard.requireTargets(actor, permissionOf(command, ticket, change.ticket()), ticket, change.ticket());
        return change;
    }

    private static Permission permissionOf(TicketCommand command, Ticket before, Ticket after) {
        if (command instanceof ChangeStatus || command instanceof Close || command instanceof Reopen) {
            return permissionFor(before.status(), after.status());
        }
        return command instanceof AddFollowUp ? Permission.FOLLOW_UP
                : command instanceof Assign || command instanceof PickUp || command instanceof Unassign
                ? Permission.ASSIGN : Permission.EDIT;
    }

    private Change decideOnly(Actor actor, Ticket ticket, Workflow workflow, TicketCommand command, Instant now) {
        if (command instanceof ChangeStatus c) {
            // CommandRules refused unknown statuses already; should a caller skip them, still no raw exception.
            Status target = workflow.status(c.to()).orElseThrow(() -> ValidationFailedException.of("to",
                    "is not a status of workflow " + workflow.ref()));
            Optional<Transition> t = workflow.transition(ticket.status().name(), target.name());
            if (t.isEmpty()) {
                throw refuse(actor, ticket, permissionFor(ticket.status(), target), target.name(),
                        "the workflow has no such transition");
            }
            return move(actor, ticket, workflow, t.get(), c.reason(), now);
        }
        if (command instanceof Close c) {
            Optional<Transition> t = workflow.closeTransitionFrom(ticket.status().name());
            if (t.isEmpty()) {
                throw refuse(actor, ticket, Permission.CLOSE, "a closed status", ticket.status().isClosed()
                        ? "it is closed already" : "the workflow allows no closing from here");
            }
            return move(actor, ticket, workflow, t.get(), c.note(), now);
        }
        if (command instanceof Reopen c) {
            Optional<Transition> t = workflow.reopenTransitionFrom(ticket.status().name());
            if (t.isEmpty()) {
                throw refuse(actor, ticket, Permission.REOPEN, "an open status", ticket.status().isClosed()
                        ? "the workflow allows no reopening" : "it is not closed");
            }
            return move(actor, ticket, workflow, t.get(), c.reason(), now);
        }
        guard.requireChange(actor, permissionOf(command, ticket, ticket), ticket);
        return apply(actor, ticket, workflow, command, now);
    }

    private Change apply(Actor actor, Ticket ticket, Workflow workflow, TicketCommand command, Instant now) {
        if (command instanceof AddFollowUp c) {
            return ticket.addFollowUp(c.note(), c.followUpDate(), c.audience(), actor.id(), now);
        }
        if (command instanceof Assign c) {
            return ticket.assign(c.assignee(), c.reason(), actor.id(), now);
        }
        if (command instanceof PickUp) {
            return ticket.pickUp(actor.id(), now);
        }
        if (command instanceof Unassign c) {
            return ticket.unassign(c.reason(), actor.id(), now);
        }
        if (command instanceof ChangePriority c) {
            String priority = workflow.priority(c.priority()).orElseThrow(() -> ValidationFailedException.of(
                    "priority", "is not a priority of workflow " + workflow.ref()));
            int before = ticket.priority().map(workflow.priorities()::indexOf).orElse(-1);
            return ticket.changePriority(priority, workflow.priorities().indexOf(priority) > before, c.reason(),
                    actor.id(), now);
        }
        if (command instanceof SetDueDate c) {
            return ticket.setDueDate(Optional.of(c.dueAt()), actor.id(), now);
        }
        if (command instanceof ClearDueDate) {
            return ticket.setDueDate(Optional.empty(), actor.id(), now);
        }
        if (command instanceof SetFollowUpDate c) {
            return ticket.setFollowUpDate(Optional.of(c.followUpDate()), actor.id(), now);
        }
        if (command instanceof ClearFollowUpDate) {
            return ticket.setFollowUpDate(Optional.empty(), actor.id(), now);
        }
        if (command instanceof AddTag c) {
            return ticket.tag(c.tag(), actor.id(), now);
        }
        if (command instanceof RemoveTag c) {
            return ticket.untag(c.tag(), actor.id(), now);
        }
        if (command instanceof LinkCustomer c) {
            return ticket.linkCustomer(c.customer(), c.project(), c.contact(), actor.id(), now);
        }
        if (command instanceof ChangeTeam c) {
            return ticket.changeTeam(Optional.of(c.team()), actor.id(), now);
        }
        if (command instanceof ClearTeam) {
            return ticket.changeTeam(Optional.empty(), actor.id(), now);
        }
        if (command instanceof ChangeCategory c) {
            // CommandRules refused unknown categories already; should a caller skip them, still no raw exception.
            String category = workflow.category(c.category()).orElseThrow(() -> ValidationFailedException.of(
                    "category", "is not a category of workflow " + workflow.ref()));
            return ticket.changeCategory(Optional.of(category), actor.id(), now);
        }
        if (command instanceof ClearCategory) {
            return ticket.changeCategory(Optional.empty(), actor.id(), now);
        }
        if (command instanceof SetHiddenFromCustomer c) {
            return ticket.setHidden(c.hiddenFromCustomer(), actor.id(), now);
        }
        throw new IllegalArgumentException("Unknown command " + command.getClass().getName());
    }

    private Change move(Actor actor, Ticket ticket, Workflow workflow, Transition t, Optional<String> reason,
            Instant now) {
        Status target = workflow.status(t.to()).orElseThrow();
        Permission permission = permissionFor(ticket.status(), target);
        boolean reopening = permission == Permission.REOPEN;
        AccessTarget facts = AccessTarget.of(ticket);
        if (t.rule() instanceof TransitionRule.Creator) {
            if (!ticket.createdBy().equals(actor.id())) {
                throw new AccessDeniedException(actor.id(), permission, facts.label(),
                        "only the ticket's creator may take transition " + t.name());
            }
            guard.require(actor, Permission.VIEW, facts);
        } else {
            if (t.rule() instanceof TransitionRule.Roles r && r.roles().stream().noneMatch(actor::has)) {
                throw new AccessDeniedException(actor.id(), permission, facts.label(),
                        "transition " + t.name() + " is reserved to roles " + new java.util.TreeSet<>(
                                r.roles().stream().map(Object::toString).toList()));
            }
            if (reopening) {
                guard.require(actor, permission, facts);
            } else {
                guard.requireChange(actor, permission, ticket);
            }
        }
        return ticket.move(t, target, reason, actor.id(), now);
    }

    private static Permission permissionFor(Status from, Status to) {
        if (!from.isClosed() && to.isClosed()) {
            return Permission.CLOSE;
        }
        return from.isClosed() && !to.isClosed() ? Permission.REOPEN : Permission.CHANGE_STATUS;
    }

    /**
     * Refuses a move the workflow does not have, after asking the policy, so that an actor who may not take such a
     * step at all is denied access and learns nothing about the ticket's state.
     */
    private TransitionNotAllowedException refuse(Actor actor, Ticket ticket, Permission permission, String to,
            String why) {
        guard.require(actor, permission, AccessTarget.of(ticket));
        return new TransitionNotAllowedException(ticket.number().value(), ticket.status().name(), to, why);
    }
}
