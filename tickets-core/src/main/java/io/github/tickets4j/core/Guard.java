package io.github.tickets4j.core;

import io.github.tickets4j.core.access.AccessPolicy;
import io.github.tickets4j.core.access.AccessTarget;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Decision;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.UserId;
import java.util.Optional;

/** Asks the access policy and turns a refusal into {@link AccessDeniedException}. */
final class Guard {
    private final AccessPolicy policy;
    private final Directory directory;

    /**
     * Creates the guard.
     *
     * @param policy the policy, never null
     * @param directory the host's directory, never null
     */
    Guard(AccessPolicy policy, Directory directory) {
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
    void require(Actor actor, Permission permission, AccessTarget target) {
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
    void requireChange(Actor actor, Permission permission, Ticket ticket) {
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
    boolean mayView(Actor actor, Ticket ticket) {
        return policy.decide(actor, Permission.VIEW, AccessTarget.of(ticket), directory).allowed();
    }

    /**
     * Authorises what a change moves the ticket to: when it changes the facts the policy looks at (project, team,
     * creator, assignee), the actor needs the permission on the ticket as it will be too, so nobody moves a ticket
     * where they may not act; a new assignee must be a user who may view the ticket; a project with a customer
     * belongs to that customer. The assignee of a ticket that moves must be allowed to view it where it goes.
     *
     * @param actor who acts, never null
     * @param permission the permission the command needs, never null
     * @param before the ticket as loaded, never null
     * @param after the ticket as decided, never null
     * @throws AccessDeniedException if the policy refuses the actor on the changed ticket
     * @throws ValidationFailedException naming {@code assignee} or {@code customer} if a target does not fit
     */
    void requireTargets(Actor actor, Permission permission, Ticket before, Ticket after) {
        AccessTarget target = AccessTarget.of(after);
        if (!target.equals(AccessTarget.of(before))) {
            require(actor, permission, target);
        }
        // A new assignee, or the ticket moving where its assignee may not follow: the assignee must still see it.
        boolean moved = !target.equals(AccessTarget.of(before));
        if (after.assignee().isPresent() && (moved || !after.assignee().equals(before.assignee()))) {
            requireAssigneeMayView(after.assignee().get(), target);
        }
        if (!after.project().equals(before.project()) || !after.customer().equals(before.customer())) {
            requireOwnership(after.project(), after.customer());
        }
    }

    /**
     * Authorises a creation: the actor may create for the new ticket's project and team, its assignee may view it,
     * and its project belongs to its customer.
     *
     * @param actor who creates, never null
     * @param target the new ticket's facts, never null
     * @param project the new ticket's project; never null, may be empty
     * @param customer the new ticket's customer; never null, may be empty
     * @throws AccessDeniedException if the policy refuses
     * @throws ValidationFailedException naming {@code assignee} or {@code customer} if a target does not fit
     */
    void requireCreation(Actor actor, AccessTarget target, Optional<ProjectId> project,
            Optional<CustomerId> customer) {
        require(actor, Permission.CREATE, target);
        target.assignee().ifPresent(a -> requireAssigneeMayView(a, target));
        requireOwnership(project, customer);
    }

    private void requireAssigneeMayView(UserId assignee, AccessTarget target) {
        Optional<Actor> user = directory.user(assignee);
        if (user.isEmpty()) {
            throw ValidationFailedException.of("assignee", "user " + assignee + " does not exist");
        }
        if (!policy.decide(user.get(), Permission.VIEW, target, directory).allowed()) {
            throw ValidationFailedException.of("assignee", "user " + assignee + " may not view " + target.label());
        }
    }

    private void requireOwnership(Optional<ProjectId> project, Optional<CustomerId> customer) {
        Optional<CustomerId> owner = project.flatMap(directory::customerOf);
        if (owner.isPresent() && customer.isPresent() && !owner.equals(customer)) {
            throw ValidationFailedException.of("customer", "customer " + customer.get() + " does not own project "
                    + project.get() + " (its customer is " + owner.get() + ")");
        }
    }
}
