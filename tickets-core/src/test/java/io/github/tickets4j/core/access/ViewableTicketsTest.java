package io.github.tickets4j.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The scopes a store filters with: each kind reaches its own {@link ViewableTickets.Visitor} method, {@code or} joins
 * two restricted scopes into their union, and the public side leaves out exactly the tickets hidden from customers.
 */
class ViewableTicketsTest {
    static final List<ProjectId> PROJECTS = List.of(ProjectId.of("P1"), ProjectId.of("P2"));
    static final List<TeamId> TEAMS = List.of(TeamId.of("T1"), TeamId.of("T2"));
    static final List<UserId> USERS = List.of(UserId.of("ann"), UserId.of("bob"));
    static final List<CustomerId> CUSTOMERS = List.of(CustomerId.of("C1"), CustomerId.of("C2"));
    static final List<ContactId> CONTACTS = List.of(ContactId.of("K1"), ContactId.of("K2"));
    static final List<TicketId> TICKETS = List.of(TicketId.random(), TicketId.random());

    @Example
    void eachKindOfScopeReachesTheVisitorMethodOfItsKind() {
        ViewableTickets.Restricted restricted = ViewableTickets.Restricted.ofCustomers(Set.of(CUSTOMERS.get(0)));
        assertEquals("all", ViewableTickets.all().accept(new KindName()));
        assertEquals("publicSide", ViewableTickets.publicSide().accept(new KindName()));
        assertEquals("restricted", restricted.accept(new KindName()));
        assertEquals("restricted", ViewableTickets.none().accept(new KindName()));
        ViewableTickets.Visitor<ViewableTickets.Restricted> handedOver = new ViewableTickets.Visitor<>() {
            @Override
            public ViewableTickets.Restricted all() {
                throw new AssertionError("not all");
            }

            @Override
            public ViewableTickets.Restricted publicSide() {
                throw new AssertionError("not the public side");
            }

            @Override
            public ViewableTickets.Restricted restricted(ViewableTickets.Restricted scope) {
                return scope;
            }
        };
        assertSame(restricted, restricted.accept(handedOver), "the visitor gets the scope itself");
    }

    @Property
    void eachFactoryReachesExactlyWhatItNames(@ForAll("targets") AccessTarget target) {
        ProjectId p = PROJECTS.get(0);
        TeamId team = TEAMS.get(0);
        UserId u = USERS.get(0);
        CustomerId c = CUSTOMERS.get(0);
        ContactId k = CONTACTS.get(0);
        TicketId t = TICKETS.get(0);
        assertEquals(target.project().equals(Optional.of(p)),
                ViewableTickets.Restricted.ofProjects(Set.of(p)).includes(target));
        assertEquals(target.team().equals(Optional.of(team)) || target.assignee().equals(Optional.of(u)),
                ViewableTickets.Restricted.ofTeams(Set.of(team), Set.of(u)).includes(target));
        assertEquals(target.creator().equals(Optional.of(u)) || target.assignee().equals(Optional.of(u)),
                ViewableTickets.Restricted.involving(u).includes(target));
        assertEquals(target.customer().equals(Optional.of(c)),
                ViewableTickets.Restricted.ofCustomers(Set.of(c)).includes(target));
        assertEquals(target.contact().equals(Optional.of(k)),
                ViewableTickets.Restricted.ofContacts(Set.of(k)).includes(target));
        assertEquals(target.ticket().equals(Optional.of(t)),
                ViewableTickets.Restricted.onlyTicket(t).includes(target));
        assertFalse(ViewableTickets.none().includes(target));
        assertTrue(ViewableTickets.all().includes(target));
    }

    @Property(tries = 1000)
    void orIsTheUnionOfTwoScopes(@ForAll("scopes") ViewableTickets.Restricted a,
            @ForAll("scopes") ViewableTickets.Restricted b, @ForAll("targets") AccessTarget target) {
        ViewableTickets.Restricted joined = a.or(b);
        assertEquals(a.includes(target) || b.includes(target), joined.includes(target));
        assertEquals(a.isEmpty() && b.isEmpty(), joined.isEmpty());
        assertEquals(joined, b.or(a), "the union does not depend on the order");
        assertEquals(a, a.or(ViewableTickets.none()), "nothing joined changes nothing");
        Statistics.collect(joined.includes(target));
    }

    @Property
    void thePublicSideLeavesOutExactlyTheTicketsHiddenFromCustomers(@ForAll("targets") AccessTarget target) {
        assertEquals(!target.hiddenFromCustomer(), ViewableTickets.publicSide().includes(target));
    }

    @Provide
    Arbitrary<ViewableTickets.Restricted> scopes() {
        return Combinators.combine(Arbitraries.of(PROJECTS).set(), Arbitraries.of(TEAMS).set(),
                Arbitraries.of(USERS).set(), Arbitraries.of(USERS).set(), Arbitraries.of(CUSTOMERS).set(),
                Arbitraries.of(CONTACTS).set(), Arbitraries.of(TICKETS).set()).as(ViewableTickets.Restricted::new);
    }

    @Provide
    Arbitrary<AccessTarget> targets() {
        Arbitrary<Optional<UserId>> someone = Arbitraries.of(USERS).optional();
        return Combinators.combine(Arbitraries.of(TICKETS).optional(), Arbitraries.of(PROJECTS).optional(),
                Arbitraries.of(TEAMS).optional(), Arbitraries.of(CUSTOMERS).optional(),
                Arbitraries.of(CONTACTS).optional(), someone, someone, Arbitraries.of(true, false))
                .as((ticket, project, team, customer, contact, creator, assignee, hidden) -> new AccessTarget(
                        "ticket RE00000001", ticket, project, team, customer, contact, creator, assignee, hidden));
    }

    /** Names the visitor method a scope reached. */
    private static final class KindName implements ViewableTickets.Visitor<String> {
        @Override
        public String all() {
            return "all";
        }

        @Override
        public String publicSide() {
            return "publicSide";
        }

        @Override
        public String restricted(ViewableTickets.Restricted scope) {
            return "restricted";
        }
    }
}
