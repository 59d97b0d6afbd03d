package io.github.tickets4j.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.DeskFixture;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The policy contract: {@code decide(actor, VIEW, ticket)} allows exactly the tickets {@code viewableTickets(actor)}
 * includes, so a find and a query can never disagree about what a user sees; checked on the policy and through
 * the desk.
 */
class ViewableTicketsAgreementTest {
    private static final InMemoryDirectory DIRECTORY = DeskFixture.directory();
    private static final List<String> USERS = List.of("sam", "tina", "tom", "sid", "ada", "zed");
    private static final List<Role> ROLES = List.of(Role.SALES, Role.OPERATIONS, Role.ADMIN, Role.FINANCE,
            Role.MANAGEMENT, RoleMatrixTest.AGENT, RoleMatrixTest.REQUESTER, Role.of("GUEST"));

    @Property(tries = 500)
    void decideForViewAgreesWithTheViewScope(@ForAll boolean standard, @ForAll("actors") Actor actor,
            @ForAll("targets") AccessTarget target) {
        RoleMatrix matrix = standard ? RoleMatrix.standard() : RoleMatrixTest.serviceDesk();
        boolean decided = matrix.decide(actor, Permission.VIEW, target, DIRECTORY).allowed();
        assertEquals(decided, matrix.viewableTickets(actor, DIRECTORY).includes(target), () -> actor + " on " + target);
    }

    @Property(tries = 150)
    void aTicketIsFoundExactlyWhenItIsCounted(@ForAll boolean standard, @ForAll("actors") Actor actor,
            @ForAll("targets") AccessTarget target) {
        RoleMatrix matrix = standard ? RoleMatrix.standard() : RoleMatrixTest.serviceDesk();
        DeskFixture f = DeskFixture.configured(b -> b.policy(matrix));
        // Every user may hold any ticket here, so the assignee never is what refuses the creation.
        USERS.forEach(u -> f.hostDirectory().user(new Actor(UserId.of(u), Set.of(Role.ADMIN))));
        CreateTicket.Builder command = CreateTicket.titled("Generated");
        target.project().ifPresent(command::project);
        target.team().ifPresent(command::team);
        target.assignee().ifPresent(command::assignee);
        Actor creator = new Actor(target.creator().orElseThrow(), Set.of(Role.ADMIN));
        Ticket ticket = f.desk().create(creator, command.build());
        boolean found = f.desk().find(actor, ticket.number()).isPresent();
        assertEquals(found ? 1 : 0, f.desk().count(actor, TicketQuery.all()), () -> actor + " on " + target);
        assertEquals(found, matrix.decide(actor, Permission.VIEW, AccessTarget.of(ticket), DIRECTORY).allowed());
    }

    @Provide
    Arbitrary<Actor> actors() {
        return Combinators.combine(Arbitraries.of(USERS), Arbitraries.of(ROLES).set().ofMaxSize(3))
                .as((user, roles) -> new Actor(UserId.of(user), new HashSet<>(roles)));
    }

    @Provide
    Arbitrary<AccessTarget> targets() {
        Arbitrary<Optional<ProjectId>> projects = Arbitraries.of(DeskFixture.OWN_PROJECT, DeskFixture.OTHER_PROJECT,
                DeskFixture.PROSPECT_PROJECT).optional();
        Arbitrary<Optional<TeamId>> teams = Arbitraries.of(DeskFixture.TEAM, DeskFixture.OTHER_TEAM).optional();
        Arbitrary<UserId> users = Arbitraries.of(USERS).map(UserId::of);
        return Combinators.combine(projects, teams, users, users.optional())
                .as((project, team, creator, assignee) -> new AccessTarget("ticket RE00000001", Optional.empty(),
                        project, team, Optional.empty(), Optional.empty(), Optional.of(creator), assignee, false));
    }
}
