package io.github.tickets4j.core.access;

/** Which tickets a granted permission reaches. */
public enum PermissionScope {
    /** Tickets of projects the host assigns to the actor. */
    OWN_PROJECTS,
    /** Tickets of the actor's teams, or assigned to a member of one of them. */
    OWN_TEAM,
    /** Tickets the actor created or is assigned to. */
    OWN,
    /** Every ticket. */
    ALL
}
