package io.github.tickets4j.testkit;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import io.github.tickets4j.testkit.fixtures.Actors;
import io.github.tickets4j.testkit.fixtures.DeskFixture;
import io.github.tickets4j.testkit.fixtures.FixtureTicket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The store contract's data: tickets created and worked on through a desk over the store under test, from a fixed
 * seed, so every run sees the same varied mix (every project, team, priority, category, tag, status, due and
 * follow-up dates on both sides of "now", closed tickets with past due dates, hidden tickets, customers and their
 * contact persons, tickets created by customers' users, rated resolutions). The reference answers are the core's
 * {@link io.github.tickets4j.core.stats.Aggregates} over the same tickets read back by id. Every change the desk
 * made is kept (its new state and its event), so the very same tickets and histories can be replayed into a
 * reference store.
 */
final class SampleTickets {
    /** A zone with a half-hour offset, so a store that rounds to hours or uses UTC is caught. */
    static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");
    static final Workflow WORKFLOW = Workflows.ispBilling();
    /**
     * Titles, among them the non-ASCII spellings free text must fold alike in every store: dotted capital I,
     * Greek capital and final sigma (and an accented word that must stay apart), sharp s, Danish letters.
     */
    private static final String[] TITLES = {"Router offline", "Invoice too high", "Slow line at night",
        "Router keeps rebooting", "Wrong address on bill", "New contract wanted", "Hotel in İzmir offline",
        "IZMIR branch: no line", "Kleine ΟΔΟΣ 5 unreachable", "Οδός Ερμού fibre cut", "Lange Straße 4 no signal",
        "STRASSE 9 moved", "Ferry office on Ærø", "ÆRØ shop invoice"};
    /** Descriptions, given to a third of the tickets at random; non-ASCII ones in another case than the titles. */
    private static final String[] DESCRIPTIONS = {"The ROUTER light blinks red", "Kunde in izmir wartet",
        "Outage on οδος Αθηνάς", "Kabel in der strasse defekt", "Shop on ærø closed", "ΟΔΌΣ ΕΡΜΟΎ again"};
    private static final String[] TAGS = {"billing", "network", "vip"};
    private static final String[] COMMENTS = {"Nobody called back", "Slow", "Fine", "Quick, thanks",
        "Excellent service"};
    private static final ProjectId[] PROJECTS = {Actors.P1, Actors.P2, Actors.P3, null};

    private final DeskFixture fixture;
    private final TenantId tenant;
    private final Map<TicketId, List<Change>> changes = new LinkedHashMap<>();
    /**
     * Decides the portal's facets (contacts, customers' creations, ratings) apart from the rest, so the mix the
     * other rules were written against stays the same.
     */
    private Random portal;

    private SampleTickets(DeskFixture fixture, TenantId tenant) {
        this.fixture = fixture;
        this.tenant = tenant;
    }

    /**
     * Creates the tickets through a desk over the storage, in the default tenant.
     *
     * @param storage the storage under test, empty
     * @param count how many tickets
     * @return the data, with the desk's clock a few days after the last change
     */
    static SampleTickets create(TicketStorage storage, int count) {
        return create(storage, count, TenantId.DEFAULT, 20_260_302L);
    }

    /**
     * Creates the tickets through a desk over the storage, by the cast acting in a tenant.
     *
     * @param storage the storage under test, holding no tickets of the tenant
     * @param count how many tickets
     * @param tenant whose tickets they are
     * @param seed decides the mix; another seed, other tickets
     * @return the data, with the desk's clock a few days after the last change
     */
    static SampleTickets create(TicketStorage storage, int count, TenantId tenant, long seed) {
        DeskFixture fixture = DeskFixture.builder().workflow(WORKFLOW).storage(storage).zone(ZONE).build();
        SampleTickets data = new SampleTickets(fixture, tenant);
        Random random = new Random(seed);
        data.portal = new Random(seed ^ 0x5EED_CAFEL);
        for (int i = 0; i < count; i++) {
            data.createOne(random, i);
        }
        // Let days pass, so follow-up and due dates fall on both sides of today.
        fixture.clock().advance(Duration.ofDays(2).plusHours(random.nextInt(24)));
        return data;
    }

    private void createOne(Random random, int i) {
        TicketDesk desk = fixture.desk();
        fixture.clock().advance(Duration.ofMinutes(1 + random.nextInt(600)));
        ProjectId project = PROJECTS[random.nextInt(PROJECTS.length)];
        Actor creator = (project == Actors.P1 ? Actors.sales() : project == Actors.P2 ? Actors.otherSales()
                : random.nextBoolean() ? Actors.operations() : Actors.admin()).inTenant(tenant);
        // Only a user who may view the ticket can hold it.
        List<UserId> assignees = Actors.viewersOf(project);
        CreateTicket.Builder command = CreateTicket.titled(TITLES[i % TITLES.length] + " #" + i).project(project)
                .description(random.nextInt(3) == 0 ? DESCRIPTIONS[i % DESCRIPTIONS.length] : null)
                .priority(pick(random, WORKFLOW.priorities())).category(pick(random, WORKFLOW.categories()))
                .assignee(random.nextInt(3) == 0 ? null : assignees.get(random.nextInt(assignees.size())))
                .team(random.nextInt(3) == 0 ? null : random.nextBoolean() ? Actors.T1 : Actors.T2)
                .dueAt(random.nextBoolean() ? null : now().plus(Duration.ofHours(random.nextInt(240) - 72)))
                .hiddenFromCustomer(random.nextInt(5) == 0);
        for (String tag : TAGS) {
            if (random.nextInt(3) == 0) {
                command.tags(tag);
            }
        }
        Optional<Actor> customer = portalUser(project);
        CreateTicket made = command.build();
        if (customer.isPresent()) {
            // The portal's creation: the customer and contact are the user's own, staff's choices are left out.
            creator = customer.get().inTenant(tenant);
            made = CreateTicket.titled(made.title()).description(made.description().orElse(null))
                    .priority(made.priority().orElse(null)).category(made.category().orElse(null)).build();
        } else {
            made = withContact(made, project);
        }
        Ticket ticket = record(desk.create(creator, made));
        Actor admin = Actors.admin().inTenant(tenant);
        if (random.nextInt(10) < 6) {
            LocalDate date = random.nextBoolean() ? null : desk.today(admin).plusDays(random.nextInt(4));
            ticket = record(desk.execute(admin, ticket.number(), new TicketCommand.AddFollowUp("Called back", date)));
        }
        if (random.nextBoolean()) {
            List<Status> working = WORKFLOW.statuses().subList(1, WORKFLOW.statuses().size() - 1);
            String to = working.get(random.nextInt(working.size())).name();
            ticket = record(desk.execute(admin, ticket.number(), new TicketCommand.ChangeStatus(to)));
        }
        if (random.nextInt(3) == 0) {
            fixture.clock().advance(Duration.ofMinutes(random.nextInt(3000)));
            ticket = record(desk.execute(admin, ticket.number(), new TicketCommand.Close()));
        }
        if (ticket.resolvedAt().isPresent() && portal.nextInt(3) > 0) {
            fixture.clock().advance(Duration.ofMinutes(1 + portal.nextInt(900)));
            int score = 1 + portal.nextInt(5);
            String comment = portal.nextBoolean() ? null : COMMENTS[score - 1];
            record(desk.execute(admin, ticket.number(), new TicketCommand.Rate(score, Optional.ofNullable(comment))));
        }
    }

    /** One ticket in six is created by a user of the portal, whose customer the project (if any) belongs to. */
    private Optional<Actor> portalUser(ProjectId project) {
        if (portal.nextInt(6) > 0 || project == Actors.P3) {
            return Optional.empty();
        }
        List<Actor> users = project == Actors.P1 ? List.of(Actors.customer(), Actors.contact())
                : project == Actors.P2 ? List.of(Actors.otherCustomer()) : Actors.customers();
        return Optional.of(users.get(portal.nextInt(users.size())));
    }

    /**
     * Half of staff's tickets without project get a customer; a third of those with a customer name a contact
     * person of it.
     */
    private CreateTicket withContact(CreateTicket command, ProjectId project) {
        CreateTicket.Builder b = command.toBuilder();
        Optional<CustomerId> customer = Optional.ofNullable(project).flatMap(fixture.directory()::customerOf);
        if (project == null && portal.nextBoolean()) {
            customer = Optional.of(portal.nextBoolean() ? Actors.C1 : Actors.C2);
            b.customer(customer.get());
        }
        if (customer.isPresent() && portal.nextInt(3) == 0) {
            b.contact(customer.get().equals(Actors.C1) ? Actors.K1 : Actors.K2);
        }
        return b.build();
    }

    /** Keeps the change the desk just made: the state it returned and the event it published. */
    private Ticket record(Ticket state) {
        Change change = new Change(state, fixture.events().last().orElseThrow());
        changes.computeIfAbsent(state.id(), id -> new ArrayList<>()).add(change);
        return state;
    }

    private static String pick(Random random, List<String> values) {
        return random.nextInt(values.size() + 1) == values.size() ? null : values.get(random.nextInt(values.size()));
    }

    /** @return the tenant the tickets belong to */
    TenantId tenant() {
        return tenant;
    }

    /** @return the fixture the tickets were created with; its clock is "now" for the criteria */
    DeskFixture fixture() {
        return fixture;
    }

    /** @return the tickets as the store gives them back by id, in creation order */
    List<Ticket> load() {
        return fixture.inTransaction(() -> changes.keySet().stream()
                .map(id -> fixture.store().findById(tenant, id).orElseThrow(
                        () -> new AssertionError("Ticket " + id + " was stored but is not found by id")))
                .toList());
    }

    /** @return every ticket as the desk made it, with its history, in creation order; to replay elsewhere */
    List<FixtureTicket> made() {
        return changes.values().stream().map(FixtureTicket::new).toList();
    }

    /**
     * Writes the very same tickets with their histories into another store.
     *
     * @param other a fixture over another storage, empty
     */
    void replayInto(DeskFixture other) {
        made().forEach(other::insert);
    }

    /**
     * The criteria a desk would pass for a query at the fixture's current time.
     *
     * @param query the filters
     * @param scopes the view scopes; none means every ticket is visible
     * @return the criteria
     */
    TicketCriteria criteria(TicketQuery query, ViewableTickets... scopes) {
        return criteria(tenant, query, now(), scopes);
    }

    /** The criteria a desk would pass for a query in the default tenant at an instant. */
    static TicketCriteria criteria(TicketQuery query, Instant now, ViewableTickets... scopes) {
        return criteria(TenantId.DEFAULT, query, now, scopes);
    }

    /** The criteria a desk would pass for a query in a tenant at an instant. */
    static TicketCriteria criteria(TenantId tenant, TicketQuery query, Instant now, ViewableTickets... scopes) {
        List<ViewableTickets> all = scopes.length == 0 ? List.of(ViewableTickets.all()) : List.of(scopes);
        return new TicketCriteria(tenant, query, all, LocalDate.ofInstant(now, ZONE), now,
                query.text().flatMap(TicketNumberFormat.DEFAULT::parse),
                WORKFLOW.statuses().stream().map(Status::name).toList(), WORKFLOW.priorities());
    }

    private Instant now() {
        return fixture.clock().instant();
    }
}
