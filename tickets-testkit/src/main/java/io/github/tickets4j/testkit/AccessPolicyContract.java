package io.github.tickets4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.tickets4j.core.access.AccessPolicy;
import io.github.tickets4j.core.access.AccessTarget;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Affiliation;
import io.github.tickets4j.core.access.Decision;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.testkit.fixtures.Actors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link AccessPolicy} must keep; rules P01 to P03 of {@link ContractRule}: its decisions and
 * the scope stores filter with give one answer, it answers every question, and it keeps customers' users and guests
 * to their own. Each rule is checked over many random actors (staff of every role and none, customers' users with
 * and without contact person, guests) and random targets (tickets and tickets about to be created, of the
 * directory's projects, teams, customers and contact persons, created by and assigned to the actor or others,
 * hidden or not), from a fixed seed so a failure repeats. Extend it in your test sources:
 *
 * <pre>{@code
 * class MyPolicyContractTest extends AccessPolicyContract {
 *     protected AccessPolicy policy() { return new MyPolicy(); }
 *     protected Directory directory() { return MyDirectory.forTests(); }
 *     protected List<UserId> users() { return List.of(UserId.of("ann"), UserId.of("bob")); }
 * }
 * }</pre>
 *
 * <p>The facts the random actors and targets are drawn from default to the cast of {@link Actors}; override them to
 * draw from your directory's. The desk confines customers and guests itself whatever the policy says; P03 still
 * holds a policy to the portal's reach, since a policy that grants a customer's user more is misconfigured.
 */
public abstract class AccessPolicyContract {
    private static final int TRIES = 3000;
    private static final long SEED = 20_260_313L;

    /** For subclasses. */
    protected AccessPolicyContract() {
    }

    /**
     * The policy under test. Called once per rule.
     *
     * @return the policy, never null
     */
    protected abstract AccessPolicy policy();

    /**
     * The directory the policy consults. Called once per rule.
     *
     * @return the directory, never null
     */
    protected abstract Directory directory();

    /**
     * The users actors and targets' creators and assignees are drawn from.
     *
     * @return at least one user, never null; default: every user of {@link Actors}, staff and customers' users
     */
    protected List<UserId> users() {
        return Actors.everyone().stream().map(Actor::id).toList();
    }

    /**
     * The roles actors hold any two of.
     *
     * @return the roles, never null; default: every role constant of {@link Role} and one the policy does not know
     */
    protected List<Role> roles() {
        return List.of(Role.SALES, Role.OPERATIONS, Role.ADMIN, Role.FINANCE, Role.MANAGEMENT, Role.COORDINATOR,
                Role.CUSTOMER, Role.GUEST, Role.of("NO_SUCH_ROLE"));
    }

    /**
     * The roles of the portal, which customers' users and guests hold for P03.
     *
     * @return the roles, never null; default: {@link Role#CUSTOMER} and {@link Role#GUEST}
     */
    protected List<Role> portalRoles() {
        return List.of(Role.CUSTOMER, Role.GUEST);
    }

    /**
     * The projects targets belong to.
     *
     * @return the projects, never null; default: those of {@link Actors} and one the directory does not know
     */
    protected List<ProjectId> projects() {
        return List.of(Actors.P1, Actors.P2, Actors.P3, ProjectId.of("P-NONE"));
    }

    /**
     * The teams targets belong to.
     *
     * @return the teams, never null; default: those of {@link Actors}
     */
    protected List<TeamId> teams() {
        return List.of(Actors.T1, Actors.T2);
    }

    /**
     * The customers targets and customers' users belong to.
     *
     * @return at least one customer, never null; default: those of {@link Actors} and one the directory does not know
     */
    protected List<CustomerId> customers() {
        return List.of(Actors.C1, Actors.C2, CustomerId.of("C-NONE"));
    }

    /**
     * The contact persons of a customer.
     *
     * @param customer one of {@link #customers()}, never null
     * @return its contact persons, never null; default: {@link Actors#K1} for {@link Actors#C1}, {@link Actors#K2}
     *     for {@link Actors#C2}
     */
    protected List<ContactId> contactsOf(CustomerId customer) {
        return customer.equals(Actors.C1) ? List.of(Actors.K1)
                : customer.equals(Actors.C2) ? List.of(Actors.K2) : List.of();
    }

    @Test
    void policy_P01_decidingToViewAgreesWithTheViewableScope() {
        AccessPolicy policy = policy();
        Directory directory = directory();
        Draw draw = new Draw(new Random(SEED));
        for (int i = 0; i < TRIES; i++) {
            Actor actor = draw.actor(roles());
            ViewableTickets reach = answer(() -> policy.viewableTickets(actor, directory), actor, null);
            for (int j = 0; j < 4; j++) {
                AccessTarget target = draw.target(actor);
                Decision decision = answer(() -> policy.decide(actor, Permission.VIEW, target, directory), actor,
                        target);
                assertEquals(reach.includes(target), decision.allowed(), () -> "decide(VIEW) says "
                        + decision + " but viewableTickets " + reach + " says otherwise, for " + actor + " on "
                        + target);
            }
        }
    }

    @Test
    void policy_P02_everyQuestionGetsAnAnswerAndTheSameOneTwice() {
        AccessPolicy policy = policy();
        Directory directory = directory();
        Draw draw = new Draw(new Random(SEED + 1));
        for (int i = 0; i < TRIES; i++) {
            Actor actor = draw.actor(roles());
            AccessTarget target = draw.target(actor);
            ViewableTickets reach = answer(() -> policy.viewableTickets(actor, directory), actor, null);
            assertEquals(reach, answer(() -> policy.viewableTickets(actor, directory), actor, null),
                    () -> "viewableTickets asked twice for " + actor);
            for (Permission permission : Permission.values()) {
                Decision decision = answer(() -> policy.decide(actor, permission, target, directory), actor, target);
                assertEquals(decision, answer(() -> policy.decide(actor, permission, target, directory), actor,
                        target), () -> "decide(" + permission + ") asked twice for " + actor + " on " + target);
                assertTrue(decision.allowed() || !decision.reason().isBlank(), () -> "a refusal to " + permission
                        + " without a reason, for " + actor + " on " + target);
            }
        }
    }

    @Test
    void policy_P03_customersAndGuestsViewOnlyTheirOwn() {
        AccessPolicy policy = policy();
        Directory directory = directory();
        Draw draw = new Draw(new Random(SEED + 2));
        int seen = 0;
        for (int i = 0; i < TRIES; i++) {
            Actor actor = draw.portalActor(portalRoles());
            ViewableTickets reach = answer(() -> policy.viewableTickets(actor, directory), actor, null);
            for (int j = 0; j < 4; j++) {
                AccessTarget target = draw.target(actor);
                if (reach.includes(target)) {
                    seen++;
                    assertTrue(own(actor, target), () -> "viewableTickets " + reach + " lets " + actor
                            + " view " + target + ", which is not theirs");
                }
            }
        }
        assertFalse(seen == 0, "no customer's user or guest may view anything: the rule proved nothing");
    }

    /** Whether a ticket is a portal user's own: their customer's or contact's, theirs, or their pass's. */
    private static boolean own(Actor actor, AccessTarget target) {
        if (actor.affiliation() instanceof Affiliation.Guest guest) {
            return target.ticket().equals(Optional.of(guest.ticket()));
        }
        Affiliation.Customer customer = (Affiliation.Customer) actor.affiliation();
        Optional<UserId> me = Optional.of(actor.id());
        return target.customer().equals(Optional.of(customer.customer()))
                || customer.contact().isPresent() && target.contact().equals(customer.contact())
                || target.creator().equals(me) || target.assignee().equals(me);
    }

    /** Calls the policy, turning an exception or a null answer into a failure naming the question. */
    private static <T> T answer(Supplier<T> call, Actor actor, AccessTarget target) {
        T answer;
        try {
            answer = call.get();
        } catch (RuntimeException e) {
            return fail("the policy threw " + e + " for " + actor + (target == null ? "" : " on " + target), e);
        }
        assertNotNull(answer, () -> "the policy answered null for " + actor + (target == null ? "" : " on " + target));
        return answer;
    }

    /** Draws actors and targets from the contract's facts. */
    private final class Draw {
        private final Random random;
        private final List<TicketId> tickets = new ArrayList<>();

        Draw(Random random) {
            this.random = random;
            for (int i = 0; i < 4; i++) {
                tickets.add(new TicketId(new UUID(random.nextLong(), random.nextLong())));
            }
        }

        /** Staff, a customer's user or a guest, holding up to two of the roles. */
        Actor actor(List<Role> roles) {
            Affiliation side = switch (random.nextInt(3)) {
                case 0 -> Affiliation.Staff.INSTANCE;
                case 1 -> customerSide();
                default -> new Affiliation.Guest(pick(tickets), new UUID(random.nextLong(), random.nextLong()));
            };
            return new Actor(TenantId.DEFAULT, pick(users()), someOf(roles, 2), Optional.empty(), side);
        }

        /** A customer's user or a guest holding up to two portal roles. */
        Actor portalActor(List<Role> roles) {
            Affiliation side = random.nextBoolean() ? customerSide()
                    : new Affiliation.Guest(pick(tickets), new UUID(random.nextLong(), random.nextLong()));
            return new Actor(TenantId.DEFAULT, pick(users()), someOf(roles, 2), Optional.empty(), side);
        }

        private Affiliation.Customer customerSide() {
            CustomerId customer = pick(customers());
            List<ContactId> contacts = contactsOf(customer);
            return new Affiliation.Customer(customer, contacts.isEmpty() || random.nextBoolean() ? Optional.empty()
                    : Optional.of(pick(contacts)));
        }

        /** A stored ticket or one about to be created, often the actor's own in one way or another. */
        AccessTarget target(Actor actor) {
            Optional<CustomerId> customer = maybe(customers());
            List<ContactId> contacts = customer.map(AccessPolicyContract.this::contactsOf).orElse(List.of());
            return new AccessTarget("target", random.nextInt(4) == 0 ? Optional.empty() : Optional.of(pick(tickets)),
                    maybe(projects()), maybe(teams()), customer, maybe(contacts), user(actor), user(actor),
                    random.nextBoolean());
        }

        private Optional<UserId> user(Actor actor) {
            int r = random.nextInt(4);
            return r == 0 ? Optional.empty() : r == 1 ? Optional.of(actor.id()) : Optional.of(pick(users()));
        }

        private <T> Optional<T> maybe(List<T> values) {
            return values.isEmpty() || random.nextInt(3) == 0 ? Optional.empty() : Optional.of(pick(values));
        }

        private <T> Set<T> someOf(List<T> values, int most) {
            Set<T> chosen = new HashSet<>();
            for (int i = random.nextInt(most + 1); i > 0 && !values.isEmpty(); i--) {
                chosen.add(pick(values));
            }
            return chosen;
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
