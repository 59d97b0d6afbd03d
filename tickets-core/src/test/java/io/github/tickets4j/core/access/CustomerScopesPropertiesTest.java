package io.github.tickets4j.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.UserId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The standard matrix on both sides of the desk: for any actor (staff, a customer's user, a guest), roles and ticket,
 * {@code decide(VIEW)} agrees with {@code viewableTickets}; a customer's user reaches only their customer's tickets
 * ({@link PermissionScope#OWN_CUSTOMER}) or their contact's and their own ({@link PermissionScope#OWN_CONTACT}); a
 * guest only the ticket of their pass; the staff scopes reach nothing for customers and guests, and the customer and
 * guest scopes nothing for staff.
 */
class CustomerScopesPropertiesTest {
    /** A role seeing a contact person's tickets, as a host would grant it to its portal users. */
    static final Role CONTACT = Role.of("CONTACT");
    /** A role seeing its team's tickets. */
    static final Role TEAMMATE = Role.of("TEAMMATE");
    /** A role seeing what its holder created or holds. */
    static final Role MINE = Role.of("MINE");
    static final RoleMatrix MATRIX = RoleMatrix.standard().toBuilder()
            .grant(CONTACT, PermissionScope.OWN_CONTACT, Permission.VIEW, Permission.FOLLOW_UP)
            .grant(TEAMMATE, PermissionScope.OWN_TEAM, Permission.VIEW)
            .grant(MINE, PermissionScope.OWN, Permission.VIEW).build();
    /** The roles whose scopes are the staff's: projects, teams, coordinated customers. */
    static final List<Role> STAFF_SCOPED = List.of(Role.SALES, Role.COORDINATOR, TEAMMATE);
    /** Every role whose scope is not {@link PermissionScope#ALL}. */
    static final List<Role> SCOPED = List.of(Role.SALES, Role.COORDINATOR, TEAMMATE, MINE, Role.CUSTOMER, CONTACT,
            Role.GUEST);
    static final List<Role> ANY = List.of(Role.SALES, Role.COORDINATOR, TEAMMATE, MINE, Role.CUSTOMER, CONTACT,
            Role.GUEST, Role.OPERATIONS, Role.ADMIN, Role.FINANCE);
    static final List<UserId> USERS = List.of(UserId.of("ann"), UserId.of("bob"), UserId.of("cleo"));
    static final ProjectId P1 = ProjectId.of("P1");
    static final TeamId T1 = TeamId.of("T1");
    static final CustomerId C1 = CustomerId.of("C1");
    static final CustomerId C2 = CustomerId.of("C2");
    static final ContactId K1 = ContactId.of("K1");
    static final ContactId K2 = ContactId.of("K2");
    static final TicketId TICKET_1 = TicketId.random();
    static final TicketId TICKET_2 = TicketId.random();
    /** Every user works on project P1, is in team T1 with everyone, and coordinates customer C1. */
    static final Directory DIRECTORY = new Everyone();

    @Property(tries = 1000)
    void decidingViewAgreesWithTheViewableTicketsOnBothSidesOfTheDesk(@ForAll("anyActor") Actor actor,
            @ForAll("targets") AccessTarget target) {
        boolean decided = MATRIX.decide(actor, Permission.VIEW, target, DIRECTORY).allowed();
        assertEquals(decided, MATRIX.viewableTickets(actor, DIRECTORY).includes(target), () -> actor + " " + target);
        Statistics.collect(actor.affiliation().getClass().getSimpleName(), decided);
    }

    @Property(tries = 1000)
    void aCustomersUserReachesOnlyTheirCustomerTheirContactAndTheirOwnTickets(@ForAll("customers") Actor actor,
            @ForAll("targets") AccessTarget target) {
        Affiliation.Customer side = (Affiliation.Customer) actor.affiliation();
        boolean involved = target.creator().equals(Optional.of(actor.id()))
                || target.assignee().equals(Optional.of(actor.id()));
        boolean expected = actor.has(Role.CUSTOMER) && target.customer().equals(Optional.of(side.customer()))
                || actor.has(CONTACT) && (involved || side.contact().isPresent()
                        && target.contact().equals(side.contact()))
                || actor.has(MINE) && involved;
        assertEquals(expected, MATRIX.viewableTickets(actor, DIRECTORY).includes(target), () -> actor + " " + target);
        assertEquals(expected, MATRIX.decide(actor, Permission.VIEW, target, DIRECTORY).allowed());
        Statistics.collect(expected);
    }

    @Property(tries = 1000)
    void aGuestReachesOnlyTheTicketOfTheirPass(@ForAll("guests") Actor actor,
            @ForAll("targets") AccessTarget target) {
        Affiliation.Guest side = (Affiliation.Guest) actor.affiliation();
        boolean expected = actor.has(Role.GUEST) && target.ticket().equals(Optional.of(side.ticket()));
        assertEquals(expected, MATRIX.viewableTickets(actor, DIRECTORY).includes(target), () -> actor + " " + target);
        for (Permission p : List.of(Permission.VIEW, Permission.FOLLOW_UP, Permission.RATE)) {
            assertEquals(expected, MATRIX.decide(actor, p, target, DIRECTORY).allowed(), p::name);
        }
        Statistics.collect(expected);
    }

    @Property(tries = 500)
    void theStaffScopesReachNothingForCustomersAndGuests(@ForAll("staffScopedRoles") Set<Role> roles,
            @ForAll("outsiders") Affiliation side, @ForAll("users") UserId user,
            @ForAll("targets") AccessTarget target) {
        Actor outsider = new Actor(TenantId.DEFAULT, user, roles, Optional.empty(), side);
        Actor staff = new Actor(TenantId.DEFAULT, user, roles, Optional.empty(), Affiliation.Staff.INSTANCE);
        assertFalse(MATRIX.viewableTickets(outsider, DIRECTORY).includes(target), () -> outsider + " " + target);
        for (Permission p : Permission.values()) {
            assertFalse(MATRIX.decide(outsider, p, target, DIRECTORY).allowed(), p::name);
        }
        // The same roles reach the ticket for staff whenever it lies in the directory's project, team or customer.
        boolean staffReach = roles.contains(Role.SALES) && target.project().equals(Optional.of(P1))
                || roles.contains(Role.COORDINATOR) && target.customer().equals(Optional.of(C1))
                || roles.contains(TEAMMATE) && (target.team().equals(Optional.of(T1)) || target.assignee().isPresent());
        assertEquals(staffReach, MATRIX.viewableTickets(staff, DIRECTORY).includes(target));
        Statistics.collect(staffReach ? "staff would see it" : "nobody sees it");
    }

    @Property(tries = 500)
    void theCustomerAndGuestScopesReachNothingForStaff(@ForAll("portalRoles") Set<Role> roles,
            @ForAll("users") UserId user, @ForAll("targets") AccessTarget target) {
        Actor staff = new Actor(user, roles);
        assertFalse(MATRIX.viewableTickets(staff, DIRECTORY).includes(target), () -> staff + " " + target);
    }

    @Example
    void aCustomersUserHoldsTheCustomerRoleAndOnlyTheyCanBeAContact() {
        Actor cleo = Actor.customer("cleo", C1);
        assertEquals(Set.of(Role.CUSTOMER), cleo.roles());
        assertFalse(cleo.isStaff());
        assertEquals(new Affiliation.Customer(C1, Optional.of(K1)), cleo.asContact(K1).affiliation());
        assertTrue(Actor.of("sam", Role.SALES).isStaff());
        ValidationFailedException refused = assertThrows(ValidationFailedException.class,
                () -> Actor.of("sam", Role.SALES).asContact(K1));
        assertEquals("affiliation", refused.violations().get(0).field());
    }

    @Provide
    Arbitrary<Actor> anyActor() {
        Arbitrary<Affiliation> sides = Arbitraries.oneOf(Arbitraries.just(Affiliation.Staff.INSTANCE), outsiders());
        return Combinators.combine(users(), Arbitraries.of(ANY).set().ofMaxSize(3), sides)
                .as((user, roles, side) -> new Actor(TenantId.DEFAULT, user, roles, Optional.empty(), side));
    }

    @Provide
    Arbitrary<Actor> customers() {
        return Combinators.combine(users(), Arbitraries.of(SCOPED).set().ofMaxSize(3), customerSides())
                .as((user, roles, side) -> new Actor(TenantId.DEFAULT, user, roles, Optional.empty(), side));
    }

    @Provide
    Arbitrary<Actor> guests() {
        return Combinators.combine(users(), Arbitraries.of(SCOPED).set().ofMaxSize(3), guestSides())
                .as((user, roles, side) -> new Actor(TenantId.DEFAULT, user, roles, Optional.empty(), side));
    }

    @Provide
    Arbitrary<Set<Role>> staffScopedRoles() {
        return Arbitraries.of(STAFF_SCOPED).set().ofMinSize(1);
    }

    @Provide
    Arbitrary<Set<Role>> portalRoles() {
        return Arbitraries.of(Role.CUSTOMER, CONTACT, Role.GUEST).set().ofMinSize(1);
    }

    @Provide
    Arbitrary<Affiliation> outsiders() {
        return Arbitraries.oneOf(customerSides(), guestSides());
    }

    @Provide
    Arbitrary<UserId> users() {
        return Arbitraries.of(USERS);
    }

    private static Arbitrary<Affiliation> customerSides() {
        return Combinators.combine(Arbitraries.of(C1, C2), Arbitraries.of(K1, K2).optional())
                .as(Affiliation.Customer::new);
    }

    private static Arbitrary<Affiliation> guestSides() {
        return Arbitraries.of(TICKET_1, TICKET_2).map(t -> new Affiliation.Guest(t, UUID.randomUUID()));
    }

    @Provide
    Arbitrary<AccessTarget> targets() {
        Arbitrary<Optional<UserId>> someone = Arbitraries.of(USERS).optional();
        return Combinators.combine(Arbitraries.of(TICKET_1, TICKET_2).optional(),
                Arbitraries.of(P1, ProjectId.of("P2")).optional(), Arbitraries.of(T1, TeamId.of("T2")).optional(),
                Arbitraries.of(C1, C2).optional(), Arbitraries.of(K1, K2).optional(), someone, someone,
                Arbitraries.of(true, false))
                .as((ticket, project, team, customer, contact, creator, assignee, hidden) -> new AccessTarget(
                        "ticket RE00000001", ticket, project, team, customer, contact, creator, assignee, hidden));
    }

    /** A directory in which every user works on P1, belongs to T1 with everyone else, and coordinates C1. */
    private static final class Everyone implements Directory {
        @Override
        public boolean projectExists(ProjectId project) {
            return project.equals(P1);
        }

        @Override
        public Optional<CustomerId> customerOf(ProjectId project) {
            return Optional.of(C1);
        }

        @Override
        public Set<ProjectId> projectsOf(UserId user) {
            return Set.of(P1);
        }

        @Override
        public Set<TeamId> teamsOf(UserId user) {
            return Set.of(T1);
        }

        @Override
        public Set<UserId> membersOf(TeamId team) {
            return new HashSet<>(USERS);
        }

        @Override
        public Set<CustomerId> customersCoordinatedBy(UserId user) {
            return Set.of(C1);
        }

        @Override
        public boolean customerExists(CustomerId customer) {
            return true;
        }

        @Override
        public boolean teamExists(TeamId team) {
            return team.equals(T1);
        }

        @Override
        public Optional<Actor> user(UserId user) {
            return Optional.of(new Actor(user, Set.of()));
        }
    }
}
