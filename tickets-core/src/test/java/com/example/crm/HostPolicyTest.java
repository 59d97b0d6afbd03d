package com.example.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.crm.TerritoryPolicy.Territory;
import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.AccessTarget;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.access.PermissionScope;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.UserId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A policy a host writes outside Tickets4j's packages, with public types only, expresses everything the built-in
 * scopes do: for any grants, directory, actor, permission and ticket it decides, and lets the actor view, exactly
 * what the equivalent {@link RoleMatrix} does; and a desk takes it as it takes the matrix.
 */
class HostPolicyTest {
    private static final List<Role> ROLES = List.of(Role.of("AGENT"), Role.of("DISPATCH"), Role.of("AUDIT"));
    private static final List<UserId> USERS = List.of(UserId.of("ann"), UserId.of("bob"), UserId.of("cy"));
    private static final List<ProjectId> PROJECTS = List.of(ProjectId.of("P1"), ProjectId.of("P2"));
    private static final List<TeamId> TEAMS = List.of(TeamId.of("T1"), TeamId.of("T2"));
    private static final Map<Territory, PermissionScope> SAME = Map.of(Territory.MY_ACCOUNTS, PermissionScope.OWN_PROJECTS,
            Territory.MY_CREWS, PermissionScope.OWN_TEAM, Territory.MY_TICKETS, PermissionScope.OWN, Territory.EVERYWHERE, PermissionScope.ALL);

    /** One cell of the role-permission matrix, granted with a territory. */
    record Grant(Role role, Permission permission, Territory territory) {
    }

    @Property(tries = 400)
    void theHostsPolicyDecidesAndScopesExactlyLikeTheEquivalentRoleMatrix(@ForAll("grants") List<Grant> grants,
            @ForAll("directories") InMemoryDirectory directory, @ForAll("actors") Actor actor,
            @ForAll Permission permission, @ForAll("targets") AccessTarget target) {
        TerritoryPolicy host = new TerritoryPolicy();
        RoleMatrix.Builder matrix = RoleMatrix.builder();
        for (Grant g : grants) {
            host.allow(g.role(), g.permission(), g.territory());
            matrix.grant(g.role(), SAME.get(g.territory()), g.permission());
        }
        // The matrix refuses grants that could never apply without VIEW; give such roles the narrowest VIEW.
        grants.stream().map(Grant::role).distinct()
                .filter(r -> grants.stream().noneMatch(g -> g.role().equals(r) && g.permission() == Permission.VIEW))
                .forEach(r -> {
                    host.allow(r, Permission.VIEW, Territory.MY_TICKETS);
                    matrix.grant(r, PermissionScope.OWN, Permission.VIEW);
                });
        RoleMatrix builtIn = matrix.build();
        assertEquals(builtIn.decide(actor, permission, target, directory).allowed(),
                host.decide(actor, permission, target, directory).allowed(), () -> actor + " " + permission);
        assertEquals(builtIn.viewableTickets(actor, directory).includes(target),
                host.viewableTickets(actor, directory).includes(target), () -> actor + " views " + target);
    }

    @Example
    void aDeskTakesTheHostsPolicyAndRefusesWhatItRefuses() {
        Role agent = Role.of("AGENT");
        Actor ann = Actor.of("ann", agent);
        Actor bob = Actor.of("bob", agent);
        InMemoryDirectory directory = new InMemoryDirectory().team(TEAMS.get(0), ann.id()).user(ann, bob);
        TerritoryPolicy policy = new TerritoryPolicy().allow(agent, Permission.VIEW, Territory.MY_CREWS)
                .allow(agent, Permission.CREATE, Territory.EVERYWHERE)
                .allow(agent, Permission.CLOSE, Territory.MY_TICKETS);
        TicketDesk desk = TicketDesk.builder().inMemory().directory(directory).zone(ZoneOffset.UTC).policy(policy)
                .build();
        Ticket crewTicket = desk.create(bob, CreateTicket.titled("Pole down").team(TEAMS.get(0)).build());
        assertTrue(desk.find(ann, crewTicket.number()).isPresent());
        assertFalse(desk.find(bob, crewTicket.number()).isPresent(), "bob raised it but is in no crew");
        assertEquals(1, desk.count(ann, TicketQuery.all()));
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> desk.execute(ann, crewTicket.number(), new Close()));
        assertTrue(denied.getMessage().contains("outside their territories for close"), denied.getMessage());
    }

    @Provide
    Arbitrary<List<Grant>> grants() {
        return Combinators.combine(Arbitraries.of(ROLES), Arbitraries.of(Permission.class),
                Arbitraries.of(Territory.class)).as(Grant::new).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<InMemoryDirectory> directories() {
        Arbitrary<List<UserId>> members = Arbitraries.of(USERS).set().ofMaxSize(2).map(List::copyOf);
        return Combinators.combine(members, members, members, members).as((p1, p2, t1, t2) ->
                new InMemoryDirectory()
                        .project(PROJECTS.get(0), CustomerId.of("C1"), p1.toArray(UserId[]::new))
                        .project(PROJECTS.get(1), CustomerId.of("C2"), p2.toArray(UserId[]::new))
                        .team(TEAMS.get(0), t1.toArray(UserId[]::new)).team(TEAMS.get(1), t2.toArray(UserId[]::new)));
    }

    @Provide
    Arbitrary<Actor> actors() {
        return Combinators.combine(Arbitraries.of(USERS), Arbitraries.of(ROLES).set().ofMaxSize(2))
                .as((user, roles) -> new Actor(user, new HashSet<>(roles)));
    }

    @Provide
    Arbitrary<AccessTarget> targets() {
        Arbitrary<Optional<UserId>> someone = Arbitraries.of(USERS).optional();
        return Combinators.combine(Arbitraries.of(PROJECTS).optional(), Arbitraries.of(TEAMS).optional(), someone,
                someone).as((project, team, creator, assignee) -> new AccessTarget("ticket RE00000001",
                        Optional.empty(), project, team, Optional.empty(), Optional.empty(), creator, assignee,
                        false));
    }
}
