package io.github.tickets4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.SortField;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.stats.Aggregates;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.stats.ReportPeriod;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.testkit.fixtures.Actors;
import io.github.tickets4j.testkit.fixtures.DeskFixture;
import io.github.tickets4j.testkit.fixtures.FixtureTicket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The store contract's query rules, S09 to S17 of {@link ContractRule}: filters, sorting, paging, permission
 * scopes, counts, statistics, overdue and dashboards agree with the core's reference calculation in
 * {@link Aggregates} over the very tickets the store gives back by id. Part of {@link TicketStoreContract}; hosts
 * extend that class, never this.
 */
abstract class StoreQueryRules extends StoreContractSupport {
    private static final int SAMPLE_SIZE = 60;
    /**
     * Spellings that fold alike ({@link io.github.tickets4j.core.query.TextFolding}): dotted capital I, Greek
     * final sigma, sharp s, Danish letters. {@code Οδός} keeps its accent, so it finds other tickets than
     * {@code οδος}.
     */
    private static final List<List<String>> FOLDED_ALIKE = List.of(
            List.of("izmir", "IZMIR", "İzmir", "İZMİR"),
            List.of("οδος", "ΟΔΟΣ", "Οδος"),
            List.of("Οδός", "ΟΔΌΣ", "οδός"),
            List.of("strasse", "STRASSE", "Straße", "STRAẞE"),
            List.of("ærø", "ÆRØ", "Ærø"));

    @Test
    void store_S09_everyFilterMatchesTheReference() {
        SampleTickets data = SampleTickets.create(storage(), SAMPLE_SIZE);
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
        // Free text folds case as TextFolding says, beyond ASCII; each group's spellings find the same tickets.
        for (List<String> spellings : FOLDED_ALIKE) {
            List<?> expected = null;
            for (String needle : spellings) {
                TicketCriteria criteria = data.criteria(TicketQuery.builder().text(needle).build());
                assertSameAnswers(tickets, criteria, "free text '" + needle + "'");
                List<?> found = Aggregates.find(tickets, criteria, BY_NUMBER, EVERYTHING).items();
                assertTrue(found.size() > 1, "the sample must hold several tickets matching '" + needle + "'");
                assertEquals(expected == null ? found : expected, found, "'" + needle + "' finds what '"
                        + spellings.get(0) + "' finds");
                expected = found;
            }
        }
    }

    @Test
    void store_S10_everySortOrderMatchesTheReference() {
        SampleTickets data = SampleTickets.create(storage(), SAMPLE_SIZE);
        List<Ticket> tickets = data.load();
        TicketCriteria all = data.criteria(TicketQuery.all());
        for (SortField field : SortField.values()) {
            for (Sort sort : List.of(Sort.ascending(field), Sort.descending(field))) {
                assertEquals(Aggregates.find(tickets, all, sort, EVERYTHING).items(),
                        tx(() -> store().find(all, sort, EVERYTHING)).items(), "sorted " + sort);
            }
        }
    }

    @Test
    void store_S11_pagesSliceTheSortedMatches() {
        SampleTickets data = SampleTickets.create(storage(), SAMPLE_SIZE);
        List<Ticket> tickets = data.load();
        TicketCriteria open = data.criteria(TicketQuery.builder().statusCategories(StatusCategory.NEW,
                StatusCategory.ACTIVE, StatusCategory.WAITING, StatusCategory.RESOLVED).build());
        Sort sort = Sort.descending(SortField.PRIORITY);
        long total = Aggregates.count(tickets, open);
        for (int page = 0; page <= total / 7 + 1; page++) {
            PageRequest request = new PageRequest(page, 7);
            Page<?> expected = Aggregates.find(tickets, open, sort, request);
            assertEquals(expected, tx(() -> store().find(open, sort, request)), "page " + page);
        }
    }

    @Test
    void store_S12_queriesCountsAndAggregatesStayInsideEveryScope() {
        SampleTickets data = SampleTickets.create(storage(), SAMPLE_SIZE);
        List<Ticket> tickets = data.load();
        List<List<ViewableTickets>> scopes = new ArrayList<>();
        for (Actor actor : Actors.all()) {
            scopes.add(List.of(RoleMatrix.standard().viewableTickets(actor, data.fixture().directory())));
        }
        scopes.add(List.of(ViewableTickets.none()));
        scopes.add(List.of(restricted(Set.of(Actors.P2), Set.of(), Set.of(), Set.of())));
        scopes.add(List.of(restricted(Set.of(), Set.of(Actors.T2), Set.of(), Set.of())));
        scopes.add(List.of(restricted(Set.of(), Set.of(), Set.of(Actors.operations().id()), Set.of())));
        scopes.add(List.of(restricted(Set.of(), Set.of(), Set.of(), Set.of(Actors.otherSales().id()))));
        scopes.add(List.of(restricted(Set.of(Actors.P1), Set.of(), Set.of(), Set.of()),
                restricted(Set.of(), Set.of(Actors.T1), Set.of(), Set.of())));
        for (List<ViewableTickets> scope : scopes) {
            TicketCriteria criteria = data.criteria(TicketQuery.all(), scope.toArray(ViewableTickets[]::new));
            assertSameAnswers(tickets, criteria, "scopes " + scope);
            assertEquals(Aggregates.resolution(tickets, criteria), tx(() -> store().resolution(criteria)));
            assertEquals(Aggregates.createdPerDay(tickets, criteria, SampleTickets.ZONE),
                    tx(() -> store().createdPerDay(criteria, SampleTickets.ZONE)), "scopes " + scope);
            TicketCriteria overdue = data.criteria(TicketQuery.builder().overdueOnly(true).build(),
                    scope.toArray(ViewableTickets[]::new));
            assertEquals(Aggregates.count(tickets, overdue), tx(() -> store().count(overdue)), "scopes " + scope);
        }
    }

    @Test
    void store_S13_countsPerDimensionMatchTheReference() {
        SampleTickets data = SampleTickets.create(storage(), SAMPLE_SIZE);
        List<Ticket> tickets = data.load();
        for (TicketCriteria criteria : List.of(data.criteria(TicketQuery.all()),
                data.criteria(TicketQuery.builder().statusCategories(StatusCategory.CLOSED).build()))) {
            for (Dimension dimension : Dimension.values()) {
                assertEquals(Aggregates.countBy(tickets, criteria, dimension),
                        tx(() -> store().countBy(criteria, dimension)), "count by " + dimension);
            }
        }
    }

    @Test
    void store_S14_resolutionStatisticsMatchTheReference() {
        SampleTickets data = SampleTickets.create(storage(), SAMPLE_SIZE);
        List<Ticket> tickets = data.load();
        Instant middle = tickets.get(SAMPLE_SIZE / 2).createdAt();
        for (TicketCriteria criteria : List.of(data.criteria(TicketQuery.all()),
                data.criteria(TicketQuery.builder().closedBetween(middle, null).build()))) {
            assertEquals(Aggregates.resolution(tickets, criteria), tx(() -> store().resolution(criteria)));
            for (Dimension dimension : Dimension.values()) {
                assertEquals(Aggregates.resolutionBy(tickets, criteria, dimension),
                        tx(() -> store().resolutionBy(criteria, dimension)), "resolution by " + dimension);
            }
        }
        assertTrue(Aggregates.resolution(tickets, data.criteria(TicketQuery.all())).count() > 1,
                "the sample must hold closed tickets");
    }

    @Test
    void store_S15_ticketsPerDayMatchTheReferenceInEveryZone() {
        SampleTickets data = SampleTickets.create(storage(), SAMPLE_SIZE);
        List<Ticket> tickets = data.load();
        TicketCriteria all = data.criteria(TicketQuery.all());
        for (ZoneId zone : List.of(ZoneId.of("UTC"), SampleTickets.ZONE, ZoneId.of("America/New_York"),
                ZoneId.of("Pacific/Kiritimati"))) {
            assertEquals(Aggregates.createdPerDay(tickets, all, zone), tx(() -> store().createdPerDay(all, zone)),
                    "per day in " + zone);
        }
    }

    @Test
    void store_S16_overdueFollowsLocalMidnightAndNeverCountsClosedTickets() {
        ZoneId zone = SampleTickets.ZONE;
        LocalDate day = LocalDate.of(2026, 3, 10);
        Instant midnight = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<FixtureTicket> made = new ArrayList<>();
        long n = 1;
        for (LocalDate followUp : List.of(day.minusDays(1), day, day.plusDays(1))) {
            made.add(ticket(n++).followUpDate(followUp).build());
            made.add(ticket(n++).status("CLOSED").followUpDate(followUp).build());
        }
        for (Duration offset : List.of(Duration.ofMillis(-1), Duration.ZERO, Duration.ofMillis(1))) {
            Instant due = midnight.plus(offset);
            made.add(ticket(n++).with(b -> b.dueAt(due)).build());
            made.add(ticket(n++).with(b -> b.dueAt(due)).status("CLOSED").build());
            made.add(ticket(n++).with(b -> b.dueAt(due)).status("WAITING_FOR_CUSTOMER").build());
        }
        made.forEach(this::insert);
        List<Ticket> tickets = made.stream().map(FixtureTicket::ticket).toList();
        TicketQuery overdue = TicketQuery.builder().overdueOnly(true).build();
        // Local midnight, and midnight UTC five and a half hours later: a store taking "today" in UTC is caught.
        for (Duration offset : List.of(Duration.ofMillis(-1), Duration.ZERO, Duration.ofMillis(1),
                Duration.ofMinutes(330).minusMillis(1), Duration.ofMinutes(330))) {
            TicketCriteria criteria = SampleTickets.criteria(overdue, midnight.plus(offset));
            assertSameAnswers(tickets, criteria, "overdue at " + midnight.plus(offset) + " in " + zone);
            assertEquals(Aggregates.countBy(tickets, criteria, Dimension.STATUS_CATEGORY),
                    tx(() -> store().countBy(criteria, Dimension.STATUS_CATEGORY)));
            assertFalse(tx(() -> store().countBy(criteria, Dimension.STATUS_CATEGORY)).containsKey("CLOSED"),
                    "a closed ticket is never overdue");
            assertSameDashboard(made, midnight.plus(offset), Actors.admin());
        }
    }

    @Test
    void store_S17_dashboardsAndReportsMatchTheInMemoryCalculation() {
        SampleTickets data = SampleTickets.create(storage(), SAMPLE_SIZE);
        DeskFixture tested = data.fixture();
        DeskFixture reference = DeskFixture.builder().workflow(WORKFLOW).zone(SampleTickets.ZONE)
                .startingAt(tested.clock().instant()).build();
        data.replayInto(reference);
        LocalDate today = tested.desk().today(Actors.admin());
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
    private void assertSameDashboard(List<FixtureTicket> tickets, Instant at, Actor viewer) {
        DeskFixture tested = DeskFixture.builder().workflow(WORKFLOW).storage(storage()).zone(SampleTickets.ZONE)
                .startingAt(at).build();
        DeskFixture reference = DeskFixture.builder().workflow(WORKFLOW).zone(SampleTickets.ZONE).startingAt(at)
                .build();
        tickets.forEach(reference::insert);
        assertEquals(reference.desk().dashboard(viewer, DashboardFilter.overdue(), Sort.NEWEST_FIRST, EVERYTHING),
                tested.desk().dashboard(viewer, DashboardFilter.overdue(), Sort.NEWEST_FIRST, EVERYTHING),
                "overdue dashboard at " + at);
    }

    /** Compares find (every ticket, by number) and count with the reference. */
    private void assertSameAnswers(List<Ticket> tickets, TicketCriteria criteria, String what) {
        assertEquals(Aggregates.find(tickets, criteria, BY_NUMBER, EVERYTHING).items(),
                tx(() -> store().find(criteria, BY_NUMBER, EVERYTHING)).items(), "find " + what);
        assertEquals(Aggregates.count(tickets, criteria), tx(() -> store().count(criteria)), "count " + what);
        assertEquals(Aggregates.countBy(tickets, criteria, Dimension.PROJECT),
                tx(() -> store().countBy(criteria, Dimension.PROJECT)), "count by project " + what);
    }

    private static ViewableTickets restricted(Set<ProjectId> projects,
            Set<TeamId> teams, Set<UserId> assignees, Set<UserId> involved) {
        return new ViewableTickets.Restricted(projects, teams, assignees, involved, Set.of(), Set.of(), Set.of());
    }
}
