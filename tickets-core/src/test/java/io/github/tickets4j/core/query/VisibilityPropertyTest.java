package io.github.tickets4j.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.StatusCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * The architecture's invariant "a query or a count never includes a ticket its caller may not view", for random
 * tickets over random projects, teams and assignees, random actors with any mix of seed 000's roles, and random
 * queries.
 */
class VisibilityPropertyTest {
    private static final List<ProjectId> PROJECTS = List.of(Crm.SOLAR, Crm.WIND, Crm.HYDRO, Crm.ORPHAN);
    private static final List<TeamId> TEAMS = List.of(Crm.NORTH, Crm.SOUTH);
    private static final List<String> USERS = List.of("sam", "sue", "olga", "ann", "cat", "nora", "zed");
    private static final List<Role> ROLES = List.of(Role.SALES, Role.OPERATIONS, Role.ADMIN, Role.FINANCE,
            Role.MANAGEMENT);

    /** One ticket to create: each part may be absent (null). */
    record Spec(ProjectId project, TeamId team, String assignee, boolean closed) {
    }

    @Property(tries = 150)
    void everyResultIsViewableAndCountsMatchWhatTheActorCanFind(
            @ForAll("tickets") @Size(max = 14) List<Spec> specs, @ForAll("actors") Actor actor,
            @ForAll("queries") TicketQuery query) {
        Crm crm = Crm.standard();
        List<Ticket> created = new ArrayList<>();
        for (Spec spec : specs) {
            create(crm, spec).ifPresent(created::add);
        }
        List<TicketNumber> found = crm.search(actor, query);
        found.forEach(n -> assertTrue(crm.desk().find(actor, n).isPresent(), n + " listed but not viewable"));
        assertEquals(found.size(), crm.desk().count(actor, query));

        List<TicketNumber> findable = created.stream().map(Ticket::number)
                .filter(n -> crm.desk().find(actor, n).isPresent()).toList();
        assertEquals(findable, crm.search(actor, TicketQuery.all()));
        assertEquals(findable.size(), crm.desk().count(actor, TicketQuery.all()));
        for (NamedView view : NamedView.values()) {
            crm.desk().view(actor, view, Sort.NEWEST_FIRST, PageRequest.first(PageRequest.MAX_SIZE)).items()
                    .forEach(t -> assertTrue(findable.contains(t.number()), view + " lists " + t.number()));
        }
    }

    /** Creates the ticket, or nothing when its assignee is no user or may not view it (the desk refuses that). */
    private static Optional<Ticket> create(Crm crm, Spec spec) {
        Ticket ticket;
        try {
            ticket = crm.create(Crm.ADA, CreateTicket.titled("Ticket").project(spec.project()).team(spec.team())
                    .assignee(spec.assignee() == null ? null : UserId.of(spec.assignee())));
        } catch (ValidationFailedException refused) {
            assertEquals(List.of("assignee"), refused.violations().stream().map(Violation::field).toList());
            Statistics.collect("assignee refused");
            return Optional.empty();
        }
        Statistics.collect("created");
        return Optional.of(spec.closed() ? crm.run(Crm.ADA, ticket, new Close()) : ticket);
    }

    @Provide
    Arbitrary<List<Spec>> tickets() {
        return Combinators.combine(Arbitraries.of(PROJECTS).injectNull(0.2), Arbitraries.of(TEAMS).injectNull(0.5),
                Arbitraries.of(USERS).injectNull(0.4), Arbitraries.of(true, false)).as(Spec::new).list();
    }

    @Provide
    Arbitrary<Actor> actors() {
        return Combinators.combine(Arbitraries.of(USERS), Arbitraries.subsetOf(ROLES))
                .as((user, roles) -> new Actor(UserId.of(user), Set.copyOf(roles)));
    }

    @Provide
    Arbitrary<TicketQuery> queries() {
        return Arbitraries.of(
                TicketQuery.all(),
                TicketQuery.builder().statusCategories(StatusCategory.CLOSED).build(),
                TicketQuery.builder().unassignedOnly(true).build(),
                TicketQuery.builder().projects(Crm.WIND, Crm.ORPHAN).build(),
                TicketQuery.builder().teams(Crm.NORTH).build(),
                TicketQuery.builder().assignees(UserId.of("sam"), UserId.of("ann")).build(),
                TicketQuery.builder().text("ticket").build(),
                TicketQuery.builder().text("RE00000001").build());
    }
}
