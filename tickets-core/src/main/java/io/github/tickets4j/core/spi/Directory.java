package io.github.tickets4j.core.spi;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.UserId;
import java.util.Optional;
import java.util.Set;

/**
 * The host CRM's answers about its own records. Tickets4j never stores projects, customers, users or teams; it
 * asks, to check every target a command names (the project a ticket moves to, the customer it is linked to, the
 * user it is assigned to, the team it is given to) and to scope permissions. Implementations must be thread-safe
 * and should be fast: permission checks call them.
 */
public interface Directory {

    /**
     * Tells whether a project exists.
     *
     * @param project the project, never null
     * @return true when it exists
     */
    boolean projectExists(ProjectId project);

    /**
     * Names the customer a project belongs to; a ticket created from the project is linked to it.
     *
     * @param project the project, never null
     * @return the customer, or empty when the project has none or does not exist
     */
    Optional<CustomerId> customerOf(ProjectId project);

    /**
     * Lists the projects assigned to a user (the "own projects" scope of permissions).
     *
     * @param user the user, never null
     * @return the projects, never null
     */
    Set<ProjectId> projectsOf(UserId user);

    /**
     * Lists the teams a user belongs to.
     *
     * @param user the user, never null
     * @return the teams, never null
     */
    Set<TeamId> teamsOf(UserId user);

    /**
     * Lists the members of a team.
     *
     * @param team the team, never null
     * @return the members, never null
     */
    Set<UserId> membersOf(TeamId team);

    /**
     * Lists the customers a user coordinates (seed 003: "tickets from coordinator's assigned customers"), for the
     * {@link io.github.tickets4j.core.access.PermissionScope#COORDINATED_CUSTOMERS} scope and the views of seed 003.
     * A host without coordinators keeps the default.
     *
     * @param user the user, never null
     * @return the customers, never null; empty by default
     */
    default Set<CustomerId> customersCoordinatedBy(UserId user) {
        return Set.of();
    }

    /**
     * Tells whether a customer exists.
     *
     * @param customer the customer, never null
     * @return true when it exists
     */
    boolean customerExists(CustomerId customer);

    /**
     * Tells whether a team exists.
     *
     * @param team the team, never null
     * @return true when it exists
     */
    boolean teamExists(TeamId team);

    /**
     * Looks a staff user up with their roles: tickets are assigned only to users who exist and may view them.
     *
     * @param user the user, never null
     * @return the user as an actor, or empty when there is no such user
     */
    Optional<Actor> user(UserId user);
}
