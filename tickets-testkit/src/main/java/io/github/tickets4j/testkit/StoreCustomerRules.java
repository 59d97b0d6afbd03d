package io.github.tickets4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.access.ViewableTickets.Restricted;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.stats.Aggregates;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.Rating;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.testkit.fixtures.Actors;
import io.github.tickets4j.testkit.fixtures.FixtureTicket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The store contract's rules for the portal's side, S29 to S31 of {@link ContractRule}: the scopes that confine
 * customers and guests (their customer, their contact person, one ticket, the public side, and lists of several, all
 * of which must include a ticket) and the ratings of resolutions agree with the core's reference calculation.
 * Part of {@link TicketStoreContract}; hosts extend that class, never this.
 */
abstract class StoreCustomerRules extends StoreTenantRules {
    private static final int SAMPLE_SIZE = 80;
    /** Random scope lists tried per run; each is answered by every query and aggregate of the store. */
    private static final int TRIES = 60;
    private static final long SEED = 20_260_313L;
    private static final CustomerId NO_SUCH_CUSTOMER = CustomerId.of("C-NONE");
    private static final ContactId NO_SUCH_CONTACT = ContactId.of("K-NONE");

    @Test
    void store_S29_customerScopesAndTheirCombinationsMatchTheReference() {
        SampleTickets data = SampleTickets.create(storage(), SAMPLE_SIZE);
        List<Ticket> tickets = data.load();
        assertTrue(tickets.stream().anyMatch(Ticket::hiddenFromCustomer), "the sample must hold hidden tickets");
        assertTrue(tickets.stream().anyMatch(t -> t.contact().isPresent()), "the sample must hold contacts");
        List<List<ViewableTickets>> scopes = new ArrayList<>();
        Ticket some = tickets.get(7);
        scopes.add(List.of(ViewableTickets.publicSide()));
        scopes.add(List.of(Restricted.ofCustomers(Set.of(Actors.C1))));
        scopes.add(List.of(Restricted.ofCustomers(Set.of(Actors.C1, Actors.C2))));
        scopes.add(List.of(Restricted.ofContacts(Set.of(Actors.K1))));
        scopes.add(List.of(Restricted.onlyTicket(some.id())));
        scopes.add(List.of(Restricted.onlyTicket(TicketId.random())));
        scopes.add(List.of(Restricted.ofCustomers(Set.of(Actors.C2)), ViewableTickets.publicSide()));
        scopes.add(List.of(Restricted.onlyTicket(some.id()), ViewableTickets.publicSide()));
        scopes.add(List.of(Restricted.ofCustomers(Set.of(Actors.C1)), Restricted.ofContacts(Set.of(Actors.K1)),
                ViewableTickets.publicSide()));
        scopes.add(List.of(Restricted.involving(Actors.customer().id()).or(Restricted.ofContacts(Set.of(Actors.K1)))));
        // What the desk asks for its portal users: the policy's reach, then the public side.
        for (Actor actor : List.of(Actors.customer(), Actors.contact(), Actors.otherCustomer(),
                Actors.guest(some.id()))) {
            scopes.add(List.of(RoleMatrix.standard().viewableTickets(actor, data.fixture().directory()),
                    ViewableTickets.publicSide()));
        }
        Random random = new Random(SEED);
        for (int i = 0; i < TRIES; i++) {
            List<ViewableTickets> list = new ArrayList<>();
            int size = 1 + random.nextInt(3);
            for (int j = 0; j < size; j++) {
                list.add(randomScope(random, tickets));
            }
            scopes.add(list);
        }
        boolean someEmpty = false;
        boolean someNarrowed = false;
        for (List<ViewableTickets> scope : scopes) {
            TicketCriteria criteria = data.criteria(TicketQuery.all(), scope.toArray(ViewableTickets[]::new));
            assertEverythingMatches(tickets, criteria, "scopes " + scope);
            long count = Aggregates.count(tickets, criteria);
            someEmpty |= count == 0;
            someNarrowed |= count > 0 && count < tickets.size();
            TicketCriteria open = data.criteria(TicketQuery.builder().statusCategories(StatusCategory.NEW,
                    StatusCategory.ACTIVE, StatusCategory.WAITING).overdueOnly(random.nextBoolean()).build(),
                    scope.toArray(ViewableTickets[]::new));
            assertEquals(Aggregates.find(tickets, open, BY_NUMBER, EVERYTHING).items(),
                    tx(() -> store().find(open, BY_NUMBER, EVERYTHING)).items(), "open tickets, scopes " + scope);
            assertEquals(Aggregates.count(tickets, open), tx(() -> store().count(open)), "open, scopes " + scope);
        }
        assertTrue(someEmpty && someNarrowed, "the scopes tried must include empty and narrowing ones");
    }

    @Test
    void store_S30_aRatingReadsBackAndRatedBetweenFiltersByItsInstant() {
        // Numbers far above the sample's, which the desk draws from 1.
        FixtureTicket rated = ticket(900_001).with(b -> b.customer(Actors.C1).contact(Actors.K1)).status("RESOLVED")
                .then(new TicketCommand.Rate(4, Optional.of("Schnell erledigt – merci ✓\nΚαλή δουλειά"))).build();
        FixtureTicket reopened = ticket(900_002).status("RESOLVED").then(new TicketCommand.Rate(2),
                new TicketCommand.ChangeStatus("WORK_IN_PROGRESS", "Not fixed after all")).build();
        FixtureTicket ratedPlain = ticket(900_003).status("CLOSED").then(new TicketCommand.Rate(5)).build();
        List.of(rated, reopened, ratedPlain).forEach(this::insert);
        Rating rating = rated.ticket().rating().orElseThrow();
        assertEquals(rated.ticket(), stored(rated.ticket().id()), "a rated ticket reads back equal");
        assertEquals(Optional.of(rating), stored(rated.ticket().id()).rating(), "the rating reads back");
        assertEquals(Optional.empty(), stored(reopened.ticket().id()).rating(), "a reopening cleared the rating");
        assertEquals(ratedPlain.ticket(), stored(ratedPlain.ticket().id()));

        SampleTickets data = SampleTickets.create(storage(), SAMPLE_SIZE);
        List<Ticket> tickets = new ArrayList<>(data.load());
        tickets.addAll(List.of(rated.ticket(), reopened.ticket(), ratedPlain.ticket()));
        List<Instant> instants = tickets.stream().flatMap(t -> t.rating().stream()).map(Rating::at).sorted()
                .toList();
        assertTrue(instants.size() > 5, "the sample must hold rated tickets");
        Instant middle = instants.get(instants.size() / 2);
        Instant first = instants.get(0);
        Instant last = instants.get(instants.size() - 1);
        List<TicketQuery> queries = List.of(
                TicketQuery.builder().ratedBetween(middle, null).build(),
                TicketQuery.builder().ratedBetween(null, middle).build(),
                TicketQuery.builder().ratedBetween(middle, middle.plusMillis(1)).build(),
                TicketQuery.builder().ratedBetween(middle.minusMillis(1), middle).build(),
                TicketQuery.builder().ratedBetween(first, last).build(),
                TicketQuery.builder().ratedBetween(first, last.plus(Duration.ofDays(1))).build(),
                TicketQuery.builder().ratedBetween(last.plusMillis(1), null).build(),
                TicketQuery.builder().ratedBetween(middle, null).customers(Actors.C1).build());
        for (TicketQuery query : queries) {
            TicketCriteria criteria = data.criteria(query);
            assertEquals(Aggregates.find(tickets, criteria, BY_NUMBER, EVERYTHING).items(),
                    tx(() -> store().find(criteria, BY_NUMBER, EVERYTHING)).items(), "find " + query);
            assertEquals(Aggregates.count(tickets, criteria), tx(() -> store().count(criteria)), "count " + query);
            assertEquals(Aggregates.ratings(tickets, criteria), tx(() -> store().ratings(criteria)),
                    "ratings " + query);
        }
        assertEquals(1, Aggregates.count(tickets, data.criteria(queries.get(2))), "one rating at the instant");
    }

    @Test
    void store_S31_ratingStatisticsMatchTheReferenceInsideEveryScope() {
        SampleTickets data = SampleTickets.create(storage(), SAMPLE_SIZE);
        List<Ticket> tickets = data.load();
        assertTrue(Aggregates.ratings(tickets, data.criteria(TicketQuery.all())).distribution().values().stream()
                .filter(n -> n > 0).count() > 2, "the sample must hold ratings of several scores");
        Instant middle = tickets.get(SAMPLE_SIZE / 2).createdAt();
        List<List<ViewableTickets>> scopes = List.of(List.of(ViewableTickets.all()),
                List.of(ViewableTickets.publicSide()),
                List.of(Restricted.ofCustomers(Set.of(Actors.C1)), ViewableTickets.publicSide()),
                List.of(Restricted.ofContacts(Set.of(Actors.K1, Actors.K2))),
                List.of(Restricted.ofProjects(Set.of(Actors.P1, Actors.P3))),
                List.of(Restricted.onlyTicket(tickets.get(3).id())),
                List.of(ViewableTickets.none()));
        List<TicketQuery> queries = List.of(TicketQuery.all(),
                TicketQuery.builder().closedBetween(middle, null).build(),
                TicketQuery.builder().ratedBetween(null, middle.plus(Duration.ofDays(1))).build());
        for (List<ViewableTickets> scope : scopes) {
            for (TicketQuery query : queries) {
                TicketCriteria criteria = data.criteria(query, scope.toArray(ViewableTickets[]::new));
                String what = query + " in scopes " + scope;
                assertEquals(Aggregates.ratings(tickets, criteria), tx(() -> store().ratings(criteria)),
                        "ratings " + what);
                for (Dimension dimension : Dimension.values()) {
                    assertEquals(Aggregates.ratingsBy(tickets, criteria, dimension),
                            tx(() -> store().ratingsBy(criteria, dimension)), "ratings by " + dimension + ", " + what);
                }
            }
        }
    }

    /** Compares every query and aggregate the store offers with the reference. */
    private void assertEverythingMatches(List<Ticket> tickets, TicketCriteria criteria, String what) {
        assertEquals(Aggregates.find(tickets, criteria, BY_NUMBER, EVERYTHING).items(),
                tx(() -> store().find(criteria, BY_NUMBER, EVERYTHING)).items(), "find " + what);
        assertEquals(Aggregates.count(tickets, criteria), tx(() -> store().count(criteria)), "count " + what);
        for (Dimension dimension : Dimension.values()) {
            assertEquals(Aggregates.countBy(tickets, criteria, dimension),
                    tx(() -> store().countBy(criteria, dimension)), "count by " + dimension + ", " + what);
        }
        assertEquals(Aggregates.resolution(tickets, criteria), tx(() -> store().resolution(criteria)),
                "resolution " + what);
        assertEquals(Aggregates.resolutionBy(tickets, criteria, Dimension.CUSTOMER),
                tx(() -> store().resolutionBy(criteria, Dimension.CUSTOMER)), "resolution by customer " + what);
        assertEquals(Aggregates.ratings(tickets, criteria), tx(() -> store().ratings(criteria)), "ratings " + what);
        assertEquals(Aggregates.ratingsBy(tickets, criteria, Dimension.STATUS),
                tx(() -> store().ratingsBy(criteria, Dimension.STATUS)), "ratings by status " + what);
        assertEquals(Aggregates.createdPerDay(tickets, criteria, SampleTickets.ZONE),
                tx(() -> store().createdPerDay(criteria, SampleTickets.ZONE)), "per day " + what);
    }

    /**
     * One scope: every ticket, the public side, none, or a restricted one naming customers, contacts, tickets,
     * users, projects and teams (known and unknown ones), alone or joined.
     */
    private static ViewableTickets randomScope(Random random, List<Ticket> tickets) {
        switch (random.nextInt(10)) {
            case 0:
                return ViewableTickets.all();
            case 1, 2:
                return ViewableTickets.publicSide();
            case 3:
                return ViewableTickets.none();
            default:
                Restricted scope = randomRestricted(random, tickets);
                return random.nextInt(3) == 0 ? scope.or(randomRestricted(random, tickets)) : scope;
        }
    }

    private static Restricted randomRestricted(Random random, List<Ticket> tickets) {
        switch (random.nextInt(7)) {
            case 0:
                return Restricted.ofCustomers(subset(random, List.of(Actors.C1, Actors.C2, NO_SUCH_CUSTOMER)));
            case 1:
                return Restricted.ofContacts(subset(random, List.of(Actors.K1, Actors.K2, NO_SUCH_CONTACT)));
            case 2:
                return Restricted.onlyTicket(random.nextInt(5) == 0 ? TicketId.random()
                        : tickets.get(random.nextInt(tickets.size())).id());
            case 3:
                Set<TicketId> ids = new HashSet<>();
                for (int i = random.nextInt(6); i > 0; i--) {
                    ids.add(tickets.get(random.nextInt(tickets.size())).id());
                }
                return new Restricted(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), ids);
            case 4:
                List<UserId> users = new ArrayList<>(Actors.users());
                Actors.customers().forEach(a -> users.add(a.id()));
                return Restricted.involving(users.get(random.nextInt(users.size())));
            case 5:
                return Restricted.ofProjects(subset(random, List.of(Actors.P1, Actors.P2, Actors.P3)));
            default:
                return Restricted.ofTeams(subset(random, List.of(Actors.T1, Actors.T2)),
                        subset(random, Actors.users()));
        }
    }

    private static <T> Set<T> subset(Random random, List<T> values) {
        Set<T> chosen = new HashSet<>();
        for (T value : values) {
            if (random.nextBoolean()) {
                chosen.add(value);
            }
        }
        return chosen;
    }
}
