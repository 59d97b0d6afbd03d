package io.github.tickets4j.core.access;

/**
 * Which tickets a granted permission reaches. The project, team and coordinator scopes reach nothing for customers
 * and guests, and the customer and guest scopes reach nothing for staff, so one role matrix serves both sides of the
 * desk. {@link #OWN} reaches what a customer's user created (a guest: nothing), and {@link #ALL} reaches everything
 * for anyone; whatever a policy grants, the desk itself confines customers to their customer's tickets and guests
 * to their pass's ticket, public side only.
 */
public enum PermissionScope {
    /** Tickets of projects the host assigns to the actor. */
    OWN_PROJECTS,
    /** Tickets of the actor's teams, or assigned to a member of one of them. */
    OWN_TEAM,
    /** Tickets of the customers the host has the actor coordinate (seed 003); see {@code Directory}. */
    COORDINATED_CUSTOMERS,
    /** Tickets the actor created or is assigned to. */
    OWN,
    /** A customer's user: every ticket of their customer. */
    OWN_CUSTOMER,
    /**
     * A customer's user: the tickets of the contact person they are, and those they created; a user bound to no
     * contact reaches only the tickets they created.
     */
    OWN_CONTACT,
    /** A guest: the one ticket their pass opens. */
    GUEST_TICKET,
    /** Every ticket. */
    ALL
}
