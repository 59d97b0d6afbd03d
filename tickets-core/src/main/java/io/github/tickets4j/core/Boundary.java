package io.github.tickets4j.core;

import io.github.tickets4j.core.access.AccessTarget;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Affiliation;
import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.ticket.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The line the desk draws around customers and guests, whatever the access policy grants: a customer's user sees
 * only their customer's tickets, a guest only the ticket their pass opens and only while the pass is valid, and
 * neither sees a ticket hidden from customers. Reads, counts and commands all go through the same scopes, so what
 * a customer may open and what their queries return cannot disagree. Staff pass unhindered.
 */
final class Boundary {
    private final GuestPasses passes;

    /**
     * Creates the boundary.
     *
     * @param passes the storage's guest passes, read inside the caller's unit of work; never null
     */
    Boundary(GuestPasses passes) {
        this.passes = passes;
    }

    /**
     * The scopes every criteria of an actor carries besides the policy's: none for staff; the customer's tickets
     * on the public side for a customer's user; the pass's ticket on the public side for a guest.
     *
     * @param actor who asks, never null
     * @return the scopes, never null
     */
    static List<ViewableTickets> scopes(Actor actor) {
        return switch (side(actor)) {
            case STAFF -> List.of();
            case CUSTOMER -> List.of(ViewableTickets.Restricted.ofCustomers(
                    Set.of(((Affiliation.Customer) actor.affiliation()).customer())), ViewableTickets.publicSide());
            case GUEST -> List.of(ViewableTickets.Restricted.onlyTicket(
                    ((Affiliation.Guest) actor.affiliation()).ticket()), ViewableTickets.publicSide());
        };
    }

    /**
     * Tells whether the actor may be served at all now: a guest only while their pass exists, opens their ticket
     * and is neither revoked nor expired. Reads the pass, so call it inside the unit of work it guards.
     *
     * @param actor who asks, never null
     * @param now the current instant, never null
     * @return true for staff and customers, and for a guest with a valid pass
     */
    boolean admits(Actor actor, Instant now) {
        if (!(actor.affiliation() instanceof Affiliation.Guest g)) {
            return true;
        }
        return passes.findById(actor.tenant(), g.pass())
                .filter(p -> p.ticket().equals(g.ticket()) && p.isValidAt(now)).isPresent();
    }

    /**
     * The criteria as the actor may run them now: unchanged, or matching nothing for a guest whose pass no longer
     * lets them in. Call it inside the unit of work that runs the criteria.
     *
     * @param actor who asks, never null
     * @param criteria the actor's criteria, never null
     * @param now the current instant, never null
     * @return the criteria to run, never null
     */
    TicketCriteria admitted(Actor actor, TicketCriteria criteria, Instant now) {
        return admits(actor, now) ? criteria : nothing(criteria);
    }

    /**
     * The same criteria matching no ticket at all: what a guest whose pass no longer lets them in runs.
     *
     * @param criteria the criteria, never null
     * @return criteria with a scope that includes nothing, never null
     */
    static TicketCriteria nothing(TicketCriteria criteria) {
        List<ViewableTickets> scopes = new ArrayList<>(criteria.scopes());
        scopes.add(ViewableTickets.none());
        return new TicketCriteria(criteria.tenant(), criteria.query(), scopes, criteria.today(), criteria.now(),
                criteria.textNumber(), criteria.statusOrder(), criteria.priorityOrder());
    }

    /**
     * Tells whether a ticket lies inside the actor's side of the line; the access policy decides within it.
     *
     * @param actor who asks, never null
     * @param ticket the ticket, never null
     * @param now the current instant, never null
     * @return true when the actor may be shown the ticket as far as the boundary goes
     */
    boolean includes(Actor actor, Ticket ticket, Instant now) {
        AccessTarget target = AccessTarget.of(ticket);
        return scopes(actor).stream().allMatch(s -> s.includes(target)) && admits(actor, now);
    }

    /** The side of the desk an actor is on, so the boundary's choices are one exhaustive switch. */
    static Side side(Actor actor) {
        Affiliation a = actor.affiliation();
        return a.isStaff() ? Side.STAFF : a instanceof Affiliation.Customer ? Side.CUSTOMER : Side.GUEST;
    }

    /** Staff, a customer's user, or a guest. */
    enum Side {
        STAFF, CUSTOMER, GUEST
    }
}
