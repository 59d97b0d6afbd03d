package io.github.tickets4j.core.access;

import io.github.tickets4j.core.spi.Directory;

/**
 * Decides what actors may do. Replaceable: hosts pass their own to the desk builder, or configure {@link RoleMatrix}.
 * Every command asks {@link #decide}; every query and count is filtered by {@link #viewableTickets}, so a ticket an
 * actor may not view never shows up, not even in a count. Implementations must agree with themselves: {@code
 * decide(actor, VIEW, t)} allows exactly the tickets {@code viewableTickets(actor)} includes.
 */
public interface AccessPolicy {

    /**
     * Decides one action on one target.
     *
     * @param actor who acts, never null
     * @param permission what they want to do, never null
     * @param target the ticket's facts, never null
     * @param directory the host's directory, for project and team membership; never null
     * @return the decision, never null
     */
    Decision decide(Actor actor, Permission permission, AccessTarget target, Directory directory);

    /**
     * Describes which tickets an actor may view, for stores to filter queries and counts with.
     *
     * @param actor who asks, never null
     * @param directory the host's directory, never null
     * @return the scope, never null
     */
    ViewableTickets viewableTickets(Actor actor, Directory directory);
}
