package io.github.tickets4j.core.access;

import io.github.tickets4j.core.Identifiers;

/**
 * A role a host user holds. Roles are names; the access policy maps them to permissions. The five roles of
 * seed 000 are provided as constants.
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
