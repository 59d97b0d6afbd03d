package io.github.tickets4j.core.access;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.UserId;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting: a host user of one tenant, the roles the host gives them for this call, and optionally the zone
 * they work in: "today" for them (whether a follow-up date lies in the past, whether a ticket is overdue) is taken in
 * that zone, else in their tenant's or the desk's. The tenant decides which tickets exist for them at all: an actor
 * never reads, counts or changes another tenant's ticket. The host vouches for all of it, as it does for the roles.
 *
 * @param tenant the tenant the user acts in, never null; {@link TenantId#DEFAULT} for single-company hosts
 * @param id the user, never null
 * @param roles the user's roles, never null, may be empty (then the default policy allows nothing)
 * @param zone the user's own zone; never null, empty for the tenant's or desk's
 */
public record Actor(TenantId tenant, UserId id, Set<Role> roles, Optional<ZoneId> zone) {
    /**
     * Copies the roles and checks the parts are present.
     *
     * @param tenant the tenant the user acts in, never null; {@link TenantId#DEFAULT} for single-company hosts
     * @param id the user, never null
     * @param roles the user's roles, never null, may be empty (then the default policy allows nothing)
     * @param zone the user's own zone; never null, empty for the tenant's or desk's
     * @throws ValidationFailedException naming {@code tenant}, {@code actor}, {@code roles} or {@code zone} if one
     *     is null or the roles hold null
     */
    public Actor {
        if (tenant == null) {
            throw ValidationFailedException.of("tenant", "must not be null; use TenantId.DEFAULT for a single company");
        }
        if (id == null) {
            throw ValidationFailedException.of("actor", "must not be null");
        }
        if (roles == null || roles.stream().anyMatch(java.util.Objects::isNull)) {
            throw ValidationFailedException.of("roles", "must not be null or hold null");
        }
        if (zone == null) {
            throw ValidationFailedException.of("zone", "must not be null; use Optional.empty() for the desk's zone");
        }
        roles = Set.copyOf(roles);
    }

    /**
     * Creates an actor of the {@link TenantId#DEFAULT default tenant} working in the desk's zone.
     *
     * @param id the user, never null
     * @param roles the user's roles, never null
     * @throws ValidationFailedException naming {@code actor} or {@code roles} if one is null or the roles hold null
     */
    public Actor(UserId id, Set<Role> roles) {
        this(TenantId.DEFAULT, id, roles, Optional.empty());
    }

    /**
     * The same user acting in a tenant.
     *
     * @param value the tenant, never null
     * @return the actor, never null
     * @throws ValidationFailedException naming {@code tenant} if it is null
     */
    public Actor inTenant(TenantId value) {
        return new Actor(value, id, roles, zone);
    }

    /**
     * The same actor working in their own zone.
     *
     * @param value the zone, never null
     * @return the actor, never null
     * @throws ValidationFailedException naming {@code zone} if it is null
     */
    public Actor inZone(ZoneId value) {
        if (value == null) {
            throw ValidationFailedException.of("zone", "must not be null");
        }
        return new Actor(tenant, id, roles, Optional.of(value));
    }

    /**
     * Creates an actor of the {@link TenantId#DEFAULT default tenant}; {@link #inTenant} moves it to another.
     *
     * @param userId the host's user id, never null
     * @param roles the user's roles, none null; a role named twice is held once
     * @return the actor, never null
     * @throws ValidationFailedException naming {@code userId} if the id breaks the id rule, or {@code roles} if the
     *     array is null or holds null
     */
    public static Actor of(String userId, Role... roles) {
        // Not Set.of: it throws IllegalArgumentException on a role given twice and NullPointerException on null.
        return new Actor(UserId.of(userId), roles == null ? null : new HashSet<>(Arrays.asList(roles)));
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
