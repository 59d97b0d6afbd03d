package io.github.tickets4j.core;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Affiliation;
import io.github.tickets4j.core.access.InternalField;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.TicketNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What customers and guests may send, whatever the access policy grants: a customer's user creates tickets for
 * their own customer (seed 004's portal) and replies, closes, reopens and rates; a guest replies and rates; neither
 * deletes a ticket or manages guest passes. The policy then decides within that, as for staff. Staff pass
 * unhindered.
 */
final class Portal {
    private Portal() {
    }

    /**
     * Refuses a command the actor's side may not send at all, before anything is loaded, and adds the violations
     * of what the side may not set in one it may send.
     *
     * @param actor who acts, never null
     * @param number the ticket, never null
     * @param handler the command's handler, never null
     * @param found where to add the violations
     * @throws AccessDeniedException if a customer's user or a guest may not send this kind of command
     */
    static void checkCommand(Actor actor, TicketNumber number, Handler handler, List<Violation> found) {
        if (actor.isStaff()) {
            return;
        }
        List<Violation> own = new ArrayList<>();
        boolean open = handler.forCustomers(own) && (Boundary.side(actor) != Boundary.Side.GUEST
                || handler.forGuests());
        if (!open) {
            throw new AccessDeniedException(actor.id(), handler.permission(), number.value(),
                    Boundary.side(actor) == Boundary.Side.GUEST ? "a guest may only reply and rate"
                            : "a customer's user may only reply, close, reopen and rate");
        }
        found.addAll(own);
    }

    /**
     * Refuses what only staff may do (delete a ticket, manage its guest passes) to a customer's user or a guest,
     * whatever roles the host gave them.
     *
     * @param actor who acts, never null
     * @param permission the permission it needs, never null
     * @param target the ticket's number, never null
     * @param what what they tried, for the message
     * @throws AccessDeniedException for anyone but staff
     */
    static void requireStaff(Actor actor, Permission permission, String target, String what) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException(actor.id(), permission, target, "only staff " + what);
        }
    }

    /**
     * Refuses a creation by a guest: a pass opens one ticket and creates none.
     *
     * @param actor who creates, never null
     * @throws AccessDeniedException for a guest
     */
    static void checkCreator(Actor actor) {
        if (Boundary.side(actor) == Boundary.Side.GUEST) {
            throw new AccessDeniedException(actor.id(), Permission.CREATE, "a new ticket",
                    "a guest replies to the one ticket their pass opens and creates none");
        }
    }

    /**
     * The violations of a customer's creation: it is for their own customer and contact, and leaves staff's
     * choices (assignee, team, tags, deadline, hiding) and the desk's internal fields alone.
     *
     * @param actor who creates, never null
     * @param command the command, may be null (then its constraints report it)
     * @param redaction the desk's internal fields, never null
     * @return the violations, never null
     */
    static List<Violation> creationRules(Actor actor, CreateTicket command, Redaction redaction) {
        List<Violation> found = new ArrayList<>();
        if (command == null || !(actor.affiliation() instanceof Affiliation.Customer side)) {
            return found;
        }
        if (command.customer().isPresent() && !command.customer().get().equals(side.customer())) {
            found.add(new Violation("customer", "a customer's user creates tickets for their own customer ("
                    + side.customer() + ") only"));
        }
        if (command.contact().isPresent() && !command.contact().equals(side.contact())) {
            found.add(new Violation("contact", side.contact().map(c -> "must be the user's own contact person ("
                    + c + ") or empty").orElse("must be empty: the user is bound to no contact person")));
        }
        staffOnly(command.assignee().isPresent(), "assignee", found);
        staffOnly(command.team().isPresent(), "team", found);
        staffOnly(!command.tags().isEmpty(), "tags", found);
        staffOnly(command.dueAt().isPresent(), "dueAt", found);
        staffOnly(command.hiddenFromCustomer(), "hiddenFromCustomer", found);
        redaction.refuseSetting(actor, Map.of(InternalField.PRIORITY, command.priority().isPresent(),
                InternalField.CATEGORY, command.category().isPresent()), found);
        return found;
    }

    /**
     * A customer's valid creation with their customer and contact filled in; anyone else's as it is.
     *
     * @param actor who creates, never null
     * @param command the valid command, never null
     * @return the command to create, never null
     */
    static CreateTicket onBehalf(Actor actor, CreateTicket command) {
        if (!(actor.affiliation() instanceof Affiliation.Customer side)) {
            return command;
        }
        CreateTicket.Builder b = command.toBuilder().customer(side.customer());
        side.contact().ifPresent(b::contact);
        return b.build();
    }

    private static void staffOnly(boolean set, String field, List<Violation> found) {
        if (set) {
            found.add(new Violation(field, "is staff's to set; a customer's user cannot set it"));
        }
    }
}
