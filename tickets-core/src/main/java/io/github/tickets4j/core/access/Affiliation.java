package io.github.tickets4j.core.access;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.TicketId;
import java.util.Optional;
import java.util.UUID;

/**
 * Which side of the desk an actor is on: the host's staff, a user of one of the host's customers (the portal side of
 * seeds 003 and 004), or a guest let in by a {@link GuestPass} to one ticket (seed 001's submitters, a customer
 * replying from e-mail). Whatever the access policy grants, the desk keeps customers and guests on the public side:
 * they never see a ticket hidden from customers, an internal entry or an internal field, never another customer's
 * ticket, and never change more than a reply, a closing, a reopening or a rating.
 */
public sealed interface Affiliation {

    /**
     * Tells whether this actor works for the host.
     *
     * @return true for staff, false for customers and guests
     */
    default boolean isStaff() {
        return this == Staff.INSTANCE;
    }

    /** The host's own people: agents, coordinators, administrators. */
    enum Staff implements Affiliation {
        /** The only instance. */
        INSTANCE
    }

    /**
     * A user of one of the host's customers.
     *
     * @param customer the customer they belong to, never null
     * @param contact the contact person they are, if the host links them to one; never null, may be empty
     */
    record Customer(CustomerId customer, Optional<ContactId> contact) implements Affiliation {
        /**
         * Checks the parts are present.
         *
         * @param customer the customer they belong to, never null
         * @param contact the contact person they are; never null, may be empty
         * @throws ValidationFailedException naming {@code customer} or {@code contact} if one is null
         */
        public Customer {
            if (customer == null) {
                throw ValidationFailedException.of("customer", "must not be null");
            }
            if (contact == null) {
                throw ValidationFailedException.of("contact", "must not be null; use Optional.empty() for none");
            }
        }
    }

    /**
     * Someone holding a guest pass to one ticket. Only the desk makes guests, from a token it verifies
     * ({@code TicketDesk.guest}); it checks on every call that the pass is still valid.
     *
     * @param ticket the one ticket the pass opens, never null
     * @param pass the pass's identity, never null
     */
    record Guest(TicketId ticket, UUID pass) implements Affiliation {
        /**
         * Checks the parts are present.
         *
         * @param ticket the one ticket the pass opens, never null
         * @param pass the pass's identity, never null
         * @throws ValidationFailedException naming {@code ticket} or {@code pass} if one is null
         */
        public Guest {
            if (ticket == null) {
                throw ValidationFailedException.of("ticket", "must not be null");
            }
            if (pass == null) {
                throw ValidationFailedException.of("pass", "must not be null");
            }
        }
    }
}
