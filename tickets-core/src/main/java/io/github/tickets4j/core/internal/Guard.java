package io.github.tickets4j.core.internal;

import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.access.AccessPolicy;
import io.github.tickets4j.core.access.AccessTarget;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Decision;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.ticket.Ticket;

/** Asks the access policy and turns a refusal into {@link AccessDeniedException}. */
public final class Guard {
    private final AccessPolicy policy;
    private final Directory directory;

    /**
     * Creates the guard.
     *
     * @param policy the policy, never null
     * @param directory the host's directory, never null
     */
    public Guard(AccessPolicy policy, Directory directory) {
        this.policy = policy;
        this.directory = directory;
    }

    /**
     * Demands a permission.
     *
     * @param actor who acts, never null
     * @param permission what they want, never null
     * @param target the ticket's facts, never null
     * @throws AccessDeniedException if the policy refuses
     */
    public void require(Actor actor, Permission permission, AccessTarget target) {
        Decision decision = policy.decide(actor, permission, target, directory);
        if (!decision.allowed()) {
            throw new AccessDeniedException(actor.id(), permission, target.label(), decision.reason());
        }
    }

    /**
     * Demands a permission on a ticket, and on a closed ticket also the right to change closed tickets.
     *
     * @param actor who acts, never null
     * @param permission what they want, never null
     * @param ticket the ticket, never null
     * @throws AccessDeniedException if the policy refuses either
     */
    public void requireChange(Actor actor, Permission permission, Ticket ticket) {
        AccessTarget target = AccessTarget.of(ticket);
        require(actor, permission, target);
        if (ticket.status().isClosed()) {
            require(actor, Permission.MODIFY_CLOSED, target);
        }
    }

    /**
     * Tells whether an actor may view a ticket.
     *
     * @param actor who asks, never null
     * @param ticket the ticket, never null
     * @return true when allowed
     */
    public boolean mayView(Actor actor, Ticket ticket) {
        return policy.decide(actor, Permission.VIEW, AccessTarget.of(ticket), directory).allowed();
    }
}
