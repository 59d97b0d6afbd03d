package io.github.tickets4j.core.access;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.ticket.UserId;
import java.util.Set;

/**
 * Who is acting: a host user and the roles the host gives them for this call.
 *
 * @param id the user, never null
 * @param roles the user's roles, never null, may be empty (then the default policy allows nothing)
 */
public record Actor(UserId id, Set<Role> roles) {
    /** Copies the roles and checks the parts are present. */
    public Actor {
        if (id == null) {
            throw ValidationFailedException.of("actor", "must not be null");
        }
        if (roles == null || roles.stream().anyMatch(java.util.Objects::isNull)) {
            throw ValidationFailedException.of("roles", "must not be null or hold null");
        }
        roles = Set.copyOf(roles);
    }

    /**
     * Creates an actor.
     *
     * @param userId the host's user id, never null
     * @param roles the user's roles
     * @return the actor, never null
     */
    public static Actor of(String userId, Role... roles) {
        return new Actor(UserId.of(userId), Set.of(roles));
    }

    /**
     * Tells whether the actor holds a role.
     *
     * @param role the role, never null
     * @return true when held
     */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
