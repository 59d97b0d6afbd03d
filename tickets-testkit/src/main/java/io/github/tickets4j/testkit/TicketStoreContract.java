package io.github.tickets4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.ConcurrentTicketModificationException;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.access.ViewScope;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.SortField;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.core.stats.Aggregates;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.stats.ReportPeriod;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.Submitter;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.ticket.Visibility;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.testkit.fixtures.Actors;
import io.github.tickets4j.testkit.fixtures.DeskFixture;
import io.github.tickets4j.testkit.fixtures.TicketFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link TicketStore} must keep; rules S01 to S17 of {@link ContractRule}. Extend it in your
 * test sources and override the factory methods:
 *
 * <pre>{@code
 * class MyStoreContractTest extends TicketStoreContract {
 *     protected TicketStore newStore() { return new MyStore(cleanDatabase()); }
 *     protected Transactions transactions(TicketStore store) { return ((MyStore) store).transactions(); }
 * }
 * }</pre>
 *
 * <p>{@link #newStore()} is called before every test and must return an <em>empty</em> store: a database-backed
 * store deletes its rows there (or in {@link #releaseStore}). Every store call the contract makes outside a desk
 * runs inside {@link #transactions(TicketStore)}. The queries and aggregates are compared with
 * {@link Aggregates} over the very tickets the store gives back by id, so a store must compute the same answers,
 * in its database or otherwise. A Jakarta Validation provider must be on the test class path (the contract drives a
 * {@code TicketDesk}).
 */
public abstract class TicketStoreContract {
    private static final int SAMPLE_SIZE = 60;
    private static final Sort BY_NUMBER = Sort.ascending(SortField.NUMBER);
    private static final PageRequest EVERYTHING = PageRequest.first(PageRequest.MAX_SIZE);

    private TicketStore store;
    private Transactions transactions;

    /** For subclasses. */
    protected TicketStoreContract() {
    }

    /**
     * Creates the store under test. Called before each test.
     *
     * @return an empty store, never null
     */
    protected abstract TicketStore newStore();

    /**
     * The transactions that belong to a store; the desk and the contract's own store calls run inside them.
     *
     * @param store a store from {@link #newStore()}, never null
     * @return the runner; {@link Transactions#none()} unless overridden
     */
    protected Transactions transactions(TicketStore store) {
        return Transactions.none();
    }

    /**
     * Releases a store after its test (close connections, drop data). Does nothing unless overridden.
     *
     * @param store the store the test used, never null
     */
    protected void releaseStore(TicketStore store) {
    }

    @BeforeEach
    final void createStore() {
        store = newStore();
        transactions = transactions(store);
    }

    @AfterEach
    final void dropStore() {
        releaseStore(store);
    }

    @Test
    void store_S01_storedTicketReadsBackEqualById() {
        Ticket ticket = richTicket(1);
        Ticket inserted = tx(() -> store.insert(ticket));
        assertEquals(ticket, inserted, "insert must return the ticket as stored");
        assertEquals(ticket, tx(() -> store.findById(ticket.id())).orElseThrow());
    }

    @Test
    void store_S02_storedTicketReadsBackByNumberAndUnknownKeysGiveEmpty() {
        Ticket ticket = richTicket(7);
        tx(() -> store.insert(ticket));
        assertEquals(ticket, tx(() -> store.findByNumber(ticket.number())).orElseThrow());
        assertEquals(Optional.empty(), tx(() -> store.findByNumber(TicketNumberFormat.DEFAULT.format(8))));
        assertEquals(Optional.empty(), tx(() -> store.findById(TicketId.random())));
    }

    @Test
    void store_S03_duplicateIdOrNumberIsRefused() {
        Ticket ticket = TicketFixture.in(SampleTickets.WORKFLOW).number(3).build();
        tx(() -> store.insert(ticket));
        Ticket sameNumber = TicketFixture.in(SampleTickets.WORKFLOW).number(3).build();
        Ticket sameId = ticket.toBuilder().number(TicketNumberFormat.DEFAULT.format(4)).build();
        assertThrows(TicketsException.class, () -> tx(() -> store.insert(sameNumber)));
        assertThrows(TicketsException.class, () -> tx(() -> store.insert(sameId)));
        assertEquals(ticket, tx(() -> store.findById(ticket.id())).orElseThrow());
        assertEquals(1, tx(() -> store.count(SampleTickets.criteria(TicketQuery.all(), DeskFixture.START))));
    }

    @Test
    void store_S04_updateStoresTheChangeWithTheNextVersion() {
        Ticket ticket = tx(() -> store.insert(TicketFixture.in(SampleTickets.WORKFLOW).number(5).build()));
        Ticket changed = ticket.addFollowUp("Called back", Optional.of(LocalDate.of(2026, 3, 9)),
                Visibility.PUBLIC, Actors.admin().id(), DeskFixture.START.plusSeconds(3600)).ticket();
        Ticket updated = tx(() -> store.update(changed));
        assertEquals(changed.toBuilder().version(1).build(), updated);
        assertEquals(updated, tx(() -> store.findById(ticket.id())).orElseThrow());
        Ticket again = updated.tag("vip", Actors.admin().id(), DeskFixture.START.plusSeconds(7200)).ticket();
        assertEquals(2, tx(() -> store.update(again)).version());
        assertEquals(Set.of("vip"), tx(() -> store.findByNumber(ticket.number())).orElseThrow().tags());
    }

    @Test
    void store_S05_deletedTicketIsGoneFromLookupsListsAndCounts() {
        Ticket kept = tx(() -> store.insert(TicketFixture.in(SampleTickets.WORKFLOW).number(1).build()));
        Ticket gone = tx(() -> store.insert(TicketFixture.in(SampleTickets.WORKFLOW).number(2).followUps(2).build()));
        tx(() -> {
            store.delete(gone);
            return null;
        });
        assertEquals(Optional.empty(), tx(() -> store.findById(gone.id())));
        assertEquals(Optional.empty(), tx(() -> store.findByNumber(gone.number())));
        TicketCriteria all = SampleTickets.criteria(TicketQuery.all(), DeskFixture.START);
        assertEquals(1, tx(() -> store.count(all)));
        assertEquals(List.of(kept.summary()), tx(() -> store.find(all, BY_NUMBER, EVERYTHING)).items());
    }

    @Test
    void store_S06_writingATicketThatIsNotStoredIsRefused() {
        Ticket never = TicketFixture.in(SampleTickets.WORKFLOW).number(9).build();
        assertThrows(TicketNotFoundException.class, () -> tx(() -> store.update(never)));
        assertThrows(TicketNotFoundException.class, () -> tx(() -> {
            store.delete(never);
            return null;
        }));
    }

    @Test
    void store_S07_staleWriteIsRefused() {
        Ticket read = tx(() -> store.insert(TicketFixture.in(SampleTickets.WORKFLOW).number(1).build()));
        UserId admin = Actors.admin().id();
        Ticket first = tx(() -> store.update(read.tag("first", admin, DeskFixture.START.plusSeconds(60)).ticket()));
        Ticket stale = read.tag("second", admin, DeskFixture.START.plusSeconds(120)).ticket();
        assertThrows(ConcurrentTicketModificationException.class, () -> tx(() -> store.update(stale)));
        assertThrows(ConcurrentTicketModificationException.class, () -> tx(() -> {
            store.delete(read);
            return null;
        }));
        assertEquals(first, tx(() -> store.findById(read.id())).orElseThrow(), "the stale writes changed nothing");
    }

    @Test
    void store_S08_parallelReadModifyWriteWithRetryLosesNoFollowUp() throws Exception {
        Ticket ticket = tx(() -> store.insert(TicketFixture.in(SampleTickets.WORKFLOW).number(1).build()));
        int writers = 4;
        int each = 5;
        List<String> written = Concurrently.readModifyWrite(writers, each, transactions, store, ticket.id());
        Ticket after = tx(() -> store.findById(ticket.id())).orElseThrow();
        List<String> stored = after.followUps().stream().map(f -> f.note()).sorted().toList();
        assertEquals(written.stream().sorted().toList(), stored, "every acknowledged follow-up must be stored");
        assertEquals(writers * each, after.version(), "one version per acknowledged write");
    }

    @Test
    void store_S09_everyFilterMatchesTheReference() {
        SampleTickets data = SampleTickets.create(store, transactions, SAMPLE_SIZE);
        List<Ticket> tickets = data.load();
        Ticket some = tickets.get(11);
        Instant middle = tickets.get(SAMPLE_SIZE / 2).createdAt();
        Instant lastClosed = tickets.stream().flatMap(t -> t.closedAt().stream()).max(Instant::compareTo)
                .orElseThrow();
        List<TicketQuery> queries = List.of(
                TicketQuery.all(),
                TicketQuery.builder().statuses("NEW").build(),
                TicketQuery.builder().statuses("work_in_progress", "CLOSED").build(),
                TicketQuery.builder().statusCategories(StatusCategory.CLOSED).build(),
                TicketQuery.builder().statusCategories(StatusCategory.WAITING, StatusCategory.RESOLVED).build(),
                TicketQuery.builder().overdueOnly(true).build(),
                TicketQuery.builder().projects(Actors.P1).build(),
                TicketQuery.builder().projects(Actors.P2, Actors.P3).build(),
                TicketQuery.builder().customers(Actors.C1).build(),
                TicketQuery.builder().assignees(Actors.sales().id()).build(),
                TicketQuery.builder().assignees(Actors.sales().id(), Actors.operations().id()).build(),
                TicketQuery.builder().unassignedOnly(true).build(),
                TicketQuery.builder().creators(Actors.otherSales().id()).build(),
                TicketQuery.builder().teams(Actors.T1).build(),
                TicketQuery.builder().priorities("critical").build(),
                TicketQuery.builder().categories("PROBLEM", "lead").build(),
                TicketQuery.builder().tags("vip").build(),
                TicketQuery.builder().tags("billing", "network").build(),
                TicketQuery.builder().createdBetween(middle, null).build(),
                TicketQuery.builder().createdBetween(null, middle).build(),
                TicketQuery.builder().closedBetween(middle, lastClosed).build(),
                TicketQuery.builder().text("router").build(),
                TicketQuery.builder().text(some.number().value().toLowerCase(Locale.ROOT)).build(),
                TicketQuery.builder().statusCategories(StatusCategory.NEW, StatusCategory.ACTIVE)
                        .assignees(Actors.admin().id(), Actors.finance().id()).tags("vip", "network").build());
        for (TicketQuery query : queries) {
            assertSameAnswers(tickets, data.criteria(query), query.toString());
        }
        assertTrue(Aggregates.count(tickets, data.criteria(TicketQuery.builder().overdueOnly(true).build())) > 0,
                "the sample must hold overdue tickets");
    }

    @Test
    void store_S10_everySortOrderMatchesTheReference() {
        SampleTickets data = SampleTickets.create(store, transactions, SAMPLE_SIZE);
        List<Ticket> tickets = data.load();
        TicketCriteria all = data.criteria(TicketQuery.all());
        for (SortField field : SortField.values()) {
            for (Sort sort : List.of(Sort.ascending(field), Sort.descending(field))) {
                assertEquals(Aggregates.find(tickets, all, sort, EVERYTHING).items(),
                        tx(() -> store.find(all, sort, EVERYTHING)).items(), "sorted " + sort);
            }
        }
    }

    @Test
    void store_S11_pagesSliceTheSortedMatches() {
        SampleTickets data = SampleTickets.create(store, transactions, SAMPLE_SIZE);
        List<Ticket> tickets = data.load();
        TicketCriteria open = data.criteria(TicketQuery.builder().statusCategories(StatusCategory.NEW,
                StatusCategory.ACTIVE, StatusCategory.WAITING, StatusCategory.RESOLVED).build());
        Sort sort = Sort.descending(SortField.PRIORITY);
        long total = Aggregates.count(tickets, open);
        for (int page = 0; page <= total / 7 + 1; page++) {
            PageRequest request = new PageRequest(page, 7);
            Page<?> expected = Aggregates.find(tickets, open, sort, request);
            assertEquals(expected, tx(() -> store.find(open, sort, request)), "page " + page);
        }
    }

    @Test
    void store_S12_queriesCountsAndAggregatesStayInsideEveryScope() {
        SampleTickets data = SampleTickets.create(store, transactions, SAMPLE_SIZE);
        List<Ticket> tickets = data.load();
        List<List<ViewScope>> scopes = new ArrayList<>();
        for (Actor actor : Actors.all()) {
            scopes.add(List.of(RoleMatrix.standard().viewScope(actor, data.fixture().directory())));
        }
        scopes.add(List.of(ViewScope.none()));
        scopes.add(List.of(restricted(Set.of(Actors.P2), Set.of(), Set.of(), Set.of())));
        scopes.add(List.of(restricted(Set.of(), Set.of(Actors.T2), Set.of(), Set.of())));
        scopes.add(List.of(restricted(Set.of(), Set.of(), Set.of(Actors.operations().id()), Set.of())));
        scopes.add(List.of(restricted(Set.of(), Set.of(), Set.of(), Set.of(Actors.otherSales().id()))));
        scopes.add(List.of(restricted(Set.of(Actors.P1), Set.of(), Set.of(), Set.of()),
                restricted(Set.of(), Set.of(Actors.T1), Set.of(), Set.of())));
        for (List<ViewScope> scope : scopes) {
            TicketCriteria criteria = data.criteria(TicketQuery.all(), scope.toArray(ViewScope[]::new));
            assertSameAnswers(tickets, criteria, "scopes " + scope);
            assertEquals(Aggregates.resolution(tickets, criteria), tx(() -> store.resolution(criteria)));
            assertEquals(Aggregates.createdPerDay(tickets, criteria, SampleTickets.ZONE),
                    tx(() -> store.createdPerDay(criteria, SampleTickets.ZONE)), "scopes " + scope);
            TicketCriteria overdue = data.criteria(TicketQuery.builder().overdueOnly(true).build(),
                    scope.toArray(ViewScope[]::new));
            assertEquals(Aggregates.count(tickets, overdue), tx(() -> store.count(overdue)), "scopes " + scope);
        }
    }

    @Test
    void store_S13_countsPerDimensionMatchTheReference() {
        SampleTickets data = SampleTickets.create(store, transactions, SAMPLE_SIZE);
        List<Ticket> tickets = data.load();
        for (TicketCriteria criteria : List.of(data.criteria(TicketQuery.all()),
                data.criteria(TicketQuery.builder().statusCategories(StatusCategory.CLOSED).build()))) {
            for (Dimension dimension : Dimension.values()) {
                assertEquals(Aggregates.countBy(tickets, criteria, dimension),
                        tx(() -> store.countBy(criteria, dimension)), "count by " + dimension);
            }
        }
    }

    @Test
    void store_S14_resolutionStatisticsMatchTheReference() {
        SampleTickets data = SampleTickets.create(store, transactions, SAMPLE_SIZE);
        List<Ticket> tickets = data.load();
        Instant middle = tickets.get(SAMPLE_SIZE / 2).createdAt();
        for (TicketCriteria criteria : List.of(data.criteria(TicketQuery.all()),
                data.criteria(TicketQuery.builder().closedBetween(middle, null).build()))) {
            assertEquals(Aggregates.resolution(tickets, criteria), tx(() -> store.resolution(criteria)));
            for (Dimension dimension : Dimension.values()) {
                assertEquals(Aggregates.resolutionBy(tickets, criteria, dimension),
                        tx(() -> store.resolutionBy(criteria, dimension)), "resolution by " + dimension);
            }
        }
        assertTrue(Aggregates.resolution(tickets, data.criteria(TicketQuery.all())).count() > 1,
                "the sample must hold closed tickets");
    }

    @Test
    void store_S15_ticketsPerDayMatchTheReferenceInEveryZone() {
        SampleTickets data = SampleTickets.create(store, transactions, SAMPLE_SIZE);
        List<Ticket> tickets = data.load();
        TicketCriteria all = data.criteria(TicketQuery.all());
        for (ZoneId zone : List.of(ZoneId.of("UTC"), SampleTickets.ZONE, ZoneId.of("America/New_York"),
                ZoneId.of("Pacific/Kiritimati"))) {
            assertEquals(Aggregates.createdPerDay(tickets, all, zone), tx(() -> store.createdPerDay(all, zone)),
                    "per day in " + zone);
        }
    }

    @Test
    void store_S16_overdueFollowsLocalMidnightAndNeverCountsClosedTickets() {
        ZoneId zone = SampleTickets.ZONE;
        LocalDate day = LocalDate.of(2026, 3, 10);
        Instant midnight = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<Ticket> tickets = new ArrayList<>();
        long n = 1;
        for (LocalDate followUp : List.of(day.minusDays(1), day, day.plusDays(1))) {
            tickets.add(TicketFixture.in(SampleTickets.WORKFLOW).number(n++).followUpDate(followUp).build());
            tickets.add(TicketFixture.in(SampleTickets.WORKFLOW).number(n++).status("CLOSED").followUpDate(followUp)
                    .build());
        }
        for (Duration offset : List.of(Duration.ofMillis(-1), Duration.ZERO, Duration.ofMillis(1))) {
            Instant due = midnight.plus(offset);
            tickets.add(TicketFixture.in(SampleTickets.WORKFLOW).number(n++).with(b -> b.dueAt(due)).build());
            tickets.add(TicketFixture.in(SampleTickets.WORKFLOW).number(n++).with(b -> b.dueAt(due))
                    .status("CLOSED").build());
            tickets.add(TicketFixture.in(SampleTickets.WORKFLOW).number(n++).with(b -> b.dueAt(due))
                    .status("WAITING_FOR_CUSTOMER").build());
        }
        tickets.forEach(t -> tx(() -> store.insert(t)));
        TicketQuery overdue = TicketQuery.builder().overdueOnly(true).build();
        // Local midnight, and midnight UTC five and a half hours later: a store taking "today" in UTC is caught.
        for (Duration offset : List.of(Duration.ofMillis(-1), Duration.ZERO, Duration.ofMillis(1),
                Duration.ofMinutes(330).minusMillis(1), Duration.ofMinutes(330))) {
            TicketCriteria criteria = SampleTickets.criteria(overdue, midnight.plus(offset));
            assertSameAnswers(tickets, criteria, "overdue at " + midnight.plus(offset) + " in " + zone);
            assertEquals(Aggregates.countBy(tickets, criteria, Dimension.STATUS_CATEGORY),
                    tx(() -> store.countBy(criteria, Dimension.STATUS_CATEGORY)));
            assertFalse(tx(() -> store.countBy(criteria, Dimension.STATUS_CATEGORY)).containsKey("CLOSED"),
                    "a closed ticket is never overdue");
            assertSameDashboard(tickets, midnight.plus(offset), Actors.admin());
        }
    }

    @Test
    void store_S17_dashboardsAndReportsMatchTheInMemoryCalculation() {
        SampleTickets data = SampleTickets.create(store, transactions, SAMPLE_SIZE);
        DeskFixture tested = data.fixture();
        DeskFixture reference = DeskFixture.builder().workflow(SampleTickets.WORKFLOW).zone(SampleTickets.ZONE)
                .startingAt(tested.clock().instant()).build();
        data.load().forEach(reference.store()::insert);
        LocalDate today = tested.desk().today();
        ReportPeriod period = ReportPeriod.of(today.minusDays(30), today);
        for (Actor actor : Actors.all()) {
            for (DashboardFilter filter : List.of(DashboardFilter.cleared(), DashboardFilter.overdue(),
                    DashboardFilter.statuses("NEW", "RESOLVED"))) {
                assertEquals(reference.desk().dashboard(actor, filter, Sort.NEWEST_FIRST, PageRequest.first(10)),
                        tested.desk().dashboard(actor, filter, Sort.NEWEST_FIRST, PageRequest.first(10)),
                        "dashboard of " + actor.id() + " with " + filter);
            }
            assertEquals(reference.desk().report(actor, period), tested.desk().report(actor, period),
                    "report of " + actor.id());
        }
    }

    /** Compares the dashboard of a desk over the store with one over the in-memory calculation, at an instant. */
    private void assertSameDashboard(List<Ticket> tickets, Instant at, Actor viewer) {
        DeskFixture tested = DeskFixture.builder().workflow(SampleTickets.WORKFLOW).store(store, transactions)
                .zone(SampleTickets.ZONE).startingAt(at).build();
        DeskFixture reference = DeskFixture.builder().workflow(SampleTickets.WORKFLOW).zone(SampleTickets.ZONE)
                .startingAt(at).build();
        tickets.forEach(reference.store()::insert);
        assertEquals(reference.desk().dashboard(viewer, DashboardFilter.overdue(), Sort.NEWEST_FIRST, EVERYTHING),
                tested.desk().dashboard(viewer, DashboardFilter.overdue(), Sort.NEWEST_FIRST, EVERYTHING),
                "overdue dashboard at " + at);
    }

    /** Compares find (every ticket, by number) and count with the reference. */
    private void assertSameAnswers(List<Ticket> tickets, TicketCriteria criteria, String what) {
        assertEquals(Aggregates.find(tickets, criteria, BY_NUMBER, EVERYTHING).items(),
                tx(() -> store.find(criteria, BY_NUMBER, EVERYTHING)).items(), "find " + what);
        assertEquals(Aggregates.count(tickets, criteria), tx(() -> store.count(criteria)), "count " + what);
        assertEquals(Aggregates.countBy(tickets, criteria, Dimension.PROJECT),
                tx(() -> store.countBy(criteria, Dimension.PROJECT)), "count by project " + what);
    }

    private static ViewScope restricted(Set<ProjectId> projects,
            Set<TeamId> teams, Set<UserId> assignees, Set<UserId> involved) {
        return new ViewScope.Restricted(projects, teams, assignees, involved);
    }

    /** A closed ticket using every field, with follow-ups of both visibilities and millisecond instants. */
    private static Ticket richTicket(long number) {
        Ticket base = TicketFixture.in(SampleTickets.WORKFLOW).number(number)
                .with(b -> b.description("Line drops every night\nsince Monday").project(Actors.P1)
                        .customer(Actors.C1).contact(ContactId.of("K-9"))
                        .submitter(Submitter.of("Kim Lee", "kim@example.com", "Example Ltd"))
                        .priority("MAJOR").category("Incident").assignee(Actors.sales().id()).team(Actors.T1)
                        .tags("network", "vip").dueAt(Instant.parse("2026-03-05T17:30:00.123Z")).hidden(true))
                .followUp(LocalDate.of(2026, 3, 4)).followUp(null).status("CLOSED").build();
        return base.addFollowUp("Customer confirmed", Optional.empty(), Visibility.PUBLIC, Actors.admin().id(),
                base.lastActivityAt().plusMillis(1)).ticket().toBuilder().version(0).build();
    }

    private <T> T tx(Supplier<T> work) {
        return transactions.inTransaction(work);
    }
}
