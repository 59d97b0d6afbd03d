package com.example.crm;

import io.github.tickets4j.core.access.AccessPolicy;
import io.github.tickets4j.core.access.AccessTarget;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Decision;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.UserId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A host's own access policy, written outside Tickets4j's packages with its public types only: the host speaks of
 * territories instead of scopes, and builds the same visibility from its directory.
 */
final class TerritoryPolicy implements AccessPolicy {

    /** How far a grant reaches, in the host's words. */
    enum Territory {
        /** Tickets of the accounts (projects) the user manages. */
        MY_ACCOUNTS,
        /** Tickets of the user's crews (teams), or held by a crew mate. */
        MY_CREWS,
        /** Tickets the user raised or holds. */
        MY_TICKETS,
        /** Every ticket. */
        EVERYWHERE
    }

    private final Map<Role, Map<Permission, Territory>> grants = new HashMap<>();

    /** Grants a permission to a role within a territory; a later grant replaces an earlier one. */
    TerritoryPolicy allow(Role role, Permission permission, Territory territory) {
        grants.computeIfAbsent(role, r -> new EnumMap<>(Permission.class)).put(permission, territory);
        return this;
    }

    @Override
    public Decision decide(Actor actor, Permission permission, AccessTarget target, Directory directory) {
        return reach(actor, permission, directory).includes(target) ? Decision.allow()
                : Decision.deny("it lies outside their territories for " + permission.verb());
    }

    @Override
    public ViewableTickets viewableTickets(Actor actor, Directory directory) {
        return reach(actor, Permission.VIEW, directory);
    }

    /** Every territory any of the actor's roles grants this permission in, joined; everywhere absorbs the rest. */
    private ViewableTickets reach(Actor actor, Permission permission, Directory directory) {
        ViewableTickets.Restricted reach = ViewableTickets.none();
        for (Role role : actor.roles()) {
            Territory territory = grants.getOrDefault(role, Map.of()).get(permission);
            if (territory == Territory.EVERYWHERE) {
                return ViewableTickets.all();
            }
            if (territory != null) {
                reach = reach.or(scopeOf(territory, actor.id(), directory));
            }
        }
        return reach;
    }

    private static ViewableTickets.Restricted scopeOf(Territory territory, UserId me, Directory directory) {
        switch (territory) {
            case MY_ACCOUNTS:
                return ViewableTickets.Restricted.ofProjects(directory.projectsOf(me));
            case MY_CREWS:
                Set<TeamId> crews = directory.teamsOf(me);
                Set<UserId> mates = new HashSet<>();
                crews.forEach(crew -> mates.addAll(directory.membersOf(crew)));
                return ViewableTickets.Restricted.ofTeams(crews, mates);
            case MY_TICKETS:
                return ViewableTickets.Restricted.involving(me);
            default:
                throw new IllegalArgumentException("no restricted scope for " + territory);
        }
    }
}
