package io.github.tickets4j.core.access;

import io.github.tickets4j.core.Identifiers;

/**
 * A role a host user holds. Roles are names; the access policy maps them to permissions. The five roles of
 * seed 000, seed 003's coordinator, and the customer and guest roles of the portal are provided as constants.
 *
 * @param name upper case, 1 to 40 of A-Z, 0-9 and _; never null
 */
public record Role(String name) {
    /** Sales: works on tickets of the projects assigned to them. */
    public static final Role SALES = new Role("SALES");
    /** Operations: works on tickets of every project. */
    public static final Role OPERATIONS = new Role("OPERATIONS");
    /** Administrator: everything, including delete, reopen and changes to closed tickets. */
    public static final Role ADMIN = new Role("ADMIN");
    /** Finance: reads every ticket, changes none. */
    public static final Role FINANCE = new Role("FINANCE");
    /** Management: reads every ticket, changes none. */
    public static final Role MANAGEMENT = new Role("MANAGEMENT");
    /** Coordinator (seed 003): works on the tickets of the customers the host assigns to them. */
    public static final Role COORDINATOR = new Role("COORDINATOR");
    /** A customer's user on the portal: creates, views, replies to, closes, reopens and rates their tickets. */
    public static final Role CUSTOMER = new Role("CUSTOMER");
    /** A guest let in by a pass to one ticket: views its public side, replies and rates. */
    public static final Role GUEST = new Role("GUEST");

    /**
     * Normalises the name to upper case and checks it.
     *
     * @param name upper case, 1 to 40 of A-Z, 0-9 and _; never null
     * @throws io.github.tickets4j.core.ValidationFailedException if the name breaks the naming rule
     */
    public Role {
        name = Identifiers.name("role", name);
    }

    /**
     * Creates a role.
     *
     * @param name the role's name, never null
     * @return the role, never null
     */
    public static Role of(String name) {
        return new Role(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
