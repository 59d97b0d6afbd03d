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
import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.testkit.fixtures.Actors;
import io.github.tickets4j.testkit.fixtures.DeskFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link AccessPolicy} must keep; rules P01 to P04 of {@link ContractRule}: its decisions and
 * the scope stores filter with give one answer, it answers every question, it keeps customers' users and guests
 * to their own, and its scope, run as a query by a real store, finds exactly the stored tickets its decisions let
 * the actor view. Each rule is checked over many random actors (staff of every role and none, customers' users with
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
 * draw from your directory's. P04 stores a few dozen tickets over these facts in {@link #newStorage()}, by default
 * a fresh {@link InMemoryStorage}; a host with its own store overrides it to run the rule over that store too. The
 * desk confines customers and guests itself whatever the policy says; P03 still
 * holds a policy to the portal's reach, since a policy that grants a customer's user more is misconfigured.
 */
public abstract class AccessPolicyContract {
    private static final int TRIES = 3000;
    private static final long SEED = 20_260_313L;
    /** How many tickets P04 stores. */
    private static final int STORED = 48;
    /** How many actors' scopes P04 runs as queries; each is one find and one count of the store. */
    private static final int QUERIED = 300;

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

    /**
     * Creates the storage P04 stores its tickets in and runs the policy's scopes on. Called once per test that
     * stores tickets (P04 alone), which hands it to {@link #releaseStorage} afterwards.
     *
     * @return storage holding no tickets, never null; default: a new {@link InMemoryStorage}. A database-backed
     *     storage deletes its rows here, as {@link TicketStoreContract#newStorage()} does, and returns storage over
     *     the emptied schema
     */
    protected TicketStorage newStorage() {
        return new InMemoryStorage();
    }

    /**
     * Releases a storage after its test (close connections, drop data). Does nothing unless overridden.
     *
     * @param storage the storage the test used, never null
     */
    protected void releaseStorage(TicketStorage storage) {
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

    @Test
    void policy_P04_theViewableScopeRunByAStoreFindsWhatDecideAllows() {
        AccessPolicy policy = policy();
        Directory directory = directory();
        TicketStorage storage = Objects.requireNonNull(newStorage(), "newStorage() returned null");
        try {
            scopesRunByTheStoreFindWhatDecideAllows(policy, directory, storage);
        } finally {
            releaseStorage(storage);
        }
    }

    private void scopesRunByTheStoreFindWhatDecideAllows(AccessPolicy policy, Directory directory,
            TicketStorage storage) {
        Instant now = DeskFixture.START.plus(Duration.ofDays(1));
        TicketCriteria everything = SampleTickets.criteria(TicketQuery.all(), now);
        assertEquals(0, storage.transactions().inTransaction(() -> storage.tickets().count(everything)),
                "newStorage() must return storage holding no tickets: delete the previous test's rows there");
        List<TicketId> stored = new ArrayList<>();
        Draw draw = new Draw(new Random(SEED + 3), stored);
        List<Change> creations = new ArrayList<>();
        for (int i = 1; i <= STORED; i++) {
            creations.add(draw.creation(i));
        }
        storage.transactions().inTransaction(() -> {
            creations.forEach(storage.tickets()::insert);
            return null;
        });
        List<Ticket> tickets = creations.stream().map(Change::ticket).toList();
        tickets.forEach(t -> stored.add(t.id()));
        int partly = 0;
        for (int i = 0; i < QUERIED; i++) {
            // Random roles, the portal's roles (scopes of customers, contacts, single tickets), and users as the
            // directory knows them (Sales with their projects, members of their teams): every kind of scope.
            Actor actor = switch (i % 3) {
                case 0 -> draw.actor(roles());
                case 1 -> draw.portalActor(portalRoles());
                default -> draw.known(directory);
            };
            ViewableTickets reach = answer(() -> policy.viewableTickets(actor, directory), actor, null);
            List<TicketNumber> allowed = new ArrayList<>();
            for (Ticket ticket : tickets) {
                AccessTarget target = AccessTarget.of(ticket);
                if (answer(() -> policy.decide(actor, Permission.VIEW, target, directory), actor, target).allowed()) {
                    allowed.add(ticket.number());
                }
            }
            TicketCriteria criteria = SampleTickets.criteria(TicketQuery.all(), now, reach);
            List<TicketNumber> found = storage.transactions().inTransaction(() -> storage.tickets()
                    .find(criteria, StoreContractSupport.BY_NUMBER, StoreContractSupport.EVERYTHING)).items().stream()
                    .map(TicketSummary::number).toList();
            assertEquals(sorted(allowed), sorted(found), () -> "the store finds for viewableTickets " + reach
                    + " other tickets than decide(VIEW) allows, for " + actor);
            assertEquals(allowed.size(), storage.transactions().inTransaction(() -> storage.tickets().count(criteria)),
                    () -> "the store counts for viewableTickets " + reach + " other than decide(VIEW) allows, for "
                            + actor);
            if (!allowed.isEmpty() && allowed.size() < tickets.size()) {
                partly++;
            }
        }
        assertFalse(partly == 0, "no actor may view some but not all of the stored tickets: the rule proved nothing");
    }

    /** The distinct numbers in order, so two listings compare as sets and a difference reads easily. */
    private static List<TicketNumber> sorted(Collection<TicketNumber> numbers) {
        return numbers.stream().distinct().sorted().toList();
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
        private final List<TicketId> tickets;

        /** Draws targets and guests' passes among a few tickets of random ids. */
        Draw(Random random) {
            this(random, new ArrayList<>());
            for (int i = 0; i < 4; i++) {
                tickets.add(new TicketId(new UUID(random.nextLong(), random.nextLong())));
            }
        }

        /** Draws targets and guests' passes among the given tickets, which the caller may add to before drawing. */
        Draw(Random random, List<TicketId> tickets) {
            this.random = random;
            this.tickets = tickets;
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

        /** A user with the roles and affiliation the directory knows them by; random ones if it does not. */
        Actor known(Directory directory) {
            UserId user = pick(users());
            return directory.user(user).map(a -> a.inTenant(TenantId.DEFAULT)).orElseGet(() -> actor(roles()));
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

        /**
         * A new ticket over the contract's facts as a desk creates it: version 0 in its workflow's initial status,
         * with its creation event.
         */
        Change creation(long sequence) {
            Workflow workflow = SampleTickets.WORKFLOW;
            TicketId id = new TicketId(new UUID(random.nextLong(), random.nextLong()));
            TicketNumber number = TicketNumberFormat.DEFAULT.format(sequence);
            Instant at = DeskFixture.START.plus(Duration.ofMinutes(sequence));
            Optional<CustomerId> customer = maybe(customers());
            UserId creator = pick(users());
            Ticket ticket = StoredTicket.builder().tenant(TenantId.DEFAULT).id(id).number(number)
                    .title("Policy ticket " + sequence).status(workflow.initial())
                    .priority(maybe(workflow.priorities()).orElse(null))
                    .category(maybe(workflow.categories()).orElse(null)).project(maybe(projects()).orElse(null))
                    .customer(customer.orElse(null))
                    .contact(maybe(customer.map(AccessPolicyContract.this::contactsOf).orElse(List.of())).orElse(null))
                    .assignee(maybe(users()).orElse(null)).team(maybe(teams()).orElse(null))
                    .hiddenFromCustomer(random.nextInt(3) == 0).createdAt(at).createdBy(creator).lastActivityAt(at)
                    .workflow(workflow.ref()).version(0).build();
            TicketEvent.Occurrence occurrence = new TicketEvent.Occurrence(new UUID(random.nextLong(),
                    random.nextLong()), ticket.tenant(), id, number, 0, at, creator, customer,
                    ticket.hiddenFromCustomer());
            return new Change(ticket, new TicketEvent.Created(occurrence, workflow.initial().name(), ticket.project(),
                    customer));
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
