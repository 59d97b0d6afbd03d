package io.github.tickets4j.core;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketEvent.Occurrence;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Workflow;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One command's attempt on a ticket, which its {@link Handler} decides: who acts, on which ticket as loaded (one the
 * actor may view), under the workflow it records, at which instant, with the tenant's access guard. A decision
 * never reads the ticket's history, so its cost does not grow with it.
 *
 * @param actor who acts
 * @param ticket the ticket as loaded
 * @param workflow the workflow the ticket records
 * @param now the instant of the decision, in milliseconds
 * @param guard the tenant's access guard
 */
record Attempt(Actor actor, Ticket ticket, Workflow workflow, Instant now, Guard guard) {

    /**
     * Decides an edit the common way: the actor needs the permission on the ticket (and on a closed ticket the
     * right to change closed tickets) before anything is decided, and again on what the change moves it to.
     */
    Change edit(Permission permission, Supplier<Change> decision) {
        guard.requireChange(actor, permission, ticket);
        return authorised(permission, decision.get());
    }

    /** Authorises what a change moves the ticket to; see {@link Guard#requireTargets}. */
    Change authorised(Permission permission, Change change) {
        guard.requireTargets(actor, permission, ticket, change.ticket());
        return change;
    }

    /** The occurrence of this decision: it makes the ticket's next version. */
    Occurrence occurrence() {
        return next(ticket, actor.id(), now);
    }

    /**
     * The occurrence of whatever happens next to a ticket: its next version, routed by the ticket's customer and
     * hidden flag as found (a change of either is itself an internal event).
     */
    static Occurrence next(Ticket ticket, UserId actor, Instant at) {
        return new Occurrence(UUID.randomUUID(), ticket.tenant(), ticket.id(), ticket.number(), ticket.version() + 1,
                at, actor, ticket.customer(), ticket.hiddenFromCustomer());
    }

    /**
     * The change an event records: the ticket as the mutation leaves it, last active at the event and at the
     * event's version.
     */
    Change change(TicketEvent event, UnaryOperator<StoredTicket> mutation) {
        Ticket next = mutation.apply(StoredTicket.from(ticket)).lastActivityAt(event.occurrence().at())
                .version(event.occurrence().version()).build();
        return new Change(next, event);
    }

    /** Refuses a command that would leave a field as it is: it would record a change that changed nothing. */
    <T> void requireChanged(Optional<T> current, Optional<T> wanted, String what) {
        if (current.equals(wanted)) {
            throw new RuleViolationException("Ticket " + ticket.number() + " already has " + what);
        }
    }
}
