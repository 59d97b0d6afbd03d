package io.github.tickets4j.core;

import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The commands that decide who holds a ticket: assign, pick up, unassign. They need the assign permission; the
 * status does not change. A new assignee must be a user who may view the ticket (see {@link Guard#requireTargets}).
 */
final class Assignments {
    private Assignments() {
    }

    /** {@link TicketCommand.Assign}: someone gives the ticket to a user. */
    record Assign(TicketCommand.Assign command) implements Handler {
        @Override
        public Permission permission() {
            return Permission.ASSIGN;
        }

        @Override
        public void checkInput(Targets targets, LocalDate today, List<Violation> found) {
            if (command.assignee() != null) {
                targets.assignee(command.assignee(), found);
            }
        }

        @Override
        public Change decide(Attempt a) {
            UserId user = command.assignee();
            return a.edit(permission(), () -> {
                requireNotHeldBy(a, user);
                return a.change(new TicketEvent.Assigned(a.occurrence(), a.ticket().assignee(), user,
                        command.reason()), b -> b.assignee(user));
            });
        }
    }

    /** {@link TicketCommand.PickUp}: the actor takes the ticket themselves (seed 003). */
    record PickUp() implements Handler {
        @Override
        public Permission permission() {
            return Permission.ASSIGN;
        }

        @Override
        public Change decide(Attempt a) {
            UserId actor = a.actor().id();
            return a.edit(permission(), () -> {
                requireNotHeldBy(a, actor);
                return a.change(new TicketEvent.PickedUp(a.occurrence(), a.ticket().assignee()),
                        b -> b.assignee(actor));
            });
        }
    }

    /** {@link TicketCommand.Unassign}: nobody holds the ticket any more. */
    record Unassign(TicketCommand.Unassign command) implements Handler {
        @Override
        public Permission permission() {
            return Permission.ASSIGN;
        }

        @Override
        public Change decide(Attempt a) {
            return a.edit(permission(), () -> {
                UserId previous = a.ticket().assignee().orElseThrow(() -> new RuleViolationException(
                        "Ticket " + a.ticket().number() + " is not assigned to anyone"));
                return a.change(new TicketEvent.Unassigned(a.occurrence(), previous, command.reason()),
                        b -> b.assignee(null));
            });
        }
    }

    private static void requireNotHeldBy(Attempt a, UserId user) {
        if (a.ticket().assignee().equals(Optional.of(user))) {
            throw new RuleViolationException("Ticket " + a.ticket().number() + " is already assigned to " + user);
        }
    }
}
